// catchUp with escalation occurrences passed in `extra`: surfaced once like planned ones, skipped once
// handled, and a snoozed escalation reminder re-surfaces from `extra` when its snooze ends.
import { describe, expect, it } from 'vitest';
import { catchUp, parseOccurrenceId, type CatchUpInput } from '../../../src/core/reminders/catch-up';
import { buildOccurrence, type PlannedReminder } from '../../../src/core/reminders/plan';
import { dueDayOnly, inst, loan } from './fixtures';

const rules = dueDayOnly(9);
const a = loan('a', [inst(1, '2026-03-01', 'overdue', 500_00)]);
const escalation: PlannedReminder = {
  occurrence: buildOccurrence(a, inst(1, '2026-03-01', 'overdue', 500_00), rules, 'Asia/Shanghai', { kind: 'escalation', offsetDays: 27, date: '2026-03-28' }),
  installment: inst(1, '2026-03-01', 'overdue', 500_00),
};
const base: CatchUpInput = {
  loans: [a],
  rules,
  overrides: {},
  timeZone: 'Asia/Shanghai',
  lastRunAt: '2026-03-20T00:00:00.000Z',
  now: '2026-03-30T00:00:00.000Z',
  records: [],
  extra: [escalation],
};

describe('catchUp with escalation occurrences', () => {
  it('surfaces an escalation reminder that fell in the window, once', () => {
    expect(escalation.occurrence).toMatchObject({ id: 'a:1:escalation:27', fireAt: '2026-03-28T01:00:00.000Z' });
    const result = catchUp(base);
    expect(result.missed.flatMap((g) => g.occurrences.map((o) => o.id))).toEqual(['a:1:escalation:27']);
    const again = catchUp({ ...base, records: [{ id: 'a:1:escalation:27', state: 'delivered' }] });
    expect(again.missed).toEqual([]);
    expect(catchUp({ ...base, now: '2026-03-27T00:00:00.000Z' }).missed).toEqual([]);
  });

  it('re-surfaces a snoozed escalation reminder from extra when the snooze ends', () => {
    const records = [{ id: 'a:1:escalation:27', state: 'snoozed' as const, snoozedUntil: '2026-03-29T23:55:00.000Z' }];
    const result = catchUp({ ...base, lastRunAt: '2026-03-29T00:00:00.000Z', records });
    expect(result.due.map((o) => o.id)).toEqual(['a:1:escalation:27']);
    expect(catchUp({ ...base, lastRunAt: '2026-03-29T00:00:00.000Z', records, extra: [] }).due).toEqual([]);
  });

  it('parses escalation ids, and loan ids holding colons', () => {
    expect(parseOccurrenceId('x:y:3:escalation:27')).toEqual({ loanId: 'x:y', period: 3, kind: 'escalation', offsetDays: 27 });
    expect(parseOccurrenceId('a:1:later:2')).toBeNull();
  });
});
