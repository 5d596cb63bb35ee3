// The default data folder must be exactly where Electron's app.getPath('userData') points for
// productName "QuietLedger", or browser mode and the desktop app would keep two different vaults.
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/backend/data-dir';
import pkg from '../../package.json';

describe('defaultDataDir', () => {
  it('names the folder after package.json productName, as Electron does', () => {
    expect(pkg.productName).toBe('QuietLedger');
  });

  it('uses $XDG_CONFIG_HOME on Linux when set', () => {
    const dir = defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg/conf' }, home: '/home/li' });
    expect(dir).toBe('/xdg/conf/QuietLedger');
  });

  it.each([
    ['unset', {}],
    ['empty', { XDG_CONFIG_HOME: '' }],
  ])('falls back to ~/.config on Linux when XDG_CONFIG_HOME is %s', (_label, env) => {
    expect(defaultDataDir({ platform: 'linux', env, home: '/home/li' })).toBe('/home/li/.config/QuietLedger');
  });

  it('uses ~/.config on other Unix-likes too', () => {
    expect(defaultDataDir({ platform: 'freebsd', env: {}, home: '/home/li' })).toBe('/home/li/.config/QuietLedger');
  });

  it('uses ~/Library/Application Support on macOS, ignoring XDG', () => {
    const dir = defaultDataDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/Users/li' });
    expect(dir).toBe('/Users/li/Library/Application Support/QuietLedger');
  });

  it('uses %APPDATA% on Windows', () => {
    const dir = defaultDataDir({
      platform: 'win32',
      env: { APPDATA: 'C:\\Users\\Li\\AppData\\Roaming' },
      home: 'C:\\Users\\Li',
    });
    expect(dir).toBe('C:\\Users\\Li\\AppData\\Roaming\\QuietLedger');
  });

  it('falls back to the roaming folder under the profile when %APPDATA% is missing', () => {
    expect(defaultDataDir({ platform: 'win32', env: {}, home: 'C:\\Users\\Li' })).toBe(
      'C:\\Users\\Li\\AppData\\Roaming\\QuietLedger',
    );
  });

  it('reads the real environment when called without arguments', () => {
    expect(defaultDataDir()).toMatch(/QuietLedger$/);
  });
});
