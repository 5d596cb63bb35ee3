// @vitest-environment happy-dom
// New notices from a browser-mode poll become in-app toasts (Open / Snooze / Mark paid; the grouped
// away notice is left to the away panel) and, once allowed, browser notifications whose click opens
// the notice's route. The permission is read, never requested, until the user clicks.
import { NNotificationProvider } from 'naive-ui';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { setTransport } from '../../../src/renderer/src/api';
import { notifyPermission, requestNotifyPermission, showBrowserNotice, type NotificationCtor } from '../../../src/renderer/src/components/reminders/browser-notify';
import RemindersHost from '../../../src/renderer/src/components/reminders/RemindersHost.vue';
import en from '../../../src/renderer/src/i18n/messages/en';
import { useAppStore } from '../../../src/renderer/src/stores/app';
import { mountApp, settle } from '../components/mount-app';
import { LOAN_ID, notice, RemindersScript } from './reminder-fixtures';

interface Shown {
  title: string;
  options: NotificationOptions | undefined;
  onclick: (() => void) | null;
  closed: boolean;
}

function fakeNotification(permission: NotificationPermission, answer: NotificationPermission = 'granted') {
  const shown: Shown[] = [];
  const requestPermission = vi.fn(() => Promise.resolve(answer));
  class FakeNotification {
    static permission = permission;
    static requestPermission = requestPermission;
    onclick: (() => void) | null = null;
    constructor(title: string, options?: NotificationOptions) {
      const record: Shown = { title, options, onclick: null, closed: false };
      shown.push(record);
      Object.defineProperty(this, 'onclick', { set: (fn: () => void) => (record.onclick = fn), get: () => record.onclick });
    }
    close(): void {
      const record = shown.at(-1);
      if (record) record.closed = true;
    }
  }
  return { ctor: FakeNotification as unknown as NotificationCtor, shown, requestPermission };
}

describe('browser-notify', () => {
  it('reads the permission without asking, and asks only when called', async () => {
    const fake = fakeNotification('default', 'granted');
    expect(notifyPermission(fake.ctor)).toBe('default');
    expect(fake.requestPermission).not.toHaveBeenCalled();
    expect(await requestNotifyPermission(fake.ctor)).toBe('granted');
    expect(fake.requestPermission).toHaveBeenCalledTimes(1);
    expect(notifyPermission(null)).toBe('unsupported');
  });

  it('shows nothing unless granted; a click focuses the tab and opens the route', () => {
    const denied = fakeNotification('denied');
    expect(showBrowserNotice(notice(), () => undefined, denied.ctor)).toBeNull();
    expect(denied.shown).toHaveLength(0);

    const granted = fakeNotification('granted');
    const opened: string[] = [];
    const focus = vi.spyOn(window, 'focus').mockImplementation(() => undefined);
    showBrowserNotice(notice(), (route) => opened.push(route), granted.ctor);
    expect(granted.shown[0]).toMatchObject({ title: 'QuietLedger', options: { body: 'A payment is due in 3 days', tag: notice().id } });
    granted.shown[0]?.onclick?.();
    expect(focus).toHaveBeenCalled();
    expect(opened).toEqual([`/loans/${LOAN_ID}`]);
    expect(granted.shown[0]?.closed).toBe(true);
    focus.mockRestore();
  });
});

describe('RemindersHost', () => {
  let script: RemindersScript;

  beforeEach(async () => {
    script = new RemindersScript();
    script.backend.status = { ...script.backend.status, vault: 'unlocked' };
    setTransport(script.backend.transport());
  });

  afterEach(() => {
    document.body.innerHTML = '';
    vi.unstubAllGlobals();
  });

  it('turns each new notice into a toast and, when allowed, a browser notification', async () => {
    const fake = fakeNotification('granted');
    vi.stubGlobal('Notification', fake.ctor);
    const grouped = notice({ id: 'away:2026-03-27T01:00:00.000Z', occurrenceIds: ['a', 'b'], body: '2 reminders were missed', canMarkPaid: false, route: '/reminders' });
    script.polls = [{ notices: [notice(), grouped], attentionCount: 1 }];
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: defineComponent({ render: () => h('div') }) },
        { path: '/loans/:id', name: 'loan', component: defineComponent({ render: () => h('div') }) },
        { path: '/reminders', name: 'reminders', component: defineComponent({ render: () => h('div') }) },
      ],
    });
    const Shell = defineComponent({ setup: () => () => h(NNotificationProvider, null, () => h(RemindersHost)) });
    const wrapper = mountApp(Shell, { language: 'en', plugins: [router] });
    await useAppStore().refresh();
    await settle();
    await vi.waitFor(() => expect(fake.shown).toHaveLength(2));
    expect(fake.shown.map((s) => s.options?.tag)).toEqual([notice().id, grouped.id]);
    // The grouped "missed while away" notice is left to the away panel: one toast only.
    const toasts = [...document.querySelectorAll('[data-testid="reminder-toast"]')];
    expect(toasts).toHaveLength(1);
    const single = toasts[0];
    expect(single?.textContent).toContain(en.reminders.actions.open);
    expect(single?.textContent).toContain(en.reminders.actions.snooze);
    expect(single?.textContent).toContain(en.reminders.actions.markPaid);
    expect(document.body.textContent).toContain('A payment is due in 3 days');
    expect(document.body.textContent).not.toContain('2 reminders were missed');

    const markPaid = [...(single?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.includes(en.reminders.actions.markPaid));
    markPaid?.click();
    await settle();
    expect(script.calls('reminders.act')).toEqual([{ id: notice().id, action: 'paid' }]);

    fake.shown[1]?.onclick?.();
    await vi.waitFor(() => expect(router.currentRoute.value.path).toBe('/reminders'));
    wrapper.unmount();
  });
});
