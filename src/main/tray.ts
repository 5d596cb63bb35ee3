// The tray icon that keeps QuietLedger reachable after its window closes (reminders keep firing): the
// count of items needing attention in its tooltip, title (macOS) and app badge, and a short menu.
import { join } from 'node:path';
import { app, Menu, nativeImage, Tray, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../contract/prefs';

export const REMINDERS_ROUTE = '/reminders';

interface TrayLabels {
  name: string;
  open: string;
  reminders: string;
  lock: string;
  quit: string;
  attention: (count: number) => string;
}

const LABELS: Readonly<Record<Language, TrayLabels>> = {
  en: {
    name: 'QuietLedger',
    open: 'Open QuietLedger',
    reminders: 'Reminders',
    lock: 'Lock',
    quit: 'Quit QuietLedger',
    attention: (count) => `${count} ${count === 1 ? 'needs' : 'need'} attention`,
  },
  'zh-CN': {
    name: '安心账本',
    open: '打开安心账本',
    reminders: '提醒',
    lock: '锁定',
    quit: '退出安心账本',
    attention: (count) => `${count} 项待处理`,
  },
};

export function trayTooltip(language: Language, count: number): string {
  const labels = LABELS[language];
  return count > 0 ? `${labels.name} — ${labels.attention(count)}` : labels.name;
}

export interface TrayActions {
  onOpen(): void;
  onOpenRoute(route: string): void;
  onLock(): void;
  onQuit(): void;
}

export function trayMenuTemplate(language: Language, actions: TrayActions): MenuItemConstructorOptions[] {
  const labels = LABELS[language];
  return [
    { id: 'open', label: labels.open, click: () => actions.onOpen() },
    { id: 'reminders', label: labels.reminders, click: () => actions.onOpenRoute(REMINDERS_ROUTE) },
    { type: 'separator' },
    { id: 'lock', label: labels.lock, click: () => actions.onLock() },
    { type: 'separator' },
    { id: 'quit', label: labels.quit, click: () => actions.onQuit() },
  ];
}

/**
 * resources/tray in a dev run, <resources>/tray when packaged (electron-builder's extraResources). macOS
 * gets a monochrome template image (the menu bar tints it; the @2x file beside it is picked up).
 */
export function trayIconPath(resourcesDir: string, platform: NodeJS.Platform): string {
  return join(resourcesDir, 'tray', platform === 'darwin' ? 'trayTemplate.png' : 'tray.png');
}

export interface AppTrayDeps extends TrayActions {
  iconPath: string;
  platform: NodeJS.Platform;
  language: () => Promise<Language>;
}

export interface AppTray {
  /** Shows `count`; relabels when the language changed. Cheap to call on every poll. */
  update(count: number): Promise<void>;
  destroy(): void;
}

export function createAppTray(deps: AppTrayDeps): AppTray {
  const image = nativeImage.createFromPath(deps.iconPath);
  if (deps.platform === 'darwin') image.setTemplateImage(true);
  const tray = new Tray(image);
  let shown: { language: Language; count: number } | null = null;

  // Windows and Linux users expect a click on the icon to bring the window back; macOS opens the menu.
  if (deps.platform !== 'darwin') tray.on('click', () => deps.onOpen());

  return {
    async update(count) {
      const language = await deps.language();
      if (tray.isDestroyed()) return;
      if (shown?.language !== language) tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(language, deps)));
      if (shown?.language === language && shown.count === count) return;
      shown = { language, count };
      tray.setToolTip(trayTooltip(language, count));
      if (deps.platform === 'darwin') tray.setTitle(count > 0 ? String(count) : '');
      if (deps.platform === 'darwin' || deps.platform === 'linux') app.setBadgeCount(count);
    },
    destroy() {
      if (!tray.isDestroyed()) tray.destroy();
    },
  };
}
