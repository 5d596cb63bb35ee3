// Turns the rate as the contract states it (per year, month or day) into the rate each method applies,
// and holds the one accrual rule every method uses, so a conversion is written down in exactly one place.
import type Decimal from 'decimal.js';
import { daysBetween, type IsoDate } from '../dates';
import { roundMinor } from '../money';
import { ppmToFraction } from '../rates';
import type { Frequency, LoanTerms } from './types';

const PERIODS_PER_YEAR: Record<Frequency, number> = { monthly: 12, biweekly: 26, weekly: 52 };

/** Installments per year for a frequency: 12 monthly, 26 bi-weekly, 52 weekly. */
export function periodsPerYear(frequency: Frequency): number {
  return PERIODS_PER_YEAR[frequency];
}

/**
 * The rate for one period, as a fraction.
 * - annual rate: annual ÷ periods per year (4.9 % monthly = 0.049 ÷ 12);
 * - monthly rate (月利率): as stated for monthly loans; for others × 12 ÷ 26 or × 12 ÷ 52 (via the year);
 * - daily rate (日利率): daily × (dayCountBasis ÷ periods per year): × 30 a month on a 360-day basis,
 *   × 365 ÷ 12 on 365; × basis ÷ 26 or ÷ 52 (about 14 and 7 days) for bi-weekly and weekly periods.
 */
export function periodRate(terms: LoanTerms): Decimal {
  const stated = ppmToFraction(terms.rate.ppm);
  const perYear = periodsPerYear(terms.frequency);
  switch (terms.rate.unit) {
    case 'year':
      return stated.div(perYear);
    case 'month':
      return perYear === 12 ? stated : stated.times(12).div(perYear);
    case 'day':
      return stated.times(terms.rate.dayCountBasis).div(perYear);
  }
}

/**
 * The rate for one day, as a fraction: a daily rate as stated; an annual rate ÷ dayCountBasis; a monthly
 * rate × 12 ÷ dayCountBasis (= monthly ÷ 30 on a 360-day basis, the 日利率 = 月利率 ÷ 30 of Chinese banks).
 */
export function dailyRate(terms: LoanTerms): Decimal {
  const stated = ppmToFraction(terms.rate.ppm);
  switch (terms.rate.unit) {
    case 'day':
      return stated;
    case 'year':
      return stated.div(terms.rate.dayCountBasis);
    case 'month':
      return stated.times(12).div(terms.rate.dayCountBasis);
  }
}

/**
 * Interest on `balance` for the period from `from` (the previous due date, or the start) to `to`, rounded
 * half-up to the minor unit. Periodic accrual: balance × period rate, whatever the period's length (a long
 * or short first period costs one period). Daily accrual (按日计息): balance × daily rate × actual days.
 */
export function periodInterest(terms: LoanTerms, balance: number, from: IsoDate, to: IsoDate): number {
  return interestAccrual(terms)(balance, from, to);
}

/** periodInterest with the rate worked out once, for a schedule's many periods. */
export function interestAccrual(terms: LoanTerms): (balance: number, from: IsoDate, to: IsoDate) => number {
  if (terms.rate.accrual === 'daily') {
    const daily = dailyRate(terms);
    return (balance, from, to) =>
      balance <= 0 ? 0 : roundMinor(daily.times(balance).times(Math.max(0, daysBetween(from, to))));
  }
  const rate = periodRate(terms);
  return (balance) => (balance <= 0 ? 0 : roundMinor(rate.times(balance)));
}
