// 一次性还本付息 (bullet): one installment at the end of the term, principal plus the whole term's
// simple interest, rounded half-up once.
import Decimal from 'decimal.js';
import type { IsoDate } from '../../dates';
import { roundMinor } from '../../money';
import { dueDates } from '../due-dates';
import { periodInterest, periodRate } from '../period-rate';
import type { CustomRow, LoanTerms } from '../types';

/** The bullet's due date: termPeriods periods after the start (the last of the regular due dates). */
export function bulletDueDate(terms: LoanTerms): IsoDate {
  const dates = dueDates(terms);
  return dates[dates.length - 1] ?? terms.startDate;
}

/**
 * The one row repaying `balance` on `dueDate`. Interest is simple, on the whole balance from the start:
 * periodic accrual, balance × period rate × termPeriods; daily accrual, balance × daily rate × the days
 * from the start to the due date.
 */
export function bulletRow(terms: LoanTerms, balance: number, dueDate: IsoDate): CustomRow {
  const interest =
    terms.rate.accrual === 'daily'
      ? periodInterest(terms, balance, terms.startDate, dueDate)
      : roundMinor(new Decimal(balance).times(periodRate(terms)).times(terms.termPeriods));
  return { dueDate, principal: balance, interest, fees: 0 };
}

export function bulletSchedule(terms: LoanTerms): CustomRow[] {
  return [bulletRow(terms, terms.principal, bulletDueDate(terms))];
}
