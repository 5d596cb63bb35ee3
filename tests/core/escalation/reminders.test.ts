// escalationReminders: points 3 and 1 days before each stage not yet reached, stages on one day sharing a
// point, none on or before the due date, none in the past, opaque keys.
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/core/escalation/defaults';
import { escalationReminders } from '../../../src/core/escalation/reminders';
import { FIRST_DUE, fullyPaidLedger, ledgerDaysPastDue, termsWith } from './escalation-fixtures';

const policy = defaultPolicy('CN', 'bank');

function input(days: number) {
  const terms = termsWith();
  return { terms, policy, ...ledgerDaysPastDue(terms, days) };
}

describe('escalationReminders', () => {
  it('26 days past due: 3 and 1 days before the credit report, then the later stages', () => {
    const points = escalationReminders(input(26));
    expect(points.map((p) => [p.date, p.leadDays, p.stages])).toEqual([
      ['2026-03-14', 3, ['credit-report']],
      ['2026-03-16', 1, ['credit-report']],
      ['2026-05-13', 3, ['collection-handover']],
      ['2026-05-15', 1, ['collection-handover']],
      ['2026-08-11', 3, ['legal-action']],
      ['2026-08-13', 1, ['legal-action']],
    ]);
    expect(points[0]).toMatchObject({ key: `esc:1:${FIRST_DUE}:2026-03-17:3`, stageDate: '2026-03-17', period: 1, dueDate: FIRST_DUE });
  });

  it('groups the stages of one day and skips points on or before the due date', () => {
    const points = escalationReminders(input(-5), [3, 1, 0]);
    const first = points[0];
    expect(first).toMatchObject({ date: '2026-02-16', leadDays: 0, stages: ['grace-ends', 'late-fee', 'penalty-interest-starts'] });
    expect(points.every((p) => p.date > FIRST_DUE)).toBe(true);
  });

  it('leaves out points already past and stages already reached', () => {
    const points = escalationReminders(input(29));
    expect(points[0]).toMatchObject({ date: '2026-03-16', stages: ['credit-report'] });
    expect(points.some((p) => p.stages.includes('grace-ends'))).toBe(false);
  });

  it('has nothing for a fully paid loan', () => {
    const terms = termsWith();
    expect(escalationReminders({ terms, policy, ledger: fullyPaidLedger(terms, '2027-06-01'), asOf: '2027-06-01' })).toEqual([]);
  });

  it('names no lender or amount in its keys', () => {
    for (const point of escalationReminders(input(10))) expect(point.key).toMatch(/^esc:\d+:\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2}:\d+$/);
  });
});
