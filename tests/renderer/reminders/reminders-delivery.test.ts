// @vitest-environment happy-dom
// How reminders reach this device: "start at login" only where the shell can (and it goes through
// app.setLaunchAtLogin), and in browser mode the notification permission, asked only on click.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setTransport } from '../../../src/renderer/src/api';
import RemindersDeliveryPanel from '../../../src/renderer/src/components/reminders/RemindersDeliveryPanel.vue';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { useAppStore } from '../../../src/renderer/src/stores/app';
import { mountApp, settle } from '../components/mount-app';
import { RemindersScript } from './reminder-fixtures';

let script: RemindersScript;

beforeEach(() => {
  script = new RemindersScript();
  script.backend.status = { ...script.backend.status, vault: 'unlocked' };
  setTransport(script.backend.transport());
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('RemindersDeliveryPanel', () => {
  it('browser mode: no launch switch; shows the permission and asks only when the button is clicked', async () => {
    const requestPermission = vi.fn(() => Promise.resolve('granted' as NotificationPermission));
    vi.stubGlobal('Notification', Object.assign(function FakeNotification() {}, { permission: 'default', requestPermission }));
    const wrapper = mountApp(RemindersDeliveryPanel, { language: 'zh-CN' });
    await useAppStore().refresh();
    await settle();
    expect(wrapper.find('[data-testid="launch-at-login"]').exists()).toBe(false);
    expect(wrapper.text()).toContain(zhCN.reminders.settings.browserState.default);
    expect(requestPermission).not.toHaveBeenCalled();
    const allow = wrapper.findAll('button').find((b) => b.text() === zhCN.reminders.settings.browserAllow);
    await allow?.trigger('click');
    await settle();
    expect(requestPermission).toHaveBeenCalledTimes(1);
    expect(wrapper.text()).toContain(zhCN.reminders.settings.browserState.granted);
    wrapper.unmount();
  });

  it('Electron: the launch switch shows the shell state and saves through app.setLaunchAtLogin', async () => {
    script.backend.status = { ...script.backend.status, shell: 'electron', launchAtLogin: false };
    script.backend.extra = (method, input) => {
      if (method !== 'app.setLaunchAtLogin') return undefined;
      script.backend.status = { ...script.backend.status, launchAtLogin: input.enabled === true };
      return { ok: true, value: { ...script.backend.status } };
    };
    const wrapper = mountApp(RemindersDeliveryPanel, { language: 'en' });
    await useAppStore().refresh();
    await settle();
    expect(wrapper.text()).toContain(en.reminders.settings.launch);
    expect(wrapper.find('[data-testid="browser-notifications"]').exists()).toBe(false);
    const launch = wrapper.find('[data-testid="launch-at-login"]');
    expect(launch.attributes('aria-checked')).toBe('false');
    await launch.trigger('click');
    await settle();
    expect(script.backend.calls.filter((c) => c.method === 'app.setLaunchAtLogin').map((c) => c.input)).toEqual([{ enabled: true }]);
    expect(useAppStore().status?.launchAtLogin).toBe(true);
    expect(wrapper.find('[data-testid="launch-at-login"]').attributes('aria-checked')).toBe('true');
    wrapper.unmount();
  });
});
