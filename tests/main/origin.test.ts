// Which origin the shell trusts: app://quietledger always; a loopback dev server only when unpackaged.
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, appOrigin, pickTrustedOrigin } from '../../src/main/origin';

describe('appOrigin', () => {
  it('trusts app://quietledger and nothing that merely looks like it', () => {
    expect(APP_ENTRY_URL).toBe('app://quietledger/index.html');
    expect(appOrigin.isTrusted('app://quietledger/index.html#/loans')).toBe(true);
    for (const url of [
      'app://quietledger.evil/index.html',
      'app://quietledger:99/index.html',
      'app://x@quietledger/',
      'apps://quietledger/',
      'https://quietledger/',
      '',
      'garbage',
    ]) {
      expect(appOrigin.isTrusted(url), url).toBe(false);
    }
  });
});

describe('pickTrustedOrigin', () => {
  it('ignores ELECTRON_RENDERER_URL in a packaged app', () => {
    expect(pickTrustedOrigin({ isPackaged: true, devServerUrl: 'http://localhost:5173/' })).toBe(appOrigin);
  });

  it('ignores non-loopback, non-http or malformed dev URLs', () => {
    for (const devServerUrl of ['http://example.com:5173/', 'https://localhost:5173/', 'file:///x', 'nonsense', '']) {
      expect(pickTrustedOrigin({ isPackaged: false, devServerUrl }), devServerUrl).toBe(appOrigin);
    }
  });

  it('trusts exactly the loopback dev server (same port) when unpackaged', () => {
    const origin = pickTrustedOrigin({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5173/' });
    expect(origin.entryUrl).toBe('http://127.0.0.1:5173/');
    expect(origin.isTrusted('http://127.0.0.1:5173/#/loans')).toBe(true);
    expect(origin.isTrusted('http://127.0.0.1:5174/')).toBe(false);
    expect(origin.isTrusted('app://quietledger/index.html')).toBe(false);
  });
});
