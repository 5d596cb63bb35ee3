// What the lender charges besides interest: up-front fees (deducted 砍头息 or paid separately), fees with
// every installment, and one-off fees on their own date. Placing them here keeps every method's rows alike.
import Decimal from 'decimal.js';
import type { IsoDate } from '../dates';
import { roundMinor } from '../money';
import { ppmToFraction } from '../rates';
import type { CustomRow, FeeTerms, LoanTerms } from './types';

/** A fee in minor units: fixed as stated, or a share of the contract principal rounded half-up to the minor unit. */
export function feeAmount(fee: FeeTerms, principal: number): number {
  return fee.amount.type === 'fixed'
    ? fee.amount.minor
    : roundMinor(new Decimal(principal).times(ppmToFraction(fee.amount.ppm)));
}

/** Up-front fees: those taken out of the money paid to the borrower, and those paid separately at the start. */
export function upfrontCharges(terms: LoanTerms): { deducted: number; paidSeparately: number } {
  let deducted = 0;
  let paidSeparately = 0;
  for (const fee of terms.fees) {
    if (fee.kind === 'upfront-deducted') deducted += feeAmount(fee, terms.principal);
    if (fee.kind === 'upfront-paid') paidSeparately += feeAmount(fee, terms.principal);
  }
  return { deducted, paidSeparately };
}

/**
 * What actually reaches the borrower: the contract principal less the fees deducted up front. Not clamped:
 * a deduction larger than the principal yields a negative figure, which the editor reports as an error.
 */
export function amountReceived(terms: LoanTerms): number {
  return terms.principal - upfrontCharges(terms).deducted;
}

/** The periodic fees (service, guarantee, membership, insurance…) added to every installment. */
export function periodicFees(terms: LoanTerms): number {
  return terms.fees.filter((fee) => fee.kind === 'periodic').reduce((sum, fee) => sum + feeAmount(fee, terms.principal), 0);
}

/**
 * Adds the loan's periodic and one-off fees to a method's rows (whose `fees` already hold the method's own
 * fees, such as a card installment's fee or a custom row's). Periodic fees go on every row. A one-off fee
 * goes on the first row due on or after its date; one due after the last row gets a row of its own on its
 * date (principal and interest 0), fees due on the same such date sharing one row — even a date at or
 * before the start, when no row is left to carry it (a loan repaid before its first due date). A one-off
 * fee without a date counts as due at the start; a fee of 0 adds nothing. Only one-off fees due after `after` are placed (the rows before it are
 * already settled, as when a schedule is recalculated after a prepayment); null places them all.
 */
export function applyFees(terms: LoanTerms, rows: CustomRow[], after: IsoDate | null): CustomRow[] {
  const periodic = periodicFees(terms);
  const out = rows.map((row) => ({ ...row, fees: row.fees + periodic }));
  const ownRows = new Map<IsoDate, number>();
  for (const fee of terms.fees) {
    if (fee.kind !== 'one-off') continue;
    const date = fee.dueDate ?? terms.startDate;
    if (after !== null && date <= after) continue;
    const amount = feeAmount(fee, terms.principal);
    if (amount === 0) continue;
    const row = out.find((r) => r.dueDate >= date);
    if (row) row.fees += amount;
    else ownRows.set(date, (ownRows.get(date) ?? 0) + amount);
  }
  const extra = [...ownRows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([dueDate, fees]) => ({ dueDate, principal: 0, interest: 0, fees }));
  return [...out, ...extra];
}
