// The status of each installment on the as-of date, and how many days it is past due: the words and
// numbers a borrower compares with the lender's app.
//
// Rules, stated once (see INSTALLMENT_STATUSES):
// - paid: fully settled (settledOn set), early, on time or late.
// - overdue: not settled and asOf > dueDate + graceDays (overdue wins over partly paid).
// - The current installment is the first one neither paid nor overdue (due today, within its grace days,
//   or the next one coming): 'due' while nothing is paid on it, 'partly-paid' once something is — so
//   recording a partial payment visibly changes its status. There is at most one current installment.
// - Later installments: 'partly-paid' when money was paid ahead on them, else 'upcoming'.
// - daysPastDue: calendar days from the due date to asOf while unsettled (also counted within grace, as
//   the lender's clock runs from the due date); 0 once settled — the current view, not the history: how
//   late a settled installment was is settledOn − dueDate.
import { addDaysIso, daysBetween, type IsoDate } from '../dates';
import type { InstallmentStatus } from './ledger-types';

export interface StatusInput {
  dueDate: IsoDate;
  settledOn: IsoDate | null;
  /** Whether any money has gone to this installment. */
  paidAnything: boolean;
}

/** Unsettled once the grace days after the due date have passed. */
export function isOverdue(row: Pick<StatusInput, 'dueDate' | 'settledOn'>, asOf: IsoDate, graceDays: number): boolean {
  return row.settledOn === null && asOf > addDaysIso(row.dueDate, graceDays);
}

/** Days since the due date while unsettled; 0 once settled or before the due date. */
export function daysPastDue(row: Pick<StatusInput, 'dueDate' | 'settledOn'>, asOf: IsoDate): number {
  if (row.settledOn !== null) return 0;
  return Math.max(0, daysBetween(row.dueDate, asOf));
}

/** Each row's status on `asOf`; rows must be in schedule order. */
export function assignStatuses(rows: readonly StatusInput[], asOf: IsoDate, graceDays: number): InstallmentStatus[] {
  let currentTaken = false;
  return rows.map((row) => {
    if (row.settledOn !== null) return 'paid';
    if (isOverdue(row, asOf, graceDays)) return 'overdue';
    const isCurrent = !currentTaken;
    currentTaken = true;
    if (row.paidAnything) return 'partly-paid';
    return isCurrent ? 'due' : 'upcoming';
  });
}
