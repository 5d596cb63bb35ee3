// @vitest-environment happy-dom
// The reminder components in both languages: the away panel lists each missed reminder once per loan
// with what to do now and acknowledges on "Got it"; the centre badge counts attention and its drawer
// lists items or a calm empty state; the settings form refuses bad input in words before saving.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { setTransport } from '../../../src/renderer/src/api';
import RemindersAwayDialog from '../../../src/renderer/src/components/reminders/RemindersAwayDialog.vue';
import RemindersCentre from '../../../src/renderer/src/components/reminders/RemindersCentre.vue';
import RemindersSettingsPanel from '../../../src/renderer/src/components/reminders/RemindersSettingsPanel.vue';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { useRemindersStore } from '../../../src/renderer/src/stores/reminders';
import { mountApp, settle } from '../components/mount-app';
import { fill } from '../../e2e/pages/messages';
import { awayGroup, item, LOAN_ID, overview, RemindersScript, settings } from './reminder-fixtures';

const Blank = defineComponent({ render: () => h('div') });

function testRouter() {
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: Blank },
      { path: '/loans/:id', name: 'loan', component: Blank },
      { path: '/loans/new', name: 'loan-new', component: Blank },
      { path: '/reminders', name: 'reminders', component: Blank },
    ],
  });
}

let script: RemindersScript;

beforeEach(() => {
  script = new RemindersScript();
  script.backend.status = { ...script.backend.status, vault: 'unlocked' };
  setTransport(script.backend.transport());
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('reminder components in %s', (language, m) => {
  it('the away panel groups missed reminders by loan, says what to do, and "Got it" acknowledges once', async () => {
    const second = awayGroup({
      loanId: 'other-loan',
      loanName: 'Phone plan',
      lender: 'QuickCredit',
      overdue: false,
      oldestDueDate: '2026-03-20',
      nextStage: null,
      items: [item({ id: 'other-loan:1:before-due:7', loanId: 'other-loan', offsetDays: 7 })],
    });
    script.overview = overview({ today: '2026-03-27', away: [awayGroup(), second] });
    const wrapper = mountApp(RemindersAwayDialog, { language, plugins: [testRouter()] });
    await useRemindersStore().fetchOverview();
    await settle();
    const groups = document.querySelectorAll('[data-testid="away-group"]');
    expect(groups).toHaveLength(2);
    const ids = [...document.querySelectorAll('[data-testid="away-item"]')].map((el) => el.getAttribute('data-reminder-id'));
    expect(ids).toEqual([`${LOAN_ID}:3:before-due:3`, `${LOAN_ID}:3:due-today:0`, 'other-loan:1:before-due:7']);
    const text = document.body.textContent ?? '';
    expect(text).toContain(m.reminders.away.title);
    expect(text).toContain(m.reminders.away.overdue);
    expect(text).toContain(m.reminders.away.notOverdue);
    expect(text).toContain(fill(m.reminders.away.contact, { lender: 'Harbor Bank' }));
    expect(groups[0]?.textContent).toMatch(language === 'en' ? /In 7 days .* this may be reported on your credit report/ : /7 天后.*可能上报征信/);
    const gotIt = document.querySelector<HTMLButtonElement>('[data-testid="away-got-it"]');
    gotIt?.click();
    await settle();
    expect(script.calls('reminders.ackAway')).toHaveLength(1);
    expect(useRemindersStore().overview?.away).toEqual([]);
    wrapper.unmount();
  });

  it('the centre badge counts attention; the drawer lists each item with its actions', async () => {
    script.overview = overview({
      attention: [
        item(),
        item({ id: `${LOAN_ID}:2:overdue:5`, period: 2, dueDate: '2026-02-25', kind: 'overdue', offsetDays: 5 }),
        item({ id: `${LOAN_ID}:2:escalation:30`, kind: 'escalation', stages: ['credit-report'], stageDate: '2026-03-04', dueDate: '2026-02-02' }),
      ],
    });
    const wrapper = mountApp(RemindersCentre, { language, plugins: [testRouter()] });
    await useRemindersStore().fetchOverview();
    await settle();
    const bell = document.querySelector<HTMLButtonElement>('[data-testid="reminder-bell"]');
    expect(bell?.getAttribute('aria-label')).toBe(fill(m.reminders.centre.buttonCount, { count: 3 }));
    bell?.click();
    await settle();
    const rows = document.querySelectorAll('[data-testid="reminder-item"]');
    expect(rows).toHaveLength(3);
    const text = [...rows].map((row) => row.textContent ?? '');
    expect(text[0]).toContain(language === 'en' ? 'Due in 3 days' : '3天后到期');
    expect(text[1]).toContain(language === 'en' ? 'Overdue 5 days' : '已逾期 5 天');
    expect(text[2]).toContain(language === 'en' ? 'May be reported on your credit report in 2 days' : '后天可能上报征信');
    expect(document.querySelectorAll('[data-testid="reminder-paid"]')).toHaveLength(3);
    document.querySelector<HTMLButtonElement>('[data-testid="reminder-dismiss"]')?.click();
    await settle();
    expect(script.calls('reminders.act')).toEqual([{ id: `${LOAN_ID}:3:before-due:3`, action: 'dismiss' }]);
    expect(document.querySelectorAll('[data-testid="reminder-item"]')).toHaveLength(2);
    wrapper.unmount();
  });

  it('the centre says calmly when nothing needs attention', async () => {
    const wrapper = mountApp(RemindersCentre, { language, plugins: [testRouter()] });
    await useRemindersStore().fetchOverview();
    await settle();
    const bell = document.querySelector<HTMLButtonElement>('[data-testid="reminder-bell"]');
    expect(bell?.getAttribute('aria-label')).toBe(m.reminders.centre.button);
    bell?.click();
    await settle();
    expect(document.body.textContent).toContain(m.reminders.centre.emptyTitle);
    wrapper.unmount();
  });

  it('the settings form refuses equal quiet-hour times and an empty day list, then saves good input', async () => {
    script.settings = settings({ rules: { ...settings().rules, quietHours: { start: { hour: 8, minute: 0 }, end: { hour: 8, minute: 0 } } } });
    const wrapper = mountApp(RemindersSettingsPanel, { language, plugins: [testRouter()] });
    await settle();
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain(m.reminders.settings.invalid.quietSame);
    expect(script.calls('reminders.setSettings')).toHaveLength(0);

    script.settings = settings({ rules: { ...settings().rules, leadDays: [], overdue: { days: [], thenEvery: null } } });
    const second = mountApp(RemindersSettingsPanel, { language, plugins: [testRouter()] });
    await settle();
    await second.find('form').trigger('submit');
    await settle();
    expect(second.text()).toContain(m.reminders.settings.invalid.nothingToRemind);
    expect(script.calls('reminders.setSettings')).toHaveLength(0);
    const boxes = second.findAll('[role="checkbox"]');
    expect(boxes[1]?.text()).toBe(fill(m.reminders.settings.leadDay.split(' | ').at(-1) ?? '', { days: 7 }));
    await boxes[1]?.trigger('click');
    await second.find('form').trigger('submit');
    await settle();
    expect(script.calls('reminders.setSettings')).toEqual([{ ...script.settings }]);
    expect(script.settings.rules.leadDays).toEqual([7]);
    expect(second.text()).not.toContain(m.reminders.settings.invalid.nothingToRemind);
    wrapper.unmount();
    second.unmount();
  });
});
