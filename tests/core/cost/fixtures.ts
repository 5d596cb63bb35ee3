// Loan terms and true-cost figures for the cost tests, so each test states only what it is about.
import type { TrueCost } from '../../../src/core/cost/types';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY, type LoanTerms } from '../../../src/core/loans/types';

/** 1,000,000.00 over 360 months at 4.9 % a year, annuity, due on the start day: the textbook mortgage. */
export function terms(overrides: Partial<LoanTerms> = {}): LoanTerms {
  return {
    method: 'annuity',
    principal: 100_000_000,
    startDate: '2026-01-15',
    termPeriods: 360,
    frequency: 'monthly',
    rate: { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 360 },
    fees: [],
    penalty: NO_PENALTY,
    allocationOrder: DEFAULT_ALLOCATION_ORDER,
    ...overrides,
  };
}

/** A true cost with the given figures; the rest consistent with a 10,000.00 loan. */
export function cost(overrides: Partial<TrueCost> = {}): TrueCost {
  return {
    received: 1_000_000,
    totalRepaid: 1_100_000,
    totalCost: 100_000,
    periodsPerYear: 12,
    periodicRate: 0.01,
    apr: 0.12,
    ear: 0.1268,
    advertisedAnnual: 0.12,
    ...overrides,
  };
}
