// @vitest-environment happy-dom
// The loan page's "If a payment is missed" section in both languages over a scripted backend that runs
// the real escalation core: the three modes, each stage's date, days phrase, state and basis, the next
// reminder line, and the edit dialog (a credit-report stage moved to 45 days, a typo refused, reset).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setClock } from '../../../src/renderer/src/clock';
import EscalationSection from '../../../src/renderer/src/components/escalation/EscalationSection.vue';
import type { Language } from '../../../src/contract/prefs';
import { escalationEn } from '../../../src/renderer/src/i18n/messages/escalation.en';
import { escalationZh } from '../../../src/renderer/src/i18n/messages/escalation.zh-CN';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { mountApp, settle } from '../components/mount-app';
import { fail } from '../transfer/transfer-harness';
import { fill } from '../../e2e/pages/messages';
import { beforeDueReminder, installEscalationBackend, loanDetail, type EscalationScript } from './escalation-harness';

const TEXT = { en: escalationEn, 'zh-CN': escalationZh } as const;
const DATES = {
  en: { creditReport: 'Mar 17, 2026', moved: 'Apr 1, 2026', graceEnds: 'Feb 16, 2026', due: 'February 15' },
  'zh-CN': { creditReport: '2026年3月17日', moved: '2026年4月1日', graceEnds: '2026年2月16日', due: '2月15日' },
} as const;

