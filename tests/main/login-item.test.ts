// Launch at login: the OS login item with --hidden on macOS and Windows, an XDG autostart entry on Linux,
// nothing elsewhere; and the hidden start that shows only the tray.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { AUTOSTART_FILE, autostartEntry, desktopExecArg, HIDDEN_FLAG, launchAtLoginHooks, startedHidden } =
  await import('../../src/main/login-item');

beforeEach(() => fake.reset());

describe('macOS and Windows', () => {
  it('turns the login item on with openAtLogin and --hidden (and openAsHidden on macOS)', () => {
    const hooks = launchAtLoginHooks({ platform: 'darwin', app: fake.app });
    expect(hooks?.get()).toBe(false);
    hooks?.set(true);
    expect(fake.app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      args: ['--hidden'],
      openAsHidden: true,
    });
    expect(hooks?.get()).toBe(true);
    hooks?.set(false);
    expect(fake.app.setLoginItemSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ openAtLogin: false }),
    );
    expect(hooks?.get()).toBe(false);
  });

  it('on Windows queries with the same arguments it registered, and sets no macOS-only option', () => {
    const hooks = launchAtLoginHooks({ platform: 'win32', app: fake.app });
    hooks?.set(true);
    expect(fake.app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: [HIDDEN_FLAG] });
    hooks?.get();
    expect(fake.app.getLoginItemSettings).toHaveBeenCalledWith({ args: ['--hidden'] });
  });

  it('offers nothing on a platform without a way to do it', () => {
    expect(launchAtLoginHooks({ platform: 'freebsd', app: fake.app })).toBeUndefined();
    expect(launchAtLoginHooks({ platform: 'linux', app: fake.app })).toBeUndefined();
  });
});

describe('Linux autostart', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ql-autostart-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes and removes ~/.config/autostart/quietledger.desktop that starts hidden', () => {
    const autostartDir = join(dir, 'autostart');
    const hooks = launchAtLoginHooks({
      platform: 'linux',
      app: fake.app,
      linux: { autostartDir, command: ['/opt/QuietLedger/quietledger'] },
    });
    expect(hooks?.get()).toBe(false);
    hooks?.set(true);
    const file = join(autostartDir, AUTOSTART_FILE);
    expect(readFileSync(file, 'utf8')).toContain('Exec=/opt/QuietLedger/quietledger --hidden\n');
    expect(hooks?.get()).toBe(true);
    hooks?.set(false);
    expect(existsSync(file)).toBe(false);
    expect(hooks?.get()).toBe(false);
    hooks?.set(false);
    expect(fake.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('quotes paths with spaces and escapes what the Desktop Entry spec reserves', () => {
    expect(desktopExecArg('/home/a b/QuietLedger.AppImage')).toBe('"/home/a b/QuietLedger.AppImage"');
    expect(desktopExecArg('/x/$HOME"`\\')).toBe('"/x/\\$HOME\\"\\`\\\\"');
    expect(desktopExecArg('/x/100%')).toBe('/x/100%%');
    expect(autostartEntry(['/usr/bin/electron', '/src/app'])).toMatch(/^\[Desktop Entry\]\nType=Application\n/);
  });
});

describe('starting hidden', () => {
  it('is hidden with --hidden on any platform', () => {
    expect(startedHidden(['/app', '--hidden'], fake.app, 'linux')).toBe(true);
    expect(startedHidden(['/app'], fake.app, 'linux')).toBe(false);
    expect(startedHidden(['/app'], fake.app, 'win32')).toBe(false);
  });

  it('is hidden on macOS when the login item opened it', () => {
    fake.app.loginItem.wasOpenedAtLogin = true;
    expect(startedHidden(['/app'], fake.app, 'darwin')).toBe(true);
    fake.app.loginItem.wasOpenedAtLogin = false;
    expect(startedHidden(['/app'], fake.app, 'darwin')).toBe(false);
  });
});
