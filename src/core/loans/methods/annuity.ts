// 等额本息 (annuity): the same payment every period. Rounding, stated once: the payment and each period's
// interest are rounded half-up to the minor unit; principal = payment − interest; the last period pays
// whatever principal remains, absorbing the accumulated rounding residual.
import Decimal from 'decimal.js';
import { roundMinor } from '../../money';
import { ppmToFraction } from '../../rates';
import { dueDates } from '../due-dates';
import { interestAccrual, periodRate } from '../period-rate';
import type { CustomRow, LoanTerms } from '../types';
import type { Segment } from './segment';

/** The level payment repaying `balance` over `n` periods at `rate` per period, rounded half-up (月供). */
export function levelPayment(balance: number, rate: Decimal, n: number): number {
  if (n <= 0) return balance;
  if (rate.isZero()) return roundMinor(new Decimal(balance).div(n));
  const growth = rate.plus(1).pow(n);
  return roundMinor(new Decimal(balance).times(rate).times(growth).div(growth.minus(1)));
}

/** The monthly payment of an annuity on an annual rate (kept for callers predating buildSchedule). */
export function annuityPayment(principal: number, annualRatePpm: number, termMonths: number): number {
  return levelPayment(principal, ppmToFraction(annualRatePpm).div(12), termMonths);
}

/**
 * Rows paying `payment` each period over the segment's dates. With daily accrual the payment still comes
 * from the periodic rate while each period's interest counts its actual days, so the last row settles the
 * balance. `stopWhenPaid` ends the rows once the balance reaches zero (a shortened term); otherwise every
 * date gets a row, as the contract lists them.
 */
export function annuityRows(terms: LoanTerms, segment: Segment, payment: number, stopWhenPaid: boolean): CustomRow[] {
  const accrue = interestAccrual(terms);
  const rows: CustomRow[] = [];
  let balance = segment.balance;
  let from = segment.from;
  for (const [i, dueDate] of segment.dates.entries()) {
    if (stopWhenPaid && balance === 0) break;
    const interest = accrue(balance, from, dueDate);
    const isLast = i === segment.dates.length - 1;
    const principal = isLast ? balance : Math.min(balance, Math.max(0, payment - interest));
    rows.push({ dueDate, principal, interest, fees: 0 });
    balance -= principal;
    from = dueDate;
  }
  return rows;
}

export function annuitySchedule(terms: LoanTerms): CustomRow[] {
  const dates = dueDates(terms);
  const payment = levelPayment(terms.principal, periodRate(terms), dates.length);
  return annuityRows(terms, { balance: terms.principal, dates, from: terms.startDate }, payment, false);
}
