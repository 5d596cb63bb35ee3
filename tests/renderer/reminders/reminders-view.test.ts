// @vitest-environment happy-dom
// The Reminders page: a real tab strip (roles, arrow keys, the tab kept in the URL), the upcoming list
// grouped by the local day each reminder fires, and an empty state that teaches.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { setTransport } from '../../../src/renderer/src/api';
import en from '../../../src/renderer/src/i18n/messages/en';
import RemindersView from '../../../src/renderer/src/views/RemindersView.vue';
import { mountApp, settle } from '../components/mount-app';
import { item, LOAN_ID, overview, RemindersScript } from './reminder-fixtures';

const Blank = defineComponent({ render: () => h('div') });
let script: RemindersScript;
let router: Router;

beforeEach(async () => {
  script = new RemindersScript();
  script.backend.status = { ...script.backend.status, vault: 'unlocked' };
  setTransport(script.backend.transport());
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/reminders', name: 'reminders', component: Blank },
      { path: '/loans/:id', name: 'loan', component: Blank },
      { path: '/loans/new', name: 'loan-new', component: Blank },
    ],
  });
  await router.push('/reminders');
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('RemindersView', () => {
  it('groups upcoming reminders by the local day they fire (the user zone, not UTC)', async () => {
    script.overview = overview({
      attention: [item()],
      upcoming: [
        // 23:30 UTC on 3 March is 07:30 on 4 March in Shanghai.
        item({ id: `${LOAN_ID}:3:before-due:1`, offsetDays: 1, fireAt: '2026-03-03T23:30:00.000Z', state: 'upcoming' }),
        item({ id: `${LOAN_ID}:3:due-today:0`, kind: 'due-today', offsetDays: 0, fireAt: '2026-03-05T01:00:00.000Z', state: 'upcoming' }),
      ],
    });
    const wrapper = mountApp(RemindersView, { language: 'en', plugins: [router] });
    await settle();
    const days = wrapper.findAll('[data-day]').map((d) => d.attributes('data-day'));
    expect(days).toEqual(['2026-03-04', '2026-03-05']);
    expect(wrapper.text()).toContain('The day before the due date');
    expect(wrapper.text()).toContain(en.reminders.offset.dueToday);
    expect(wrapper.find('[role="tab"][aria-selected="true"]').text()).toBe(en.reminders.tabs.upcoming);
    expect(wrapper.findAll('[role="tab"]').map((tab) => tab.text())).toContain(`${en.reminders.tabs.attention} (1)`);
    wrapper.unmount();
  });

  it('switches tabs by click and arrow keys, keeping the tab in the URL', async () => {
    const wrapper = mountApp(RemindersView, { language: 'en', plugins: [router] });
    await settle();
    expect(wrapper.text()).toContain(en.reminders.upcoming.emptyTitle);
    await wrapper.findAll('[role="tab"]')[3]?.trigger('click');
    await settle();
    expect(router.currentRoute.value.query.tab).toBe('snoozed');
    expect(wrapper.text()).toContain(en.reminders.snoozed.emptyTitle);
    await wrapper.find('[role="tablist"]').trigger('keydown', { key: 'ArrowRight' });
    await settle();
    expect(router.currentRoute.value.query.tab).toBe('settings');
    expect(document.activeElement?.id).toBe('reminders-tab-settings');
    await wrapper.find('[role="tablist"]').trigger('keydown', { key: 'ArrowRight' });
    await settle();
    expect(router.currentRoute.value.query.tab).toBe('upcoming');
    const panel = wrapper.find('[role="tabpanel"]');
    expect(panel.attributes('aria-labelledby')).toBe('reminders-tab-upcoming');
    wrapper.unmount();
  });
});
