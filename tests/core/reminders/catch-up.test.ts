// "Since last run": a long absence surfaces every missed reminder once, grouped by loan; paid ones come
// back resolved; snoozed ones re-fire when their snooze ends; a zone change does not repeat a reminder.
import { describe, expect, it } from 'vitest';
import { catchUp, type CatchUpInput, type CatchUpResult } from '../../../src/core/reminders/catch-up';
import { deliver, recordFor, resolve, snooze } from '../../../src/core/reminders/state';
import type { ReminderRecord } from '../../../src/core/reminders/types';
import { dueDayOnly, inst, loan, rules } from './fixtures';

const loans = [
  // 09:00 Shanghai is 01:00 UTC.
  loan('a', [inst(1, '2026-03-15', 'overdue', 300_00), inst(2, '2026-04-15', 'upcoming', 300_00)]),
  loan('b', [inst(1, '2026-03-02', 'paid', 0), inst(2, '2026-04-02', 'upcoming', 50_00)]),
  loan('c', [inst(1, '2026-03-20', 'overdue', 80_00)]),
];
const base: CatchUpInput = {
  loans,
  rules: rules(),
  overrides: { c: { leadDays: [1], overdue: { days: [2], thenEvery: null } } },
  timeZone: 'Asia/Shanghai',
  lastRunAt: '2026-03-01T00:00:00.000Z',
  now: '2026-03-26T00:00:00.000Z',
  records: [],
};

const ids = (r: CatchUpResult): string[] => [...r.missed.flatMap((g) => g.occurrences), ...r.due].map((o) => o.id);

/** What the backend does with a result: store delivered for what it showed, resolved for the rest. */
function store(records: ReminderRecord[], result: CatchUpResult, at: string): ReminderRecord[] {
  const next = new Map(records.map((r) => [r.id, r]));
  for (const o of [...result.missed.flatMap((g) => g.occurrences), ...result.due]) next.set(o.id, deliver(recordFor(o.id, records), at));
  for (const o of result.resolved) next.set(o.id, resolve(recordFor(o.id, records)));
  return [...next.values()];
}

describe('catchUp after a 25-day absence (1 March 08:00 → 26 March 08:00, Shanghai)', () => {
  // By hand. a/1 due 15 Mar: 8, 12, 14 Mar (7, 3, 1 days before), 15 Mar, overdue 16, 18, 22 Mar
  // (day 29 is after now) = 7; a/2 due 15 Apr: 8 Apr is after now = 0. c/1 due 20 Mar (override):
  // 19 Mar (1 before), 22 Mar (2 after) = 2. b/2 due 2 Apr: 26 Mar 09:00 is after now = 0.
  // b/1 due 2 Mar is paid: 1 Mar and 2 Mar come back resolved. Total shown: 9, resolved: 2.
  const result = catchUp(base);

  it('surfaces every missed occurrence exactly once, grouped by loan', () => {
    expect(ids(result)).toHaveLength(9);
    expect(new Set(ids(result)).size).toBe(9);
    expect(result.due).toEqual([]);
    expect(result.missed.map((g) => [g.loanId, g.occurrences.map((o) => o.id)])).toEqual([
      ['a', ['a:1:before-due:7', 'a:1:before-due:3', 'a:1:before-due:1', 'a:1:due-today:0', 'a:1:overdue:1', 'a:1:overdue:3', 'a:1:overdue:7']],
      ['c', ['c:1:before-due:1', 'c:1:overdue:2']],
    ]);
  });

  it('says what to do now per loan: the amount outstanding and the oldest due date', () => {
    expect(result.missed.map(({ loanId, outstanding, oldestDueDate, overdue }) => ({ loanId, outstanding, oldestDueDate, overdue }))).toEqual([
      { loanId: 'a', outstanding: 300_00, oldestDueDate: '2026-03-15', overdue: true },
      { loanId: 'c', outstanding: 80_00, oldestDueDate: '2026-03-20', overdue: true },
    ]);
  });

  it('returns the paid installment’s reminders as resolved instead', () => {
    expect(result.resolved.map((o) => o.id)).toEqual(['b:1:before-due:1', 'b:1:due-today:0']);
  });

  it('returns nothing on the next run, or on a repeat over the same span once stored', () => {
    const records = store([], result, base.now);
    expect(ids(catchUp({ ...base, records }))).toEqual([]);
    expect(catchUp({ ...base, records }).resolved).toEqual([]);
    expect(ids(catchUp({ ...base, lastRunAt: base.now, now: '2026-03-26T00:30:00.000Z', records }))).toEqual([]);
  });

  it('finds the same 9 when the absence is cut into hourly ticks, each once', () => {
    let records: ReminderRecord[] = [];
    const seen: string[] = [];
    for (let t = Date.parse(base.lastRunAt); t < Date.parse(base.now); t += 3_600_000) {
      const tick = { ...base, lastRunAt: new Date(t).toISOString(), now: new Date(t + 3_600_000).toISOString(), records };
      const r = catchUp(tick);
      seen.push(...ids(r));
      records = store(records, r, tick.now);
    }
    expect(seen.sort()).toEqual(ids(result).sort());
  });

  it('splits reminders that just fell due from the missed ones', () => {
    const r = catchUp({ ...base, now: '2026-03-22T01:05:00.000Z' });
    expect(r.due.map((o) => o.id)).toEqual(['a:1:overdue:7', 'c:1:overdue:2']);
    expect(ids(r)).toHaveLength(9);
  });
});

