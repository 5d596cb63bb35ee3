// Credit card (revolving): a projection of what paying only the minimum each month costs, from one
// statement balance. It shows the borrower how long the minimum takes and how much interest it adds.
import Decimal from 'decimal.js';
import { daysBetween } from '../../dates';
import { roundMinor } from '../../money';
import { ppmToFraction } from '../../rates';
import { dueDates } from '../due-dates';
import { dailyRate } from '../period-rate';
import type { CustomRow, LoanTerms } from '../types';

/** The projection stops after this many months even if the balance is not paid off (50 years). */
export const MAX_REVOLVING_PERIODS = 600;

export interface RevolvingProjection {
  rows: CustomRow[];
  /** False when the minimum payment no longer pays anything off (it only covers interest) or 600 months pass. */
  paidOff: boolean;
}

/**
 * The statement balance (`principal`, dated `startDate`) repaid by the minimum each due date (see dueDates:
 * monthly on the card's due day). Interest accrues on the balance left unpaid after each due date, at the
 * daily rate (usually stated per day, 万五 = 0.05 %) for the actual days to the next due date, rounded half-up;
 * the first due date carries none (the statement balance itself is in its interest-free period). Each due
 * date's minimum is max(statement × minPaymentPpm, minPaymentFloor) rounded half-up, capped at the
 * statement, where the statement is the balance plus that interest; interest is paid first. When the
 * minimum does not exceed the interest the balance would never fall: the projection stops there and
 * returns the rows so far. Accrual and termPeriods are ignored; the rate is always applied per day.
 */
export function revolvingProjection(terms: LoanTerms): RevolvingProjection {
  const rules = terms.revolving ?? { statementDay: 1, dueDay: 1, minPaymentPpm: 1_000_000, minPaymentFloor: 0 };
  const daily = dailyRate(terms);
  const share = ppmToFraction(rules.minPaymentPpm);
  const rows: CustomRow[] = [];
  let balance = terms.principal;
  let previous: string | null = null;
  if (balance <= 0) return { rows, paidOff: true };
  for (const dueDate of dueDates(terms, MAX_REVOLVING_PERIODS)) {
    const interest = previous === null ? 0 : roundMinor(new Decimal(balance).times(daily).times(daysBetween(previous, dueDate)));
    const statement = balance + interest;
    const minimum = Math.min(statement, Math.max(roundMinor(new Decimal(statement).times(share)), rules.minPaymentFloor));
    if (minimum <= interest) return { rows, paidOff: false };
    const principal = minimum - interest;
    rows.push({ dueDate, principal, interest, fees: 0 });
    balance -= principal;
    previous = dueDate;
    if (balance === 0) return { rows, paidOff: true };
  }
  return { rows, paidOff: false };
}

export function revolvingSchedule(terms: LoanTerms): CustomRow[] {
  return revolvingProjection(terms).rows;
}
