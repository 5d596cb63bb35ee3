// The application menu: Lock (CmdOrCtrl+L) plus the standard edit and window roles that copy, paste and
// quit need on every platform. Labels follow the OS language; nothing here names user data.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppEvent } from '../contract/transport';
import { EVENT_CHANNEL } from '../contract/transport';
import type { Backend } from '../backend/backend';

export const LOCK_ACCELERATOR = 'CmdOrCtrl+L';

interface Labels {
  app: string;
  lock: string;
  edit: string;
  view: string;
  window: string;
}

const LABELS: Readonly<Record<'en' | 'zh', Labels>> = {
  en: { app: 'QuietLedger', lock: 'Lock', edit: 'Edit', view: 'View', window: 'Window' },
  zh: { app: 'QuietLedger', lock: '锁定', edit: '编辑', view: '视图', window: '窗口' },
};

export function labelsFor(locale: string): Labels {
  return locale.toLowerCase().startsWith('zh') ? LABELS.zh : LABELS.en;
}

/** Something that can receive shell events: the window's web contents. */
export interface ShellEventTarget {
  isDestroyed(): boolean;
  send(channel: string, event: AppEvent): void;
}

/** Locks the vault first, then tells the UI, so the UI never shows data after the lock is announced. */
export function lockNow(backend: Pick<Backend, 'lock'>, target: ShellEventTarget | null): void {
  backend.lock();
  if (target && !target.isDestroyed()) target.send(EVENT_CHANNEL, { type: 'vault-locked' });
}

export interface MenuOptions {
  locale: string;
  isMac: boolean;
  /** Developer tools are offered only in unpackaged builds. */
  allowDevTools: boolean;
  onLock: () => void;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = labelsFor(options.locale);
  const lockItem: MenuItemConstructorOptions = {
    id: 'lock',
    label: labels.lock,
    accelerator: LOCK_ACCELERATOR,
    click: () => options.onLock(),
  };
  const appMenu: MenuItemConstructorOptions = {
    label: labels.app,
    submenu: options.isMac
      ? [{ role: 'about' }, { type: 'separator' }, lockItem, { type: 'separator' }, { role: 'hide' }, { role: 'quit' }]
      : [lockItem, { type: 'separator' }, { role: 'quit' }],
  };
  const viewItems: MenuItemConstructorOptions[] = [
    { role: 'resetZoom' },
    { role: 'zoomIn' },
    { role: 'zoomOut' },
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(options.allowDevTools ? [{ role: 'toggleDevTools' } as const] : []),
  ];
  return [
    appMenu,
    { label: labels.edit, role: 'editMenu' },
    { label: labels.view, submenu: viewItems },
    { label: labels.window, role: 'windowMenu' },
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
