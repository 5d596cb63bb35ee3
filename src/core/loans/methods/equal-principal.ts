// 等额本金 (equal principal): the same principal every period plus interest on the falling balance.
// Rounding: the principal part is principal ÷ n rounded half-up, the last period takes what remains;
// interest per period is rounded half-up (see periodInterest).
import Decimal from 'decimal.js';
import { roundMinor } from '../../money';
import { dueDates } from '../due-dates';
import { interestAccrual } from '../period-rate';
import type { CustomRow, LoanTerms } from '../types';
import type { Segment } from './segment';

/** The principal part of each period: balance ÷ n, rounded half-up. */
export function equalPart(balance: number, n: number): number {
  return n <= 0 ? balance : roundMinor(new Decimal(balance).div(n));
}

/**
 * Rows repaying `part` of principal each period (never more than is left; the last date takes the rest)
 * with interest on the balance before it. `stopWhenPaid` ends the rows once the balance is zero.
 */
export function equalPrincipalRows(terms: LoanTerms, segment: Segment, part: number, stopWhenPaid: boolean): CustomRow[] {
  const accrue = interestAccrual(terms);
  const rows: CustomRow[] = [];
  let balance = segment.balance;
  let from = segment.from;
  for (const [i, dueDate] of segment.dates.entries()) {
    if (stopWhenPaid && balance === 0) break;
    const interest = accrue(balance, from, dueDate);
    const principal = i === segment.dates.length - 1 ? balance : Math.min(balance, part);
    rows.push({ dueDate, principal, interest, fees: 0 });
    balance -= principal;
    from = dueDate;
  }
  return rows;
}

export function equalPrincipalSchedule(terms: LoanTerms): CustomRow[] {
  const dates = dueDates(terms);
  const segment = { balance: terms.principal, dates, from: terms.startDate };
  return equalPrincipalRows(terms, segment, equalPart(terms.principal, dates.length), false);
}