describe('catchUp with stored records', () => {
  const one = { ...base, loans: [loan('s', [inst(1, '2026-03-15', 'due', 10_00)])], rules: dueDayOnly(9), overrides: {} };
  const fired = '2026-03-15T01:00:00.000Z';

  it('skips delivered and dismissed ones, re-fires a snoozed one when its snooze ends, once', () => {
    const snoozed = snooze(deliver(recordFor('s:1:due-today:0', []), fired), '2026-03-15T05:00:00.000Z');
    const before = catchUp({ ...one, lastRunAt: '2026-03-15T01:30:00.000Z', now: '2026-03-15T04:00:00.000Z', records: [snoozed] });
    expect(ids(before)).toEqual([]);
    const after = catchUp({ ...one, lastRunAt: '2026-03-15T04:00:00.000Z', now: '2026-03-15T05:01:00.000Z', records: [snoozed] });
    expect(after.due.map((o) => o.id)).toEqual(['s:1:due-today:0']);
    const records = store([snoozed], after, '2026-03-15T05:01:00.000Z');
    expect(ids(catchUp({ ...one, lastRunAt: '2026-03-15T05:01:00.000Z', now: '2026-03-16T00:00:00.000Z', records }))).toEqual([]);
  });

  it('finds a snoozed reminder even when the snooze ended during a long absence', () => {
    const snoozed = snooze(recordFor('s:1:due-today:0', []), '2026-03-16T02:00:00.000Z');
    const r = catchUp({ ...one, lastRunAt: '2026-03-16T00:00:00.000Z', now: '2026-03-30T00:00:00.000Z', records: [snoozed] });
    expect(r.missed.map((g) => g.occurrences.map((o) => o.id))).toEqual([['s:1:due-today:0']]);
  });

  it('still finds a snoozed reminder whose snooze ended before the last run but was never shown', () => {
    const snoozed = snooze(recordFor('s:1:due-today:0', []), '2026-03-15T05:00:00.000Z');
    const r = catchUp({ ...one, lastRunAt: '2026-03-16T00:00:00.000Z', now: '2026-03-16T01:00:00.000Z', records: [snoozed] });
    expect(r.missed.map((g) => g.occurrences.map((o) => o.id))).toEqual([['s:1:due-today:0']]);
  });

  it('resolves a snoozed reminder whose installment was paid meanwhile', () => {
    const paid = { ...one, loans: [loan('s', [inst(1, '2026-03-15', 'paid', 0)])] };
    const snoozed = snooze(recordFor('s:1:due-today:0', []), '2026-03-16T02:00:00.000Z');
    const r = catchUp({ ...paid, lastRunAt: '2026-03-16T00:00:00.000Z', now: '2026-03-17T00:00:00.000Z', records: [snoozed] });
    expect(ids(r)).toEqual([]);
    expect(r.resolved.map((o) => o.id)).toEqual(['s:1:due-today:0']);
  });

  it('does not repeat a delivered reminder after the zone changes from Shanghai to London', () => {
    const delivered = deliver(recordFor('s:1:due-today:0', []), fired);
    const london = { ...one, timeZone: 'Europe/London', records: [delivered] };
    // 09:00 London (GMT) on 15 March is 09:00 UTC: after the Shanghai firing, still ahead of the last run.
    expect(ids(catchUp({ ...london, lastRunAt: '2026-03-15T02:00:00.000Z', now: '2026-03-15T10:00:00.000Z' }))).toEqual([]);
    const fresh = catchUp({ ...london, records: [], lastRunAt: '2026-03-15T02:00:00.000Z', now: '2026-03-15T09:05:00.000Z' });
    expect(fresh.due.map((o) => o.fireAt)).toEqual(['2026-03-15T09:00:00.000Z']);
  });

  it('handles loan ids that contain colons', () => {
    const odd = { ...one, loans: [loan('x:y', [inst(1, '2026-03-15', 'due', 10_00)])] };
    const snoozed = snooze(recordFor('x:y:1:due-today:0', []), '2026-03-15T05:00:00.000Z');
    const r = catchUp({ ...odd, lastRunAt: '2026-03-15T04:00:00.000Z', now: '2026-03-15T05:01:00.000Z', records: [snoozed] });
    expect(r.due.map((o) => [o.loanId, o.id])).toEqual([['x:y', 'x:y:1:due-today:0']]);
  });
});
