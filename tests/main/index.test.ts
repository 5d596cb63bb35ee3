// The app's lifecycle against the fake Electron: scheme before ready, single instance, hardening hooked
// up, backend created with the userData folder, the window loaded from app://, locks on Ctrl+L, sleep,
// screen lock and quit.
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/contract/transport';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
const backend = vi.hoisted(() => ({
  dispatch: vi.fn(async () => ({ ok: true, value: null })),
  lock: vi.fn(),
  isUnlocked: vi.fn(() => false),
  close: vi.fn(),
}));
const createBackend = vi.hoisted(() => vi.fn((_options: Record<string, unknown>) => backend));

vi.mock('electron', () => fake.module);
vi.mock('../../src/backend/backend', () => ({ createBackend }));

const { FakeBrowserWindow, FakeWebContents } = await import('./support/fake-electron');

async function start(options: { packaged?: boolean; gotLock?: boolean } = {}): Promise<void> {
  vi.resetModules();
  fake.reset();
  fake.app.isPackaged = options.packaged ?? true;
  fake.app.gotLock = options.gotLock ?? true;
  await import('../../src/main/index');
}

async function ready(): Promise<void> {
  fake.app.markReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function theWindow(): InstanceType<typeof FakeBrowserWindow> {
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window');
  return window;
}

beforeEach(() => {
  createBackend.mockClear();
  for (const fn of [backend.dispatch, backend.lock, backend.close]) fn.mockClear();
});

describe('before ready', () => {
  it('registers app:// and enables the sandbox, and opens nothing yet', async () => {
    await start();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(fake.app.enableSandbox).toHaveBeenCalled();
    expect(fake.app.whenReady).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(createBackend).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    await start({ gotLock: false });
    await ready();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(createBackend).not.toHaveBeenCalled();
  });
});

describe('on ready (packaged)', () => {
  beforeEach(async () => {
    await start();
    await ready();
  });

  it('hardens the session and serves app://', () => {
    expect(fake.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });

  it('creates the backend for the Electron shell in userData, with the driver’s own addon', () => {
    expect(createBackend).toHaveBeenCalledTimes(1);
    const options = createBackend.mock.calls[0]?.[0];
    expect(options).toMatchObject({ dataDir: '/fake/userData', shell: 'electron', appVersion: '0.1.0' });
    expect(options?.['nativeBinding']).toBeUndefined();
  });

  it('opens one hardened window on app://quietledger', () => {
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    const window = theWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://quietledger/index.html');
    expect(window.options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true });
  });

  it('hardens every web contents that gets created', () => {
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', {}, contents);
    const event = { url: 'https://example.com/', preventDefault: vi.fn() };
    contents.emit('will-navigate', event, event.url);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('routes IPC from the window to dispatch', async () => {
    const window = theWindow();
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await fake.ipcMain.invoke(INVOKE_CHANNEL, event, 'app.status', undefined);
    expect(backend.dispatch).toHaveBeenCalledWith('app.status', undefined);
  });

  it('locks and tells the window on CmdOrCtrl+L', () => {
    const template = fake.module.Menu.buildFromTemplate.mock.calls[0]?.[0] as MenuItemConstructorOptions[];
    const items = template.flatMap((item) => (Array.isArray(item.submenu) ? item.submenu : []));
    const lock = items.find((item) => item.accelerator === 'CmdOrCtrl+L');
    lock?.click?.({} as unknown as MenuItem, undefined, {});
    expect(backend.lock).toHaveBeenCalledTimes(1);
    expect(theWindow().webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'vault-locked' });
  });

  it.each(['lock-screen', 'suspend'])('locks on %s', (name) => {
    fake.powerMonitor.emit(name);
    expect(backend.lock).toHaveBeenCalledTimes(1);
    expect(theWindow().webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'vault-locked' });
  });

  it('closes the backend on quit', () => {
    fake.app.emit('will-quit');
    expect(backend.close).toHaveBeenCalledTimes(1);
  });

  it('locks when the last window closes', () => {
    fake.app.emit('window-all-closed');
    expect(backend.lock).toHaveBeenCalled();
  });

  it('focuses the existing window for a second instance', () => {
    const window = theWindow();
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('on ready (unpackaged, Electron addon missing)', () => {
  it('says how to fetch the addon and exits instead of loading the Node-ABI build', async () => {
    await start({ packaged: false });
    await ready();
    expect(createBackend).not.toHaveBeenCalled();
    expect(fake.module.dialog.showErrorBox).toHaveBeenCalledWith(
      'QuietLedger',
      expect.stringMatching(/npm run electron:addon/),
    );
    expect(fake.app.exit).toHaveBeenCalledWith(1);
  });
});
