// The desktop app's lifecycle: one instance, the app:// scheme before ready, hardening for every web
// contents, the backend behind IPC, the window, and the vault locked on sleep, screen lock and quit.
import { join } from 'node:path';
import { app, dialog, powerMonitor, session, type BrowserWindow } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import { registerIpc } from './ipc';
import { installMenu, lockNow } from './menu';
import { resolveNativeBinding } from './native-binding';
import { pickTrustedOrigin } from './origin';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { hardenSession, hardenWebContents } from './security';
import { APP_TITLE, createMainWindow } from './window';

// Built layout: out/main/index.js beside out/preload and out/renderer; the project root two levels up.
const mainDir = import.meta.dirname;
const projectRoot = join(mainDir, '..', '..');
const rendererDir = join(mainDir, '..', 'renderer');
const preloadPath = join(mainDir, '..', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(APP_TITLE, message);
  app.exit(1);
}

function lock(): void {
  if (backend) lockNow(backend, mainWindow?.webContents ?? null);
}

function openWindow(entryUrl: string): void {
  mainWindow = createMainWindow({
    preloadPath,
    entryUrl,
    ...(app.isPackaged ? {} : { iconPath: join(projectRoot, 'resources', 'icon.png') }),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function run(): void {
  registerAppScheme();
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const origin = pickTrustedOrigin({
    isPackaged: app.isPackaged,
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
  });
  const isMac = process.platform === 'darwin';

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin));
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    backend?.lock();
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && backend) openWindow(origin.entryUrl);
  });
  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });

  app
    .whenReady()
    .then(() => {
      if (process.platform === 'win32') app.setAppUserModelId('org.quietledger.app');
      hardenSession(session.defaultSession, origin);
      registerAppProtocol(rendererDir);
      const nativeBinding = resolveNativeBinding({
        isPackaged: app.isPackaged,
        projectRoot,
        electronVersion: process.versions.electron ?? '',
        platform: process.platform,
        arch: process.arch,
      });
      backend = createBackend({
        dataDir: app.getPath('userData'),
        shell: 'electron',
        appVersion: app.getVersion(),
        ...(nativeBinding ? { nativeBinding } : {}),
        // Method name and error kind only: inputs and results may hold secrets or user data.
        onInternalError: (method, error) =>
          console.error(`QuietLedger: internal error in ${method}: ${error instanceof Error ? error.name : 'unknown'}`),
      });
      registerIpc({ backend, getWindow: () => mainWindow, origin });
      installMenu({ locale: app.getLocale(), isMac, allowDevTools: !app.isPackaged, onLock: lock });
      powerMonitor.on('lock-screen', lock);
      powerMonitor.on('suspend', lock);
      openWindow(origin.entryUrl);
    })
    .catch(fail);
}

run();
