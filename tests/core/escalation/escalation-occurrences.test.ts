// escalationOccurrences: escalation points become reminder occurrences keyed by days after the due date,
// at the user's hour in their zone, one per loan and day; none when silenced, switched off or paid.
import { describe, expect, it } from 'vitest';
import { defaultPolicy } from '../../../src/core/escalation/defaults';
import { escalationOccurrences, type EscalationOccurrenceInput } from '../../../src/core/escalation/escalation-occurrences';
import type { LedgerState } from '../../../src/core/loans/ledger-types';
import { DEFAULT_REMINDER_RULES } from '../../../src/core/reminders/rules';
import { fullyPaidLedger, ledgerDaysPastDue, termsWith } from './escalation-fixtures';

function input(ledgerDays: number, changes: Partial<EscalationOccurrenceInput> = {}): EscalationOccurrenceInput {
  const terms = termsWith();
  const { ledger } = ledgerDaysPastDue(terms, ledgerDays);
  return {
    loan: reminderLoan(ledger),
    terms,
    ledger,
    policy: defaultPolicy('CN', 'bank'),
    rules: DEFAULT_REMINDER_RULES,
    leadDays: [3, 1],
    timeZone: 'Asia/Shanghai',
    ...changes,
  };
}

function reminderLoan(ledger: LedgerState) {
  return { id: 'L', currency: 'CNY', installments: ledger.installments.map((i) => ({ period: i.period, dueDate: i.dueDate, status: i.status, outstanding: i.outstanding })) };
}

describe('escalationOccurrences', () => {
  it('turns each point after the due date into an occurrence at 09:00 local, past ones included', () => {
    // Due 15 Feb; credit report 30 days after (17 Mar), handover 90, legal action 180 days after.
    const list = escalationOccurrences(input(40));
    expect(list.map((e) => [e.occurrence.id, e.occurrence.fireAt, e.stages, e.stageDate, e.leadDays])).toEqual([
      ['L:1:escalation:27', '2026-03-14T01:00:00.000Z', ['credit-report'], '2026-03-17', 3],
      ['L:1:escalation:29', '2026-03-16T01:00:00.000Z', ['credit-report'], '2026-03-17', 1],
      ['L:1:escalation:87', '2026-05-13T01:00:00.000Z', ['collection-handover'], '2026-05-16', 3],
      ['L:1:escalation:89', '2026-05-15T01:00:00.000Z', ['collection-handover'], '2026-05-16', 1],
      ['L:1:escalation:177', '2026-08-11T01:00:00.000Z', ['legal-action'], '2026-08-14', 3],
      ['L:1:escalation:179', '2026-08-13T01:00:00.000Z', ['legal-action'], '2026-08-14', 1],
    ]);
    expect(list[0]?.occurrence).toMatchObject({ kind: 'escalation', offsetDays: 27, period: 1, dueDate: '2026-02-15', currency: 'CNY' });
    expect(list[0]?.installment.status).toBe('overdue');
  });

  it('makes one occurrence of the points of different stages falling on one day', () => {
    const list = escalationOccurrences(input(5, { overrides: { 'collection-handover': { daysAfterDue: 32 } } }));
    const shared = list.filter((e) => e.occurrence.id === 'L:1:escalation:29');
    expect(shared).toHaveLength(1);
    expect(shared[0]).toMatchObject({ stages: ['credit-report', 'collection-handover'], stageDate: '2026-03-17', leadDays: 1 });
    expect(new Set(list.map((e) => e.occurrence.id)).size).toBe(list.length);
  });

  it('follows the zone and quiet hours like the due-date reminders', () => {
    const late = escalationOccurrences(input(5, { rules: { ...DEFAULT_REMINDER_RULES, remindAt: { hour: 23, minute: 0 } }, timeZone: 'Europe/London' }));
    // 23:00 is quiet: it moves to 08:00 the next morning, London (GMT in March).
    expect(late[0]?.occurrence).toMatchObject({ id: 'L:1:escalation:27', fireAt: '2026-03-15T08:00:00.000Z' });
  });

  it('has none when the loan is silenced, the leads are empty, or nothing is owed', () => {
    expect(escalationOccurrences(input(5, { rules: { ...DEFAULT_REMINDER_RULES, enabled: false } }))).toEqual([]);
    expect(escalationOccurrences(input(5, { leadDays: [] }))).toEqual([]);
    const terms = termsWith();
    const paid = fullyPaidLedger(terms, '2027-06-01');
    expect(escalationOccurrences(input(5, { ledger: paid, loan: reminderLoan(paid) }))).toEqual([]);
  });
});
