// A small stand-in for the parts of Electron the shell and preload use, so their security decisions can be
// exercised under Node with `vi.mock('electron', () => fake.module)`. State is reset in place between tests.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

export class FakeFrame {
  constructor(
    public url: string,
    public parent: FakeFrame | null,
    public processId: number,
    public frameToken: string,
  ) {}
}

export class FakeWebContents extends EventEmitter {
  mainFrame = new FakeFrame('app://quietledger/index.html', null, 7, 'main-frame-token');
  destroyed = false;
  readonly send = vi.fn();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  constructor(public readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  gotLock = true;
  private markReadyNow: () => void = () => undefined;
  private ready: Promise<void> = this.freshReady();
  readonly whenReady = vi.fn(() => this.ready);
  readonly requestSingleInstanceLock = vi.fn(() => this.gotLock);
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly enableSandbox = vi.fn();
  readonly setAppUserModelId = vi.fn();
  readonly getPath = vi.fn((name: string) => `/fake/${name}`);
  readonly getVersion = vi.fn(() => '0.1.0');
  readonly getLocale = vi.fn(() => 'en-US');
  readonly getAppPath = vi.fn(() => '/fake/app');
  readonly setBadgeCount = vi.fn((_count?: number) => true);
  loginItem = { openAtLogin: false, wasOpenedAtLogin: false };
  readonly getLoginItemSettings = vi.fn((_options?: { args?: string[] }) => ({ ...this.loginItem, openAsHidden: false }));
  readonly setLoginItemSettings = vi.fn((settings: { openAtLogin?: boolean }) => {
    this.loginItem.openAtLogin = settings.openAtLogin ?? false;
  });

  private freshReady(): Promise<void> {
    return new Promise((resolve) => {
      this.markReadyNow = resolve;
    });
  }
  markReady(): void {
    this.markReadyNow();
  }
  reset(): void {
    this.removeAllListeners();
    this.isPackaged = false;
    this.gotLock = true;
    this.loginItem = { openAtLogin: false, wasOpenedAtLogin: false };
    this.ready = this.freshReady();
  }
}

/** Records every notification and lets a test click it or press one of its buttons. */
export class FakeNotification extends EventEmitter {
  static readonly instances: FakeNotification[] = [];
  static supported = true;
  static readonly isSupported = vi.fn(() => FakeNotification.supported);
  readonly show = vi.fn();
  readonly close = vi.fn();
  constructor(
    public readonly options: {
      title?: string;
      body?: string;
      silent?: boolean;
      actions?: { type: string; text?: string }[];
    },
  ) {
    super();
    FakeNotification.instances.push(this);
  }
  /** As Electron 42 emits it: the details object first, the deprecated index second. */
  pressAction(index: number): void {
    this.emit('action', { actionIndex: index, selectionIndex: -1 }, index);
  }
}

export class FakeNativeImage {
  template = false;
  constructor(public readonly path: string) {}
  readonly setTemplateImage = vi.fn((on: boolean) => {
    this.template = on;
  });
}

export class FakeTray extends EventEmitter {
  static readonly instances: FakeTray[] = [];
  tooltip = '';
  title = '';
  menu: unknown = null;
  destroyed = false;
  readonly setToolTip = vi.fn((text: string) => {
    this.tooltip = text;
  });
  readonly setTitle = vi.fn((text: string) => {
    this.title = text;
  });
  readonly setContextMenu = vi.fn((menu: unknown) => {
    this.menu = menu;
  });
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  constructor(public readonly image: FakeNativeImage) {
    super();
    FakeTray.instances.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: object,
) => void;

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.permissionCheckHandler = handler;
  });
  readonly setDevicePermissionHandler = vi.fn((handler: (...args: unknown[]) => boolean) => {
    this.devicePermissionHandler = handler;
  });
}

type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain {
  readonly handlers = new Map<string, InvokeHandler>();
  readonly handle = vi.fn((channel: string, handler: InvokeHandler) => {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  });
  readonly removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  /** Calls the registered handler the way Electron would for `ipcRenderer.invoke(channel, ...args)`. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoke = vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, value: null }));
}

export function createFakeElectron() {
  const app = new FakeApp();
  const defaultSession = new FakeSession();
  const ipcMain = new FakeIpcMain();
  const ipcRenderer = new FakeIpcRenderer();
  const powerMonitor = new EventEmitter();
  const exposed = new Map<string, unknown>();
  const module = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session: { defaultSession },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain,
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => exposed.set(key, api)) },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    Menu: { buildFromTemplate: vi.fn((template: unknown[]) => ({ template })), setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    powerMonitor,
    Notification: FakeNotification,
    Tray: FakeTray,
    nativeImage: { createFromPath: vi.fn((path: string) => new FakeNativeImage(path)) },
  };
  return {
    module,
    app,
    defaultSession,
    ipcMain,
    ipcRenderer,
    powerMonitor,
    exposed,
    reset(): void {
      vi.clearAllMocks();
      app.reset();
      ipcMain.handlers.clear();
      ipcRenderer.removeAllListeners();
      powerMonitor.removeAllListeners();
      exposed.clear();
      defaultSession.permissionRequestHandler = null;
      defaultSession.permissionCheckHandler = null;
      defaultSession.devicePermissionHandler = null;
      FakeBrowserWindow.instances.length = 0;
      FakeNotification.instances.length = 0;
      FakeNotification.supported = true;
      FakeTray.instances.length = 0;
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
