// The menu's Lock item: CmdOrCtrl+L locks the vault first, then tells the window; labels follow the OS
// language; developer tools only in unpackaged builds.
import type { MenuItem, MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL } from '../../src/contract/transport';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { buildMenuTemplate, installMenu, labelsFor, lockNow, LOCK_ACCELERATOR } = await import('../../src/main/menu');

beforeEach(() => fake.reset());

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function lockItem(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions {
  const item = flatten(items).find((entry) => entry.id === 'lock');
  if (!item) throw new Error('no Lock item');
  return item;
}

describe('Lock', () => {
  it('is bound to CmdOrCtrl+L and locks the vault, then emits vault-locked', () => {
    const order: string[] = [];
    const backend = { lock: vi.fn(() => order.push('lock')) };
    const target = { isDestroyed: () => false, send: vi.fn(() => order.push('send')) };
    const template = buildMenuTemplate({
      locale: 'en-US',
      isMac: false,
      allowDevTools: false,
      onLock: () => lockNow(backend, target),
    });
    const item = lockItem(template);
    expect(item.accelerator).toBe('CmdOrCtrl+L');
    expect(LOCK_ACCELERATOR).toBe('CmdOrCtrl+L');
    item.click?.({} as unknown as MenuItem, undefined, {});
    expect(order).toEqual(['lock', 'send']);
    expect(target.send).toHaveBeenCalledWith(EVENT_CHANNEL, { type: 'vault-locked' });
  });

  it('still locks when the window is gone, without sending', () => {
    const backend = { lock: vi.fn() };
    const target = { isDestroyed: () => true, send: vi.fn() };
    lockNow(backend, target);
    lockNow(backend, null);
    expect(backend.lock).toHaveBeenCalledTimes(2);
    expect(target.send).not.toHaveBeenCalled();
  });

  it('is in the menu on macOS too', () => {
    const template = buildMenuTemplate({ locale: 'en', isMac: true, allowDevTools: false, onLock: vi.fn() });
    expect(lockItem(template).accelerator).toBe('CmdOrCtrl+L');
  });
});

describe('labels and developer tools', () => {
  it('uses Chinese labels for a zh locale and English otherwise', () => {
    expect(labelsFor('zh-CN').lock).toBe('锁定');
    expect(labelsFor('zh-TW').lock).toBe('锁定');
    expect(labelsFor('en-GB').lock).toBe('Lock');
    expect(labelsFor('fr').lock).toBe('Lock');
  });

  it('offers toggleDevTools only when allowed', () => {
    const roles = (allowDevTools: boolean) =>
      flatten(buildMenuTemplate({ locale: 'en', isMac: false, allowDevTools, onLock: vi.fn() })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('installs the menu as the application menu', () => {
    installMenu({ locale: 'en', isMac: false, allowDevTools: false, onLock: vi.fn() });
    expect(fake.module.Menu.setApplicationMenu).toHaveBeenCalledWith(
      fake.module.Menu.buildFromTemplate.mock.results[0]?.value,
    );
  });
});
