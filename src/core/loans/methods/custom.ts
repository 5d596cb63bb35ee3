// A schedule the lender wrote (typed in or imported): its rows are taken as given, only put in date order.
import type { CustomRow, LoanTerms } from '../types';

/** The lender's rows sorted by due date (a stable sort: rows on the same date keep their order). */
export function customSchedule(terms: LoanTerms): CustomRow[] {
  return [...(terms.customSchedule ?? [])]
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
    .map((row) => ({ ...row }));
}
