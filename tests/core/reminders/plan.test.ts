// Planning reminders from schedules: lead times, follow-ups, month ends, leap days, DST, zone changes,
// quiet hours and per-loan overrides, all on fixed instants.
import { describe, expect, it } from 'vitest';
import { dayOfMonthAfter } from '../../../src/core/dates';
import { planOccurrences } from '../../../src/core/reminders/plan';
import type { PlanInput, ReminderRules } from '../../../src/core/reminders/types';
import { dueDayOnly, inst, loan, rules } from './fixtures';

function plan(partial: Partial<PlanInput> & Pick<PlanInput, 'loans' | 'from' | 'to'>): ReturnType<typeof planOccurrences> {
  return planOccurrences({ rules: rules(), overrides: {}, timeZone: 'Asia/Shanghai', ...partial });
}

const fires = (list: ReturnType<typeof planOccurrences>): string[] => list.map((o) => `${o.id} ${o.fireAt}`);

describe('planOccurrences', () => {
  it('plans 7, 3, 1 days before, the due day and overdue follow-ups at 09:00 local', () => {
    const list = plan({ loans: [loan('a', [inst(1, '2026-03-15')])], from: '2026-03-01T00:00:00Z', to: '2026-04-20T00:00:00Z' });
    expect(fires(list)).toEqual([
      'a:1:before-due:7 2026-03-08T01:00:00.000Z',
      'a:1:before-due:3 2026-03-12T01:00:00.000Z',
      'a:1:before-due:1 2026-03-14T01:00:00.000Z',
      'a:1:due-today:0 2026-03-15T01:00:00.000Z',
      'a:1:overdue:1 2026-03-16T01:00:00.000Z',
      'a:1:overdue:3 2026-03-18T01:00:00.000Z',
      'a:1:overdue:7 2026-03-22T01:00:00.000Z',
      'a:1:overdue:14 2026-03-29T01:00:00.000Z',
      'a:1:overdue:21 2026-04-05T01:00:00.000Z',
      'a:1:overdue:28 2026-04-12T01:00:00.000Z',
      'a:1:overdue:35 2026-04-19T01:00:00.000Z',
    ]);
    expect(list[0]).toMatchObject({ loanId: 'a', period: 1, dueDate: '2026-03-15', kind: 'before-due', offsetDays: 7, amount: 100_00 });
  });

  it('plans nothing for a paid installment, and the window is [from, to)', () => {
    const loans = [loan('a', [inst(1, '2026-03-15', 'paid', 0), inst(2, '2026-04-15')])];
    expect(plan({ loans, from: '2026-03-01T00:00:00Z', to: '2026-04-08T01:00:00Z' })).toEqual([]);
    expect(fires(plan({ loans, from: '2026-04-08T01:00:00Z', to: '2026-04-08T01:00:00.001Z' }))).toEqual(['a:2:before-due:7 2026-04-08T01:00:00.000Z']);
  });

  it('follows the month-end rule: due on the 31st, then 28 Feb, then 31 Mar', () => {
    const dates = [0, 1, 2].map((m) => dayOfMonthAfter('2026-01-31', m, 31));
    expect(dates).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    const loans = [loan('m', dates.map((d, i) => inst(i + 1, d, i === 0 ? 'paid' : 'upcoming')))];
    const r = rules({ overdue: { days: [1], thenEvery: null } });
    expect(fires(plan({ loans, rules: r, from: '2026-02-20T00:00:00Z', to: '2026-03-25T00:00:00Z' }))).toEqual([
      'm:2:before-due:7 2026-02-21T01:00:00.000Z',
      'm:2:before-due:3 2026-02-25T01:00:00.000Z',
      'm:2:before-due:1 2026-02-27T01:00:00.000Z',
      'm:2:due-today:0 2026-02-28T01:00:00.000Z',
      'm:2:overdue:1 2026-03-01T01:00:00.000Z',
      'm:3:before-due:7 2026-03-24T01:00:00.000Z',
    ]);
  });

  it('handles 29 February 2028', () => {
    const due = dayOfMonthAfter('2028-01-31', 1, 31);
    expect(due).toBe('2028-02-29');
    const r = rules({ overdue: { days: [1], thenEvery: null } });
    const list = plan({ loans: [loan('l', [inst(1, due)])], rules: r, from: '2028-02-20T00:00:00Z', to: '2028-03-05T00:00:00Z' });
    expect(fires(list)).toEqual([
      'l:1:before-due:7 2028-02-22T01:00:00.000Z',
      'l:1:before-due:3 2028-02-26T01:00:00.000Z',
      'l:1:before-due:1 2028-02-28T01:00:00.000Z',
      'l:1:due-today:0 2028-02-29T01:00:00.000Z',
      'l:1:overdue:1 2028-03-01T01:00:00.000Z',
    ]);
  });

  it.each<[string, string, string, string, string]>([
    ['Europe/London', '2026-03-30', '2026-03-27T09:00:00.000Z', '2026-03-30T08:00:00.000Z', 'spring'],
    ['Europe/London', '2026-10-26', '2026-10-23T08:00:00.000Z', '2026-10-26T09:00:00.000Z', 'autumn'],
    ['America/New_York', '2026-03-09', '2026-03-06T14:00:00.000Z', '2026-03-09T13:00:00.000Z', 'spring'],
    ['America/New_York', '2026-11-02', '2026-10-30T13:00:00.000Z', '2026-11-02T14:00:00.000Z', 'autumn'],
  ])('keeps 09:00 local across the %s DST change (due %s)', (timeZone, due, before, onDay) => {
    const r = rules({ leadDays: [3, 0], quietHours: null, overdue: { days: [], thenEvery: null } });
    const list = plan({ loans: [loan('d', [inst(1, due)])], rules: r, timeZone, from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' });
    expect(list.map((o) => o.fireAt)).toEqual([before, onDay]);
    const localHour = (iso: string): string => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
    expect(list.map((o) => localHour(o.fireAt))).toEqual(['09:00', '09:00']);
    expect(Math.abs(Date.parse(onDay) - Date.parse(before)) % 86_400_000).not.toBe(0);
  });

  it('fires the same occurrence at 09:00 London time after the zone changes from Shanghai', () => {
    const input = { loans: [loan('z', [inst(1, '2026-06-10')])], rules: dueDayOnly(9), from: '2026-06-01T00:00:00Z', to: '2026-06-20T00:00:00Z' };
    const [shanghai] = plan({ ...input, timeZone: 'Asia/Shanghai' });
    const [london] = plan({ ...input, timeZone: 'Europe/London' });
    expect(shanghai?.fireAt).toBe('2026-06-10T01:00:00.000Z');
    expect(london?.fireAt).toBe('2026-06-10T08:00:00.000Z');
    expect(london?.id).toBe(shanghai?.id);
  });

  it('moves a reminder inside quiet hours to the end of them', () => {
    const at = (hour: number, quiet: ReminderRules['quietHours'] = rules().quietHours): string | undefined =>
      plan({
        loans: [loan('q', [inst(1, '2026-06-10')])],
        rules: { ...dueDayOnly(hour), quietHours: quiet },
        from: '2026-06-01T00:00:00Z',
        to: '2026-06-20T00:00:00Z',
      })[0]?.fireAt;
    expect(at(23)).toBe('2026-06-11T00:00:00.000Z'); // 08:00 next morning in Shanghai
    expect(at(7)).toBe('2026-06-10T00:00:00.000Z'); // 08:00 the same morning
    expect(at(21)).toBe('2026-06-10T13:00:00.000Z'); // outside: unchanged
    expect(at(23, null)).toBe('2026-06-10T15:00:00.000Z');
    expect(at(13, { start: { hour: 12, minute: 0 }, end: { hour: 14, minute: 30 } })).toBe('2026-06-10T06:30:00.000Z');
  });

  it('applies per-loan overrides and silences disabled loans', () => {
    const loans = [loan('a', [inst(1, '2026-03-15')]), loan('b', [inst(1, '2026-03-15')]), loan('c', [inst(1, '2026-03-15')])];
    const overrides = { b: { leadDays: [2], remindAt: { hour: 18, minute: 0 } }, c: { enabled: false } };
    const list = plan({ loans, rules: dueDayOnly(9), overrides, from: '2026-03-01T00:00:00Z', to: '2026-03-31T00:00:00Z' });
    expect(fires(list)).toEqual(['b:1:before-due:2 2026-03-13T10:00:00.000Z', 'a:1:due-today:0 2026-03-15T01:00:00.000Z']);
  });

  it('passes the currency through and is empty for an empty or reversed window', () => {
    const loans = [{ id: 'a', currency: 'CNY', installments: [inst(1, '2026-03-15')] }];
    expect(plan({ loans, rules: dueDayOnly(9), from: '2026-03-01T00:00:00Z', to: '2026-03-31T00:00:00Z' })[0]?.currency).toBe('CNY');
    expect(plan({ loans, from: '2026-03-31T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toEqual([]);
    expect(() => plan({ loans, from: 'yesterday', to: '2026-03-01T00:00:00Z' })).toThrow(RangeError);
  });
});
