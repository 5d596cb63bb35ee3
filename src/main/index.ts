// The desktop app's lifecycle: one instance, the app:// scheme before ready, hardening for every web
// contents, the backend behind IPC, the window, the tray and the reminder tick (both outlive the window),
// and the vault locked on sleep, screen lock, window close and quit.
import { join } from 'node:path';
import { app, dialog, powerMonitor, session, type BrowserWindow } from 'electron';
import { createBackend, type Backend } from '../backend/backend';
import type { Language } from '../contract/prefs';
import { EVENT_CHANNEL, type AppEvent } from '../contract/transport';
import { withRepoll } from './dispatch-hooks';
import { registerIpc } from './ipc';
import { launchAtLoginHooks, startedHidden } from './login-item';
import { installMenu, lockNow } from './menu';
import { resolveNativeBinding } from './native-binding';
import { pickTrustedOrigin, type TrustedOrigin } from './origin';
import { registerAppProtocol, registerAppScheme } from './protocol';
import { startReminderTicker } from './reminder-ticker';
import { createReminderDelivery, type ReminderDelivery } from './reminders';
import { hardenSession, hardenWebContents } from './security';
import { shellLanguage } from './shell-language';
import { createAppTray, trayIconPath, type AppTray } from './tray';
import { APP_TITLE, createMainWindow } from './window';

// Built layout: out/main/index.js beside out/preload and out/renderer; the project root two levels up.
const mainDir = import.meta.dirname;
const projectRoot = join(mainDir, '..', '..');
const rendererDir = join(mainDir, '..', 'renderer');
const preloadPath = join(mainDir, '..', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;
let tray: AppTray | null = null;
let delivery: ReminderDelivery | null = null;
let stopTicker: (() => void) | null = null;

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(APP_TITLE, message);
  app.exit(1);
}

function repoll(): void {
  void delivery?.poll();
}

function lock(): void {
  if (!backend) return;
  lockNow(backend, mainWindow?.webContents ?? null);
  repoll();
}

function sendEvent(event: AppEvent): void {
  if (!mainWindow || mainWindow.isDestroyed() || mainWindow.webContents.isDestroyed()) return;
  mainWindow.webContents.send(EVENT_CHANNEL, event);
}

/** The hash router reads the route from the URL, so a window opened for a notification starts on it. */
function openWindow(origin: TrustedOrigin, route?: string): void {
  mainWindow = createMainWindow({
    preloadPath,
    entryUrl: route ? `${origin.entryUrl.split('#')[0] ?? origin.entryUrl}#${route}` : origin.entryUrl,
    ...(app.isPackaged ? {} : { iconPath: join(projectRoot, 'resources', 'icon.png') }),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** Brings the window back (creating it when it was closed to the tray), optionally on `route`. */
function showWindow(origin: TrustedOrigin, route?: string): void {
  if (!mainWindow || mainWindow.isDestroyed()) {
    openWindow(origin, route);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
  if (route) sendEvent({ type: 'open-route', route });
}

function startTray(origin: TrustedOrigin, language: () => Promise<Language>): AppTray | null {
  const resourcesDir = app.isPackaged ? process.resourcesPath : join(projectRoot, 'resources');
  try {
    return createAppTray({
      iconPath: trayIconPath(resourcesDir, process.platform),
      platform: process.platform,
      language,
      onOpen: () => showWindow(origin),
      onOpenRoute: (route) => showWindow(origin, route),
      onLock: lock,
      onQuit: () => app.quit(),
    });
  } catch {
    // No tray on this desktop: the app then behaves like a plain window app and quits when it closes.
    return null;
  }
}

function linuxStartCommand(): string[] {
  if (!app.isPackaged) return [process.execPath, app.getAppPath()];
  return [process.env['APPIMAGE'] ?? process.execPath];
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
    if (backend) showWindow(origin);
  });
  // Closing the window locks the vault; the app stays in the tray so reminders keep firing. Quit (menu,
  // tray, Cmd+Q) really quits. Without a tray there is nothing to come back to, so it quits as before.
  app.on('window-all-closed', () => {
    backend?.lock();
    repoll();
    if (!tray && !isMac) app.quit();
  });
  app.on('activate', () => {
    if (!mainWindow && backend) openWindow(origin);
  });
  app.on('will-quit', () => {
    stopTicker?.();
    stopTicker = null;
    tray?.destroy();
    tray = null;
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
      const launchAtLogin = launchAtLoginHooks({
        platform: process.platform,
        app,
        linux: { autostartDir: join(app.getPath('appData'), 'autostart'), command: linuxStartCommand() },
      });
      backend = createBackend({
        dataDir: app.getPath('userData'),
        shell: 'electron',
        appVersion: app.getVersion(),
        ...(nativeBinding ? { nativeBinding } : {}),
        locale: () => app.getLocale(),
        ...(launchAtLogin ? { launchAtLogin } : {}),
        // Method name and error kind only: inputs and results may hold secrets or user data.
        onInternalError: (method, error) =>
          console.error(`QuietLedger: internal error in ${method}: ${error instanceof Error ? error.name : 'unknown'}`),
      });
      const dispatch = backend.dispatch;
      const language = () => shellLanguage(dispatch, () => app.getLocale());
      registerIpc({ backend: { dispatch: withRepoll(dispatch, repoll) }, getWindow: () => mainWindow, origin });
      installMenu({ locale: app.getLocale(), isMac, allowDevTools: !app.isPackaged, onLock: lock });
      powerMonitor.on('lock-screen', lock);
      powerMonitor.on('suspend', lock);
      tray = startTray(origin, language);
      delivery = createReminderDelivery({
        dispatch,
        platform: process.platform,
        language,
        openRoute: (route) => showWindow(origin, route),
        sendEvent,
        onAttentionCount: (count) => void tray?.update(count).catch(() => undefined),
      });
      stopTicker = startReminderTicker({ poll: repoll, powerMonitor });
      if (!tray || !startedHidden(process.argv, app, process.platform)) openWindow(origin);
    })
    .catch(fail);
}

run();
