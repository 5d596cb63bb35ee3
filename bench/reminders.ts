// The reminder engine's share of the 30-second tick: a catch-up over the last 30 s and the 60-day
// timetable for 100 loans, and the one long catch-up after a 25-day absence. Ledgers are computed once
// beforehand (their cost is the recompute metric), so these figures are the engine alone.
import { catchUp } from '../src/core/reminders/catch-up';
import { planOccurrences } from '../src/core/reminders/plan';
import { DEFAULT_REMINDER_RULES } from '../src/core/reminders/rules';
import type { ReminderLoan } from '../src/core/reminders/types';
import { computeLedger } from '../src/core/loans/ledger';
import { AS_OF, type BenchLoan } from './loans';

const ZONE = 'Asia/Shanghai';
const NOW = `${AS_OF}T01:00:30.000Z`;
const DAY_MS = 86_400_000;

export function reminderLoans(loans: BenchLoan[]): ReminderLoan[] {
  return loans.map((loan, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    installments: computeLedger(loan.terms, loan.payments, AS_OF).installments.map((row) => ({
      period: row.period,
      dueDate: row.dueDate,
      status: row.status,
      outstanding: row.outstanding,
    })),
  }));
}

const shifted = (ms: number): string => new Date(Date.parse(NOW) + ms).toISOString();

export function tickCatchUp(loans: ReminderLoan[]): number {
  const result = catchUp({ loans, rules: DEFAULT_REMINDER_RULES, overrides: {}, timeZone: ZONE, lastRunAt: shifted(-30_000), now: NOW, records: [] });
  return result.due.length;
}

export function absenceCatchUp(loans: ReminderLoan[]): number {
  const result = catchUp({ loans, rules: DEFAULT_REMINDER_RULES, overrides: {}, timeZone: ZONE, lastRunAt: shifted(-25 * DAY_MS), now: NOW, records: [] });
  return result.missed.length;
}

export function timetable(loans: ReminderLoan[]): number {
  return planOccurrences({ loans, rules: DEFAULT_REMINDER_RULES, overrides: {}, timeZone: ZONE, from: NOW, to: shifted(60 * DAY_MS) }).length;
}