beforeEach(() => {
  setClock(() => new Date('2026-02-20T04:00:00Z'));
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function open(language: Language, script: Partial<EscalationScript> & { asOf: string }) {
  const installed = installEscalationBackend(script);
  const wrapper = mountApp(EscalationSection, { language, props: { loan: loanDetail(script.asOf) } });
  await settle();
  return { wrapper, ...installed };
}

function stage(kind: string): Element {
  const found = document.querySelector(`[data-stage="${kind}"]`);
  if (!found) throw new Error(`no stage ${kind}`);
  return found;
}

function dialog(): Element {
  const found = document.querySelector('[role="dialog"]');
  if (!found) throw new Error('no dialog');
  return found;
}

function inputFor(labelText: string): HTMLInputElement {
  const label = [...dialog().querySelectorAll('label')].find((el) => el.textContent?.trim() === labelText);
  const id = label?.getAttribute('for');
  const input = id ? document.getElementById(id) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`no input labelled ${labelText}`);
  return input;
}

async function type(input: HTMLInputElement, value: string): Promise<void> {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await settle();
}

async function click(target: Element | null): Promise<void> {
  if (!(target instanceof HTMLElement)) throw new Error('nothing to click');
  target.click();
  await settle();
}

describe.each(['en', 'zh-CN'] as const)('EscalationSection in %s', (language) => {
  const m = TEXT[language];
  const d = DATES[language];
  const creditLabel = language === 'en' ? 'May be reported to the credit bureau' : '可能上报征信';

  it('past due: says how late, what to do, and dates each stage with the next one marked', async () => {
    const { wrapper } = await open(language, { asOf: '2026-02-20' });
    const text = wrapper.text();
    expect(text).toContain(m.title);
    expect(wrapper.get('[data-testid="escalation-heading"]').text()).toBe(fill(m.mode.pastDue, { period: 1, days: 5 }));
    expect(wrapper.get('[data-mode]').attributes('data-mode')).toBe('past-due');

    const credit = stage('credit-report');
    expect(credit.getAttribute('data-state')).toBe('next');
    expect(credit.textContent).toContain(creditLabel);
    expect(credit.textContent).toContain(d.creditReport);
    expect(credit.textContent).toContain(fill(m.days.ahead, { n: 25 }));
    expect(credit.textContent).toContain(m.state.next);
    expect(credit.textContent).toContain(m.basis.typical);
    expect(credit.querySelector('details summary')?.textContent).toBe(m.basis.source);
    expect(credit.querySelector('details p')?.textContent).toContain('Typical practice');

    const grace = stage('grace-ends');
    expect(grace.getAttribute('data-state')).toBe('passed');
    expect(grace.textContent).toContain(d.graceEnds);
    expect(grace.textContent).toContain(fill(m.days.ago, { n: 4 }));
    expect(grace.textContent).toContain(m.basis.contract);
    expect(grace.textContent).toContain(m.state.passed);
    expect(stage('legal-action').getAttribute('data-state')).toBe('ahead');
    expect(document.querySelectorAll('[role="listitem"]')).toHaveLength(6);
    // Calm: only the next stage is highlighted, and nothing is styled as an error.
    expect(document.querySelectorAll('.esc-stage--next')).toHaveLength(1);
    expect(document.querySelector('.n-timeline-item--error-type')).toBeNull();
  });

  it('one day past due says "1 day", and a stage today and tomorrow say so', async () => {
    const { wrapper } = await open(language, { asOf: '2026-02-16', overrides: { 'credit-report': { daysAfterDue: 2 } } });
    expect(wrapper.get('[data-testid="escalation-heading"]').text()).toBe(fill(m.mode.pastDueOne, { period: 1 }));
    expect(stage('grace-ends').querySelector('[data-testid="stage-relative"]')?.textContent).toBe(m.days.today);
    expect(stage('credit-report').querySelector('[data-testid="stage-relative"]')?.textContent).toBe(m.days.tomorrow);
    expect(stage('credit-report').textContent).toContain(m.basis.changed);
  });

  it('past the due date but inside the grace period: says so rather than "overdue"', async () => {
    const { wrapper } = await open(language, { asOf: '2026-02-18', overrides: { 'grace-ends': { daysAfterDue: 4 } } });
    expect(wrapper.get('[data-testid="escalation-heading"]').text()).toBe(
      fill(m.mode.pastDueGrace, { period: 1, when: fill(m.days.ago, { n: 3 }) }),
    );
    expect(stage('grace-ends').getAttribute('data-state')).toBe('next');
  });

  it('if missed: names the coming due date and what paying it avoids', async () => {
    const { wrapper } = await open(language, { asOf: '2026-02-10' });
    expect(wrapper.get('[data-mode]').attributes('data-mode')).toBe('if-missed');
    expect(wrapper.get('[data-testid="escalation-heading"]').text()).toBe(fill(m.mode.ifMissed, { date: d.due }));
    expect(wrapper.text()).toContain(fill(m.mode.ifMissedTodo, { amount: '\u0000', date: d.due }).split('\u0000')[0]);
    expect(stage('grace-ends').getAttribute('data-state')).toBe('next');
    expect(stage('grace-ends').textContent).toContain(fill(m.days.ahead, { n: 6 }));
  });

  it('nothing owed: a calm line and no stages', async () => {
    const { wrapper } = await open(language, { asOf: '2027-02-01', paidInFull: true });
    expect(wrapper.get('[data-testid="escalation-heading"]').text()).toBe(m.mode.none);
    expect(wrapper.text()).toContain(m.mode.noneBody);
    expect(document.querySelectorAll('[role="listitem"]')).toHaveLength(0);
  });

  it('shows the next reminder in one line, or says there is none, or that reminders are off', async () => {
    const first = await open(language, { asOf: '2026-02-20', nextReminder: beforeDueReminder() });
    const line = first.wrapper.get('[data-testid="escalation-next-reminder"]').text();
    expect(line).toContain(m.reminder.label);
    expect(line).toContain(fill(m.reminder['before-due'], { period: 2, n: 3 }));
    expect(line).toMatch(/2026/);
    first.wrapper.unmount();

    const none = await open(language, { asOf: '2026-02-20' });
    expect(none.wrapper.get('[data-testid="escalation-next-reminder"]').text()).toContain(m.reminder.none);
    none.wrapper.unmount();

    const off = await open(language, { asOf: '2026-02-20', reminderOverride: { enabled: false } });
    expect(off.wrapper.get('[data-testid="escalation-next-reminder"]').text()).toContain(m.reminder.off);
  });

  it('edit: 45 days for the credit report moves its date; a typo is refused in words; reset clears it', async () => {
    const { wrapper, backend } = await open(language, { asOf: '2026-02-20' });
    await click(wrapper.get('[data-testid="escalation-edit"]').element);
    expect(dialog().textContent).toContain(m.dialog.stagesTitle);

    const days = inputFor(creditLabel);
    expect(days.value).toBe('30');
    await type(days, '12.5');
    await click(dialog().querySelector('[data-testid="escalation-save"]'));
    expect(dialog().textContent).toContain(m.dialog.invalid.days);
    expect(backend.callsOf('reminders.saveLoanEscalation')).toHaveLength(0);

    expect(dialog().textContent).toContain(m.dialog.invalid.fix);
    await type(days, '45');
    expect(dialog().textContent).not.toContain(m.dialog.invalid.days);
    expect(dialog().textContent).not.toContain(m.dialog.invalid.fix);
    await click(dialog().querySelector('[data-testid="escalation-save"]'));
    expect(backend.callsOf('reminders.saveLoanEscalation').map((call) => call.input)).toEqual([
      { loanId: loanDetail('2026-02-20').id, overrides: { 'credit-report': { daysAfterDue: 45 } }, reminderOverride: null },
    ]);
    expect(document.body.textContent).toContain(m.dialog.saved);
    expect(stage('credit-report').textContent).toContain(d.moved);
    expect(stage('credit-report').textContent).toContain(fill(m.days.ahead, { n: 40 }));
    expect(stage('credit-report').textContent).toContain(m.basis.changed);

    await click(wrapper.get('[data-testid="escalation-edit"]').element);
    expect(inputFor(creditLabel).value).toBe('45');
    await click(dialog().querySelector('[data-testid="escalation-reset"]'));
    expect(backend.callsOf('reminders.saveLoanEscalation').at(-1)?.input).toEqual({
      loanId: loanDetail('2026-02-20').id,
      overrides: {},
      reminderOverride: null,
    });
    expect(stage('credit-report').textContent).toContain(d.creditReport);
    expect(stage('credit-report').textContent).not.toContain(m.basis.changed);
  });

  it("edit: this loan's reminders off and other lead days are saved as its reminder override", async () => {
    const { wrapper, backend } = await open(language, { asOf: '2026-02-20' });
    await click(wrapper.get('[data-testid="escalation-edit"]').element);
    const lead = inputFor(m.dialog.leadDays);
    expect(lead.value).toBe('7, 3, 1, 0');
    expect(dialog().textContent).toContain(fill(m.dialog.leadDaysHint, { days: '7, 3, 1, 0' }));
    await type(lead, '99');
    await click(dialog().querySelector('[data-testid="escalation-save"]'));
    expect(dialog().textContent).toContain(m.dialog.invalid.leadDays);

    await type(lead, '5, 1');
    await click(dialog().querySelector('[role="switch"][aria-labelledby]'));
    await click(dialog().querySelector('[data-testid="escalation-save"]'));
    expect(backend.callsOf('reminders.saveLoanEscalation').at(-1)?.input).toMatchObject({
      overrides: {},
      reminderOverride: { enabled: false, leadDays: [5, 1] },
    });
    expect(wrapper.get('[data-testid="escalation-next-reminder"]').text()).toContain(m.reminder.off);
  });

  it('a refused save keeps the dialog open and says why in words', async () => {
    const { wrapper, backend } = await open(language, { asOf: '2026-02-20' });
    backend.on('reminders.saveLoanEscalation', () => fail('NOT_FOUND'));
    await click(wrapper.get('[data-testid="escalation-edit"]').element);
    await type(inputFor(creditLabel), '45');
    await click(dialog().querySelector('[data-testid="escalation-save"]'));
    expect(dialog().textContent).toContain((language === 'en' ? en : zhCN).errors.NOT_FOUND);
    expect(stage('credit-report').textContent).toContain(d.creditReport);
  });
});
