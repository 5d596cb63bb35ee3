// The reminder handlers through the dispatcher: the overview's upcoming list and month calendar, the
// settings (validated, saved, re-planned), a loan's escalation view and overrides with its reminders
// firing, the .ics export, and what a deleted loan leaves behind.
import { afterEach, describe, expect, it } from 'vitest';
import { errorCode } from '../helpers';
import { call, cleanupAll, harness, readStore, smallLoan } from '../reminders/support';

afterEach(cleanupAll);

const START = '2026-03-10T00:30:00Z';

async function oneLoan() {
  const h = await harness(START);
  const loan = await call(h.backend, 'loans.create', smallLoan('2026-03-13'));
  await call(h.backend, 'reminders.poll');
  return { ...h, loanId: loan.id };
}

describe('reminders.overview', () => {
  it('lists the next 30 days in fire order and a month calendar of dues and reminders', async () => {
    const { backend, loanId } = await oneLoan();
    const overview = await call(backend, 'reminders.overview', {});
    expect(overview).toMatchObject({ now: '2026-03-10T00:30:00.000Z', today: '2026-03-10', timeZone: 'Asia/Shanghai' });
    expect(overview.upcoming.slice(0, 3).map((i) => [i.id, i.fireAt, i.amount, i.state])).toEqual([
      [`${loanId}:1:before-due:3`, '2026-03-10T01:00:00.000Z', 100_000, 'upcoming'],
      [`${loanId}:1:before-due:1`, '2026-03-12T01:00:00.000Z', 100_000, 'upcoming'],
      [`${loanId}:1:due-today:0`, '2026-03-13T01:00:00.000Z', 100_000, 'upcoming'],
    ]);
    expect(overview.upcoming.every((i) => i.fireAt < '2026-04-09T00:30:00.000Z')).toBe(true);
    expect(overview.upcoming.some((i) => i.id === `${loanId}:2:before-due:7`)).toBe(true);
    expect(overview.month.month).toBe('2026-03');
    const day13 = overview.month.days.find((d) => d.date === '2026-03-13');
    expect(day13).toEqual({
      date: '2026-03-13',
      dues: [{ loanId, loanName: 'Small loan', period: 1, amount: 100_000, currency: 'CNY', status: 'due' }],
      reminders: 1,
    });
    const april = await call(backend, 'reminders.overview', { month: '2026-04' });
    expect(april.month.days.map((d) => [d.date, d.dues.length, d.reminders])).toContainEqual(['2026-04-13', 1, 1]);
    expect(await errorCode(backend, 'reminders.overview', { month: '2026-13' })).toBe('INVALID_INPUT');
  });
});

describe('reminders settings', () => {
  it('saves the rules and re-plans the timetable at the new hour', async () => {
    const { backend, dir, loanId } = await oneLoan();
    const settings = await call(backend, 'reminders.getSettings');
    const saved = await call(backend, 'reminders.setSettings', {
      ...settings,
      rules: { ...settings.rules, leadDays: [2, 0], remindAt: { hour: 20, minute: 30 } },
    });
    expect(saved.rules).toMatchObject({ leadDays: [2, 0], remindAt: { hour: 20, minute: 30 } });
    const store = readStore(dir);
    expect(store.timetable.entries.slice(0, 2)).toEqual([
      { id: `${loanId}:1:before-due:2`, fireAt: '2026-03-11T12:30:00.000Z' },
      { id: `${loanId}:1:due-today:0`, fireAt: '2026-03-13T12:30:00.000Z' },
    ]);
    expect(await errorCode(backend, 'reminders.setSettings', { ...settings, detailedText: 'yes' })).toBe('INVALID_INPUT');
  });

  it('switching reminders off empties the timetable', async () => {
    const { backend, dir } = await oneLoan();
    const settings = await call(backend, 'reminders.getSettings');
    await call(backend, 'reminders.setSettings', { ...settings, rules: { ...settings.rules, enabled: false } });
    expect(readStore(dir).timetable.entries).toEqual([]);
  });
});

