// Loan terms for the schedule tests: the textbook mortgage (1,000,000.00 over 360 months at 4.9 %/year)
// unless a test says otherwise, and fast-check arbitraries for terms of every method. Fixed dates only.
import fc from 'fast-check';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY, type FeeTerms, type LoanTerms, type RateTerms } from '../../../src/core/loans/types';

export function loanTerms(overrides: Partial<LoanTerms> = {}): LoanTerms {
  return {
    method: 'annuity',
    principal: 100_000_000,
    startDate: '2026-01-15',
    termPeriods: 360,
    frequency: 'monthly',
    rate: { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
    fees: [],
    penalty: NO_PENALTY,
    allocationOrder: DEFAULT_ALLOCATION_ORDER,
    ...overrides,
  };
}

export function rate(overrides: Partial<RateTerms>): RateTerms {
  return { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365, ...overrides };
}

const isoDate = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const rateArb: fc.Arbitrary<RateTerms> = fc.oneof(
  fc.record({
    ppm: fc.integer({ min: 0, max: 1_000_000 }),
    unit: fc.constant('year' as const),
    accrual: fc.constantFrom('periodic' as const, 'daily' as const),
    dayCountBasis: fc.constantFrom(360 as const, 365 as const),
  }),
  fc.record({
    ppm: fc.integer({ min: 0, max: 30_000 }),
    unit: fc.constant('month' as const),
    accrual: fc.constantFrom('periodic' as const, 'daily' as const),
    dayCountBasis: fc.constantFrom(360 as const, 365 as const),
  }),
  fc.record({
    ppm: fc.integer({ min: 0, max: 1_000 }),
    unit: fc.constant('day' as const),
    accrual: fc.constantFrom('periodic' as const, 'daily' as const),
    dayCountBasis: fc.constantFrom(360 as const, 365 as const),
  }),
);

const feeArb: fc.Arbitrary<FeeTerms> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('upfront-deducted' as const, 'upfront-paid' as const, 'periodic' as const),
    label: fc.constant('service' as const),
    amount: fc.oneof(
      fc.record({ type: fc.constant('fixed' as const), minor: fc.integer({ min: 0, max: 100_000 }) }),
      fc.record({ type: fc.constant('percent-of-principal' as const), ppm: fc.integer({ min: 0, max: 50_000 }) }),
    ),
  }),
  fc.record({
    kind: fc.constant('one-off' as const),
    label: fc.constant('other' as const),
    amount: fc.record({ type: fc.constant('fixed' as const), minor: fc.integer({ min: 0, max: 100_000 }) }),
    dueDate: isoDate,
  }),
);

/** Terms of any method except custom and revolving (which have their own arbitraries). */
export const gridTermsArb: fc.Arbitrary<LoanTerms> = fc
  .record({
    method: fc.constantFrom('annuity' as const, 'equal-principal' as const, 'interest-only' as const, 'bullet' as const, 'card-installment' as const),
    principal: fc.integer({ min: 1, max: 10_000_000_000 }),
    startDate: isoDate,
    termPeriods: fc.integer({ min: 1, max: 120 }),
    frequency: fc.constantFrom('monthly' as const, 'biweekly' as const, 'weekly' as const),
    dueDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
    rate: rateArb,
    installmentFeePpm: fc.integer({ min: 0, max: 20_000 }),
    fees: fc.array(feeArb, { maxLength: 3 }),
  })
  .map((t) => loanTerms(t));

/** Credit-card balances with minimum-payment rules that usually pay off, sometimes not. */
export const revolvingTermsArb: fc.Arbitrary<LoanTerms> = fc
  .record({
    principal: fc.integer({ min: 1, max: 100_000_000 }),
    startDate: isoDate,
    statementDay: fc.integer({ min: 1, max: 31 }),
    dueDay: fc.integer({ min: 1, max: 31 }),
    minPaymentPpm: fc.integer({ min: 0, max: 200_000 }),
    minPaymentFloor: fc.integer({ min: 0, max: 20_000 }),
    ratePpm: fc.integer({ min: 0, max: 1_000 }),
  })
  .map(({ principal, startDate, ratePpm, ...revolving }) =>
    loanTerms({ method: 'revolving', principal, startDate, termPeriods: 1, rate: rate({ ppm: ratePpm, unit: 'day' }), revolving }),
  );

/** Custom schedules with distinct due dates after the start, their principal adding up to the loan's. */
export const customTermsArb: fc.Arbitrary<LoanTerms> = fc
  .uniqueArray(
    fc.record({
      offset: fc.integer({ min: 1, max: 20_000 }),
      principal: fc.integer({ min: 0, max: 1_000_000_000 }),
      interest: fc.integer({ min: 0, max: 10_000_000 }),
      fees: fc.integer({ min: 0, max: 100_000 }),
    }),
    { minLength: 1, maxLength: 60, selector: (row) => row.offset },
  )
  .map((rows) => {
    const start = Date.UTC(2026, 0, 15);
    const customSchedule = rows.map(({ offset, ...row }) => ({
      ...row,
      dueDate: new Date(start + offset * 86_400_000).toISOString().slice(0, 10),
    }));
    const [first] = customSchedule;
    if (first) first.principal += 1;
    const principal = customSchedule.reduce((sum, row) => sum + row.principal, 0);
    return loanTerms({ method: 'custom', principal, startDate: '2026-01-15', termPeriods: rows.length, customSchedule });
  });
