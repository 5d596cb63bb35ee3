// 等额本息 (equal installments): the classic annuity schedule. Rounding rule, stated once: the payment
// and each period's interest are rounded half-up to the minor unit; principal = payment − interest;
// the last period pays whatever principal remains, absorbing the accumulated rounding residual.
import Decimal from 'decimal.js';
import { addMonthsClamped } from '../dates';
import { roundMinor } from '../money';
import { ppmToFraction } from '../rates';
import type { Installment, LoanTerms } from './types';

/** The rounded monthly payment of an annuity (what the lender's paper calls 月供). */
export function annuityPayment(principal: number, annualRatePpm: number, termMonths: number): number {
  const r = ppmToFraction(annualRatePpm).div(12);
  if (r.isZero()) return roundMinor(new Decimal(principal).div(termMonths));
  const growth = r.plus(1).pow(termMonths);
  return roundMinor(new Decimal(principal).times(r).times(growth).div(growth.minus(1)));
}

/** The full schedule: one installment per month, due on the start date's day (clamped at month end). */
export function annuitySchedule(terms: LoanTerms): Installment[] {
  const r = ppmToFraction(terms.annualRatePpm).div(12);
  const payment = annuityPayment(terms.principal, terms.annualRatePpm, terms.termMonths);
  const rows: Installment[] = [];
  let balance = terms.principal;
  for (let period = 1; period <= terms.termMonths; period += 1) {
    const interest = roundMinor(new Decimal(balance).times(r));
    const isLast = period === terms.termMonths;
    const principalPart = isLast ? balance : Math.min(balance, Math.max(0, payment - interest));
    balance -= principalPart;
    rows.push({
      period,
      dueDate: addMonthsClamped(terms.startDate, period),
      principal: principalPart,
      interest,
      total: principalPart + interest,
      remaining: balance,
    });
  }
  return rows;
}