describe('a loan’s escalation', () => {
  it('shows the timeline with the defaults, takes overrides, and fires its reminders', async () => {
    const { backend, clock, loanId } = await oneLoan();
    const view = await call(backend, 'reminders.loanEscalation', { loanId });
    expect(view.timeline.mode).toBe('if-missed');
    expect(view.stages.map((s) => [s.kind, s.daysAfterDue, s.enabled])).toContainEqual(['credit-report', 30, true]);
    expect(view.overrides).toEqual({});
    expect(view.reminderOverride).toBeNull();
    expect(view.nextReminder?.id).toBe(`${loanId}:1:before-due:3`);

    const saved = await call(backend, 'reminders.saveLoanEscalation', {
      loanId,
      overrides: { 'credit-report': { daysAfterDue: 20 } },
      reminderOverride: { leadDays: [0] },
    });
    expect(saved.stages.find((s) => s.kind === 'credit-report')).toMatchObject({ daysAfterDue: 20, overridden: true });
    expect(saved.reminderOverride).toEqual({ leadDays: [0] });
    expect(saved.nextReminder?.id).toBe(`${loanId}:1:due-today:0`);

    // Credit report 20 days after 13 March: reminders 3 and 1 days before, on 30 March and 1 April.
    for (const at of ['2026-03-20T01:00:30Z', '2026-03-27T01:00:30Z']) {
      clock.set(at);
      await call(backend, 'reminders.poll');
    }
    clock.set('2026-03-30T01:00:30Z');
    const poll = await call(backend, 'reminders.poll');
    expect(poll.notices.map((n) => [n.id, n.title, n.route])).toEqual([
      [`${loanId}:1:escalation:17`, 'A missed payment reaches its next stage in 3 days', `/loans/${loanId}`],
    ]);
    const overview = await call(backend, 'reminders.overview', {});
    const escalation = overview.attention.find((i) => i.kind === 'escalation');
    expect(escalation).toMatchObject({ stages: ['credit-report'], stageDate: '2026-04-02', offsetDays: 17 });
    // Due-date reminders and escalation ones are separate families: both need attention.
    expect(overview.attention.map((i) => i.kind).sort()).toEqual(['escalation', 'overdue']);
    expect(poll.attentionCount).toBe(2);
  });

  it('answers NOT_FOUND for an unknown loan', async () => {
    const { backend } = await oneLoan();
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await errorCode(backend, 'reminders.loanEscalation', { loanId: unknown })).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'reminders.saveLoanEscalation', { loanId: unknown, overrides: {}, reminderOverride: null })).toBe('NOT_FOUND');
  });
});

describe('reminders.exportIcs', () => {
  it('exports a calendar file named by today, discreet by default', async () => {
    const { backend } = await oneLoan();
    const file = await call(backend, 'reminders.exportIcs', {});
    expect(file.filename).toBe('quietledger-reminders-2026-03-10.ics');
    expect(file.mimeType).toBe('text/calendar');
    expect(file.content).toContain('BEGIN:VCALENDAR');
    expect(file.content).not.toContain('Some lender');
    const detailed = await call(backend, 'reminders.exportIcs', { detailed: true });
    expect(detailed.content).toContain('Some lender');
  });
});

describe('a deleted loan', () => {
  it('leaves no records, notified ids or timetable entries behind after the next tick', async () => {
    const { backend, clock, dir, loanId } = await oneLoan();
    clock.set('2026-03-10T01:00:30Z');
    await call(backend, 'reminders.poll');
    expect(readStore(dir).records.length).toBeGreaterThan(0);
    await call(backend, 'loans.delete', { id: loanId });
    await call(backend, 'reminders.poll');
    const store = readStore(dir);
    expect([...store.records.map((r) => r.id), ...store.notified, ...store.timetable.entries.map((e) => e.id)]).toEqual([]);
  });
});
