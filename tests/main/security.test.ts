// Web contents and session hardening: navigation away, redirects, window.open, webviews and permissions
// are all refused, and links reach the OS browser only through the allowlist.
import type { Session, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { FakeWebContents } = await import('./support/fake-electron');
const { EXTERNAL_HOST_ALLOWLIST, hardenSession, hardenWebContents, isAllowedExternalUrl, openExternalSafely } =
  await import('../../src/main/security');
const { appOrigin } = await import('../../src/main/origin');

beforeEach(() => fake.reset());

function hardened(): InstanceType<typeof FakeWebContents> {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents, appOrigin);
  return contents;
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('navigation', () => {
  const foreign = [
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'app://elsewhere/index.html',
    'app://user@quietledger/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
  ];

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from app:// is prevented', (name) => {
    const contents = hardened();
    for (const url of foreign) {
      const event = navigationEvent(url);
      contents.emit(name, event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s within app:// is allowed', (name) => {
    const contents = hardened();
    const event = navigationEvent('app://quietledger/index.html#/loans');
    contents.emit(name, event, event.url);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('refuses to attach webviews', () => {
    const contents = hardened();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('window.open', () => {
  it('denies every new window and opens no link that is not allowlisted', async () => {
    const contents = hardened();
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of ['https://example.com/', 'app://quietledger/index.html', 'file:///etc/passwd']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    await Promise.resolve();
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled();
  });
});

describe('permissions', () => {
  const page = { isMainFrame: true, requestingUrl: 'app://quietledger/index.html' };

  function request(permission: string, details: object = page): unknown {
    const callback = vi.fn();
    fake.defaultSession.permissionRequestHandler?.({}, permission, callback, details);
    expect(callback).toHaveBeenCalledTimes(1);
    return callback.mock.calls[0]?.[0];
  }

  const check = (permission: string, origin = 'app://quietledger', details: object = page): unknown =>
    fake.defaultSession.permissionCheckHandler?.(null, permission, origin, details);

  beforeEach(() => hardenSession(fake.defaultSession as unknown as Session, appOrigin));

  it('denies every permission request and check, even from our own page', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'hid']) {
      expect(request(permission), permission).toBe(false);
      expect(check(permission), permission).toBe(false);
    }
    expect(fake.defaultSession.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('lets only our main frame write text to the clipboard', () => {
    expect(request('clipboard-sanitized-write')).toBe(true);
    expect(check('clipboard-sanitized-write')).toBe(true);
    expect(request('clipboard-sanitized-write', { ...page, requestingUrl: 'https://example.com/' })).toBe(false);
    expect(request('clipboard-sanitized-write', { ...page, isMainFrame: false })).toBe(false);
    expect(check('clipboard-sanitized-write', 'https://example.com')).toBe(false);
    expect(check('clipboard-sanitized-write', 'app://quietledger', { isMainFrame: false })).toBe(false);
  });
});

describe('openExternal allowlist', () => {
  const allowlist = ['help.example.org'];

  it('ships with an empty allowlist', () => {
    expect(EXTERNAL_HOST_ALLOWLIST).toEqual([]);
    expect(isAllowedExternalUrl('https://help.example.org/')).toBe(false);
  });

  it('accepts only plain https URLs on an allowlisted host', () => {
    expect(isAllowedExternalUrl('https://help.example.org/guide?x=1', allowlist)).toBe(true);
    for (const url of [
      'http://help.example.org/',
      'https://evil.help.example.org/',
      'https://help.example.org.evil.com/',
      'https://user:pw@help.example.org/',
      'https://help.example.org:8443/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url, allowlist), url).toBe(false);
    }
  });

  it('calls shell.openExternal only for allowed URLs', async () => {
    expect(await openExternalSafely('https://evil.example/', allowlist)).toBe(false);
    expect(fake.module.shell.openExternal).not.toHaveBeenCalled();
    expect(await openExternalSafely('https://help.example.org/a', allowlist)).toBe(true);
    expect(fake.module.shell.openExternal).toHaveBeenCalledWith('https://help.example.org/a');
  });
});
