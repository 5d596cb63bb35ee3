// The tray: the attention count in the tooltip in the user's language, the macOS title, the app badge,
// and a menu that opens the app, the reminders, locks and quits.
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/contract/prefs';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { FakeTray } = await import('./support/fake-electron');
const { createAppTray, trayIconPath, trayMenuTemplate, trayTooltip, REMINDERS_ROUTE } = await import('../../src/main/tray');

beforeEach(() => fake.reset());

function makeTray(platform: NodeJS.Platform, language: { value: Language } = { value: 'en' }) {
  const actions = { onOpen: vi.fn(), onOpenRoute: vi.fn(), onLock: vi.fn(), onQuit: vi.fn() };
  const tray = createAppTray({
    iconPath: trayIconPath('/res', platform),
    platform,
    language: async () => language.value,
    ...actions,
  });
  const instance = FakeTray.instances[0];
  if (!instance) throw new Error('no tray');
  return { tray, instance, actions, language };
}

function menuItems(instance: InstanceType<typeof FakeTray>): MenuItemConstructorOptions[] {
  return (instance.menu as { template: MenuItemConstructorOptions[] }).template;
}

function click(items: MenuItemConstructorOptions[], id: string): void {
  const item = items.find((entry) => entry.id === id);
  if (!item) throw new Error(`no ${id}`);
  item.click?.({} as unknown as MenuItem, undefined, {});
}

describe('the tooltip', () => {
  it('names the count in English and Chinese', () => {
    expect(trayTooltip('en', 3)).toBe('QuietLedger — 3 need attention');
    expect(trayTooltip('en', 1)).toBe('QuietLedger — 1 needs attention');
    expect(trayTooltip('zh-CN', 3)).toBe('安心账本 — 3 项待处理');
    expect(trayTooltip('en', 0)).toBe('QuietLedger');
    expect(trayTooltip('zh-CN', 0)).toBe('安心账本');
  });

  it('follows the count on update, and the language when it changes', async () => {
    const { tray, instance, language } = makeTray('linux');
    await tray.update(2);
    expect(instance.tooltip).toBe('QuietLedger — 2 need attention');
    language.value = 'zh-CN';
    await tray.update(2);
    expect(instance.tooltip).toBe('安心账本 — 2 项待处理');
    expect(menuItems(instance).find((i) => i.id === 'open')?.label).toBe('打开安心账本');
  });
});

describe('count outside the tooltip', () => {
  it('macOS: a template icon, the count as the tray title and the dock badge', async () => {
    const { tray, instance } = makeTray('darwin');
    expect(instance.image.path).toBe('/res/tray/trayTemplate.png');
    expect(instance.image.template).toBe(true);
    await tray.update(4);
    expect(instance.title).toBe('4');
    expect(fake.app.setBadgeCount).toHaveBeenLastCalledWith(4);
    await tray.update(0);
    expect(instance.title).toBe('');
    expect(fake.app.setBadgeCount).toHaveBeenLastCalledWith(0);
  });

  it('Windows: a colour icon, no title, no badge call (unsupported there)', async () => {
    const { tray, instance } = makeTray('win32');
    expect(instance.image.path).toBe('/res/tray/tray.png');
    expect(instance.image.template).toBe(false);
    await tray.update(4);
    expect(instance.setTitle).not.toHaveBeenCalled();
    expect(fake.app.setBadgeCount).not.toHaveBeenCalled();
  });

  it('does not touch the tray again for the same count and language', async () => {
    const { tray, instance } = makeTray('linux');
    await tray.update(1);
    await tray.update(1);
    expect(instance.setToolTip).toHaveBeenCalledTimes(1);
    expect(instance.setContextMenu).toHaveBeenCalledTimes(1);
  });
});

describe('the menu and clicks', () => {
  it('offers Open, Reminders, Lock and Quit, each doing its job', async () => {
    const { tray, instance, actions } = makeTray('linux');
    await tray.update(0);
    const items = menuItems(instance);
    expect(items.filter((i) => i.type !== 'separator').map((i) => i.label)).toEqual([
      'Open QuietLedger',
      'Reminders',
      'Lock',
      'Quit QuietLedger',
    ]);
    click(items, 'open');
    click(items, 'reminders');
    click(items, 'lock');
    click(items, 'quit');
    expect(actions.onOpen).toHaveBeenCalledTimes(1);
    expect(actions.onOpenRoute).toHaveBeenCalledWith(REMINDERS_ROUTE);
    expect(REMINDERS_ROUTE).toBe('/reminders');
    expect(actions.onLock).toHaveBeenCalledTimes(1);
    expect(actions.onQuit).toHaveBeenCalledTimes(1);
  });

  it('has Chinese labels for a Chinese user', () => {
    const labels = trayMenuTemplate('zh-CN', { onOpen: vi.fn(), onOpenRoute: vi.fn(), onLock: vi.fn(), onQuit: vi.fn() })
      .filter((i) => i.type !== 'separator')
      .map((i) => i.label);
    expect(labels).toEqual(['打开安心账本', '提醒', '锁定', '退出安心账本']);
  });

  it('a click on the icon opens the window on Windows and Linux, not on macOS (menu there)', () => {
    const linux = makeTray('linux');
    linux.instance.emit('click');
    expect(linux.actions.onOpen).toHaveBeenCalledTimes(1);
    fake.reset();
    const mac = makeTray('darwin');
    mac.instance.emit('click');
    expect(mac.actions.onOpen).not.toHaveBeenCalled();
  });

  it('destroy removes the icon, and a late update is harmless', async () => {
    const { tray, instance } = makeTray('linux');
    tray.destroy();
    expect(instance.destroyed).toBe(true);
    await tray.update(3);
    expect(instance.setToolTip).not.toHaveBeenCalled();
  });
});
