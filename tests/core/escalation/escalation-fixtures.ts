// A 12-month annuity due on the 15th from 2026-02-15, with penalty terms to vary, and its ledger on a
// fixed day: enough to put the oldest installment any number of days past due. Fixed dates only.
import { addDaysIso } from '../../../src/core/dates';
import { computeLedger } from '../../../src/core/loans/ledger';
import type { LedgerState, Payment } from '../../../src/core/loans/ledger-types';
import type { LoanTerms, PenaltyTerms } from '../../../src/core/loans/types';
import { annuityTerms, multiplierPenalty } from '../loans/ledger-fixtures';

export const FIRST_DUE = '2026-02-15';

/** 1.5× penalty rate and a fixed late fee, with the grace days given. */
export function termsWith(penalty: Partial<PenaltyTerms> = {}): LoanTerms {
  return annuityTerms({ penalty: multiplierPenalty({ lateFee: { type: 'fixed', minor: 5_000 }, ...penalty }) });
}

/** The ledger with nothing paid, `days` after the first due date. */
export function ledgerDaysPastDue(terms: LoanTerms, days: number): { ledger: LedgerState; asOf: string } {
  const asOf = addDaysIso(FIRST_DUE, days);
  return { ledger: computeLedger(terms, [], asOf), asOf };
}

/** Every installment paid in full on its due date. */
export function fullyPaidLedger(terms: LoanTerms, asOf: string): LedgerState {
  const schedule = computeLedger(terms, [], asOf).installments;
  const payments: Payment[] = schedule.map((row) => ({
    id: `p${row.period}`,
    date: row.dueDate,
    amount: row.total,
    kind: 'regular',
    note: '',
  }));
  return computeLedger(terms, payments, asOf);
}
