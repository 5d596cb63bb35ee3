// The app's lifecycle against the fake Electron: scheme before ready, single instance, hardening hooked
// up, backend created with the userData folder, the window loaded from app://, locks on Ctrl+L, sleep,
// screen lock and quit; the tray and the reminder tick that outlive the window, and the hidden start.
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../src/contract/errors';
import type { ReminderPoll } from '../../src/contract/reminders';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/contract/transport';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
const polls = vi.hoisted(() => [] as ReminderPoll[]);
const backend = vi.hoisted(() => ({
  dispatch: vi.fn(async (method: unknown, _input?: unknown): Promise<ApiResult<unknown>> => {
    if (method === 'reminders.poll') return { ok: true, value: polls.shift() ?? { notices: [], attentionCount: 0 } };
    if (method === 'prefs.get') return { ok: true, value: { language: null, theme: 'system' } };
    return { ok: true, value: null };
  }),
  lock: vi.fn(),
  isUnlocked: vi.fn(() => false),
  close: vi.fn(),
}));
const createBackend = vi.hoisted(() => vi.fn((_options: Record<string, unknown>) => backend));

vi.mock('electron', () => fake.module);
vi.mock('../../src/backend/backend', () => ({ createBackend }));

const { FakeBrowserWindow, FakeNotification, FakeTray, FakeWebContents } = await import('./support/fake-electron');

async function start(options: { packaged?: boolean; gotLock?: boolean; argv?: string[] } = {}): Promise<void> {
  vi.resetModules();
  fake.reset();
  fake.app.isPackaged = options.packaged ?? true;
  fake.app.gotLock = options.gotLock ?? true;
  process.argv = [...originalArgv, ...(options.argv ?? [])];
  await import('../../src/main/index');
}

const originalArgv = process.argv;
// Electron sets this beside the app's resources; plain Node has no such property.
Object.assign(process, { resourcesPath: '/fake/resources' });

/** Waits for the fire-and-forget polls and their follow-ups to settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

const pollCount = (): number => backend.dispatch.mock.calls.filter(([method]) => method === 'reminders.poll').length;

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
  polls.length = 0;
  for (const fn of [backend.dispatch, backend.lock, backend.close]) fn.mockClear();
});

// Stops the reminder tick of the app started by the test.
afterEach(() => {
  fake.app.emit('will-quit');
  process.argv = originalArgv;
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

  it('locks when the last window closes, and keeps running in the tray', () => {
    fake.app.emit('window-all-closed');
    expect(backend.lock).toHaveBeenCalled();
    expect(fake.app.quit).not.toHaveBeenCalled();
    expect(FakeTray.instances[0]?.destroyed).toBe(false);
  });

  it('focuses the existing window for a second instance', () => {
    const window = theWindow();
    window.minimized = true;
    fake.app.emit('second-instance');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('reminders, tray and launch at login', () => {
  beforeEach(async () => {
    await start();
    await ready();
    await settle();
  });

  it('passes the OS locale and launch-at-login hooks to the backend', () => {
    const options = createBackend.mock.calls[0]?.[0] as { locale?: () => string; launchAtLogin?: unknown };
    expect(options.locale?.()).toBe('en-US');
    if (process.platform === 'darwin' || process.platform === 'win32' || process.platform === 'linux') {
      expect(options.launchAtLogin).toEqual({ get: expect.any(Function), set: expect.any(Function) });
    }
  });

  it('polls at start and shows the tray with the count', async () => {
    expect(pollCount()).toBe(1);
    const tray = FakeTray.instances[0];
    expect(tray?.tooltip).toBe('QuietLedger');
    polls.push({ notices: [], attentionCount: 2 });
    fake.powerMonitor.emit('resume');
    await settle();
    expect(tray?.tooltip).toBe('QuietLedger — 2 need attention');
    expect(theWindow().webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'reminders-changed', attentionCount: 2 });
  });

  it.each(['resume', 'unlock-screen'])('polls at once on %s', async (name) => {
    fake.powerMonitor.emit(name);
    await settle();
    expect(pollCount()).toBe(2);
  });

  it('polls right after the window unlocks the vault', async () => {
    const window = theWindow();
    const event = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await fake.ipcMain.invoke(INVOKE_CHANNEL, event, 'vault.unlock', { method: 'passphrase', secret: 'x' });
    await settle();
    expect(pollCount()).toBe(2);
  });

  it('a notification click with the window open focuses it and sends open-route', async () => {
    polls.push({
      notices: [{ id: 'n', occurrenceIds: ['n'], title: 'QuietLedger', body: 'A payment is due today', canMarkPaid: false, route: '/reminders' }],
      attentionCount: 1,
    });
    fake.powerMonitor.emit('resume');
    await settle();
    FakeNotification.instances[0]?.emit('click', {});
    const window = theWindow();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'open-route', route: '/reminders' });
  });

  it('a notification click after the window closed opens a new window on the route', async () => {
    theWindow().emit('closed');
    fake.app.emit('window-all-closed');
    polls.push({
      notices: [{ id: 'n', occurrenceIds: ['n'], title: 'QuietLedger', body: 'A payment is due today', canMarkPaid: false, route: '/reminders' }],
      attentionCount: 1,
    });
    fake.powerMonitor.emit('unlock-screen');
    await settle();
    FakeNotification.instances[0]?.emit('click', {});
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(FakeBrowserWindow.instances[1]?.loadURL).toHaveBeenCalledWith('app://quietledger/index.html#/reminders');
  });

  it('Reminders in the tray menu brings the window to /reminders; Quit quits', async () => {
    const template = (FakeTray.instances[0]?.menu as { template: MenuItemConstructorOptions[] }).template;
    template.find((item) => item.id === 'reminders')?.click?.({} as unknown as MenuItem, undefined, {});
    expect(theWindow().webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'open-route', route: '/reminders' });
    template.find((item) => item.id === 'quit')?.click?.({} as unknown as MenuItem, undefined, {});
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });

  it('stops ticking and removes the tray on quit', async () => {
    fake.app.emit('will-quit');
    const before = pollCount();
    fake.powerMonitor.emit('resume');
    await settle();
    expect(pollCount()).toBe(before);
    expect(FakeTray.instances[0]?.destroyed).toBe(true);
  });
});

describe('started at login', () => {
  it('with --hidden shows only the tray, and the window on demand', async () => {
    await start({ argv: ['--hidden'] });
    await ready();
    await settle();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(FakeTray.instances).toHaveLength(1);
    expect(pollCount()).toBe(1);
    fake.app.emit('second-instance');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
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
