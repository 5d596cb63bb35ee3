// 罚息 and 滞纳金 as the contract states them: penalty interest per day on the overdue base, and a late
// fee charged once, both owed only when an installment is still unsettled after its grace period.
//
// Rules, stated once:
// - Grace: an installment settled on or before dueDate + graceDays pays no penalty at all. One day later
//   and penalty runs from the day after the due date, grace days included, and the late fee is charged.
// - Penalty interest is simple (never on penalty), daily, on the base: 'overdue-principal' = the
//   installment's unpaid principal; 'overdue-amount' = its unpaid principal + interest + fees.
// - Daily penalty rate: 'multiplier' = the contract's daily rate (dailyRate(terms)) × multiplier;
//   'daily' = the stated rate; 'none' = 0.
// - A segment is the span between two events (the due date, a payment, the as-of date); over a segment
//   the base is constant. Each segment's penalty = base × daily rate × days, rounded half-up to the minor
//   unit on its own; days = calendar days from the segment's start to its end (the end day counts, the
//   start day does not — so a payment 10 days after the due date pays 10 days).
// - Late fee: fixed, or a share of the installment's scheduled total, rounded half-up once.
import Decimal from 'decimal.js';
import { daysBetween, type IsoDate } from '../dates';
import { roundMinor } from '../money';
import { ppmToFraction } from '../rates';
import type { OwedParts } from './allocation';
import { dailyRate } from './period-rate';
import type { LateFee, LoanTerms, PenaltyTerms } from './types';

/** The daily penalty rate as a fraction (0.12 / 365 × 1.5 for 1.5× a 12 %/year contract on a 365-day basis). */
export function penaltyDailyRate(terms: LoanTerms): Decimal {
  const rate = terms.penalty.rate;
  switch (rate.type) {
    case 'none':
      return new Decimal(0);
    case 'multiplier':
      return dailyRate(terms).times(ppmToFraction(rate.ppm));
    case 'daily':
      return ppmToFraction(rate.ppm);
  }
}

/** What penalty interest is charged on, from what the installment still owes. */
export function penaltyBase(base: PenaltyTerms['base'], owed: Pick<OwedParts, 'principal' | 'interest' | 'fees'>): number {
  const principal = Math.max(0, owed.principal);
  if (base === 'overdue-principal') return principal;
  return principal + Math.max(0, owed.interest) + Math.max(0, owed.fees);
}

/**
 * Penalty interest for one segment: `base` × `rate` × the calendar days from `from` (exclusive) to `to`
 * (inclusive), rounded half-up to the minor unit. Zero for an empty or backward segment.
 */
export function accruePenalty(base: number, rate: Decimal, from: IsoDate, to: IsoDate): number {
  const days = daysBetween(from, to);
  if (days <= 0 || base <= 0 || rate.lte(0)) return 0;
  return roundMinor(new Decimal(base).times(rate).times(days));
}

/** The late fee charged once on an installment whose grace ran out; `installmentTotal` is its scheduled total. */
export function lateFeeAmount(lateFee: LateFee, installmentTotal: number): number {
  switch (lateFee.type) {
    case 'none':
      return 0;
    case 'fixed':
      return lateFee.minor;
    case 'percent-of-installment':
      return roundMinor(new Decimal(installmentTotal).times(ppmToFraction(lateFee.ppm)));
  }
}
