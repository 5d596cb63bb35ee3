// The loan's real cash flows from the borrower's side: what reached them at the start, and every
// scheduled payment. The true cost (IRR) is solved on these, so fees count exactly where they are paid.
import { upfrontCharges } from '../loans/fees';
import type { Installment, LoanTerms } from '../loans/types';
import type { CashFlow } from './types';

/**
 * At the start: + principal − fees deducted (砍头息) − fees paid separately; then − each installment's
 * total (principal + interest + fees) on its due date, in schedule order. Installments of 0 are left out.
 * One-off fees are where the schedule put them (with the installment they are collected with, or on a
 * row of their own), so the flows follow the lender's paper.
 */
export function loanCashFlows(terms: LoanTerms, schedule: readonly Installment[]): CashFlow[] {
  const { deducted, paidSeparately } = upfrontCharges(terms);
  const flows: CashFlow[] = [{ date: terms.startDate, amount: terms.principal - deducted - paidSeparately }];
  for (const row of schedule) {
    if (row.total !== 0) flows.push({ date: row.dueDate, amount: -row.total });
  }
  return flows;
}
