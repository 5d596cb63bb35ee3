// The single app window: every webPreferences switch from Electron's security checklist set explicitly,
// shown only once painted, and titled "QuietLedger" whatever the page says.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

export const APP_TITLE = 'QuietLedger';
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 640;

export interface WindowOptions {
  preloadPath: string;
  /** Window icon for Linux and Windows dev runs; packaged builds take it from the executable. */
  iconPath?: string;
}

export function windowOptions(options: WindowOptions): BrowserWindowConstructorOptions {
  return {
    title: APP_TITLE,
    width: 1200,
    height: 800,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    autoHideMenuBar: true,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

/** Creates the window and loads `entryUrl`; the caller hardens its web contents via `web-contents-created`. */
export function createMainWindow(options: WindowOptions & { entryUrl: string }): BrowserWindow {
  const window = new BrowserWindow(windowOptions(options));
  window.once('ready-to-show', () => window.show());
  // The page title could one day name a loan or a lender; the OS only ever sees the app's name.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(options.entryUrl);
  return window;
}
