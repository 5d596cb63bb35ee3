// 先息后本 (interest-only): interest every period, the whole principal with the last one.
import { dueDates } from '../due-dates';
import { interestAccrual } from '../period-rate';
import type { CustomRow, LoanTerms } from '../types';
import type { Segment } from './segment';

/** Interest on the full balance each period (rounded half-up); the balance itself on the last date. */
export function interestOnlyRows(terms: LoanTerms, segment: Segment): CustomRow[] {
  const accrue = interestAccrual(terms);
  const last = segment.dates.length - 1;
  let from = segment.from;
  return segment.dates.map((dueDate, i) => {
    const interest = accrue(segment.balance, from, dueDate);
    from = dueDate;
    return { dueDate, principal: i === last ? segment.balance : 0, interest, fees: 0 };
  });
}

export function interestOnlySchedule(terms: LoanTerms): CustomRow[] {
  return interestOnlyRows(terms, { balance: terms.principal, dates: dueDates(terms), from: terms.startDate });
}
