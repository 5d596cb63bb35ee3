// Properties of computeLedger over random schedules, penalties, allocation orders and payments: money is
// conserved, nothing is overpaid, balances never go negative, and paying on time costs no penalty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, addMonthsClamped } from '../../../src/core/dates';
import { sumParts } from '../../../src/core/loans/allocation';
import { computeLedger } from '../../../src/core/loans/ledger';
import type { LedgerState, Payment } from '../../../src/core/loans/ledger-types';
import { ALLOCATION_COMPONENTS, type AllocationComponent, type LoanTerms, type PenaltyTerms } from '../../../src/core/loans/types';
import { annuityTerms, customTerms } from './ledger-fixtures';

const START = '2026-01-15';
const AS_OF = '2027-06-30';

const orderArb = fc.shuffledSubarray<AllocationComponent>([...ALLOCATION_COMPONENTS], { minLength: 4, maxLength: 4 });

const penaltyArb: fc.Arbitrary<PenaltyTerms> = fc.record({
  rate: fc.oneof(
    fc.constant({ type: 'none' as const }),
    fc.integer({ min: 0, max: 4_000_000 }).map((ppm) => ({ type: 'multiplier' as const, ppm })),
    fc.integer({ min: 0, max: 2_000 }).map((ppm) => ({ type: 'daily' as const, ppm })),
  ),
  base: fc.constantFrom('overdue-principal' as const, 'overdue-amount' as const),
  lateFee: fc.oneof(
    fc.constant({ type: 'none' as const }),
    fc.integer({ min: 0, max: 10_000 }).map((minor) => ({ type: 'fixed' as const, minor })),
    fc.integer({ min: 0, max: 200_000 }).map((ppm) => ({ type: 'percent-of-installment' as const, ppm })),
  ),
  graceDays: fc.integer({ min: 0, max: 10 }),
});

const rowsArb = fc
  .array(
    fc.record({
      principal: fc.integer({ min: 0, max: 500_000 }),
      interest: fc.integer({ min: 0, max: 50_000 }),
      fees: fc.integer({ min: 0, max: 5_000 }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .filter((rows) => rows.some((row) => row.principal > 0))
  .map((rows) => rows.map((row, i) => ({ ...row, dueDate: addMonthsClamped(START, i + 1) })));

function paymentsArb(kinds: fc.Arbitrary<'regular' | 'prepayment'>): fc.Arbitrary<Payment[]> {
  return fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 560 }),
      amount: fc.integer({ min: 1, max: 400_000 }),
      kind: kinds,
      mode: fc.constantFrom('shorten-term' as const, 'lower-installment' as const),
      fee: fc.integer({ min: 0, max: 20_000 }),
    }),
    { maxLength: 10 },
  ).map((items) =>
    items.map((item, i) => ({
      id: `p${i}`,
      date: addDaysIso(START, item.day),
      amount: item.amount,
      kind: item.kind,
      ...(item.kind === 'prepayment' ? { prepayment: { mode: item.mode, fee: item.fee } } : {}),
      note: '',
    })),
  );
}

function checkInvariants(state: LedgerState, payments: Payment[], asOf: string): void {
  const counted = payments.filter((p) => p.date <= asOf).reduce((sum, p) => sum + p.amount, 0);
  const onInstallments = state.installments.reduce((sum, row) => sum + sumParts(row.paid), 0);
  const onPrepayments = state.prepayments.reduce((sum, p) => sum + p.fee + p.principal, 0);
  expect(state.totals.paid).toBe(counted);
  expect(onInstallments + onPrepayments + state.totals.unapplied).toBe(counted);
  for (const row of state.installments) {
    expect(row.paid.principal).toBeLessThanOrEqual(row.principal);
    expect(row.paid.interest).toBeLessThanOrEqual(row.interest);
    expect(row.paid.fees).toBeLessThanOrEqual(row.fees);
    expect(row.paid.penalty).toBeLessThanOrEqual(row.penaltyCharged);
    expect(Math.min(row.paid.principal, row.paid.interest, row.paid.fees, row.paid.penalty)).toBeGreaterThanOrEqual(0);
    expect(row.outstanding).toBeGreaterThanOrEqual(0);
    expect(row.status === 'paid').toBe(row.outstanding === 0 && row.settledOn !== null);
  }
  expect(state.totals.outstandingPrincipal).toBeGreaterThanOrEqual(0);
  expect(state.totals.unapplied).toBeGreaterThanOrEqual(0);
}

describe('computeLedger properties', () => {
  it('conserves money, never overpays an installment, never goes negative (regular payments)', () => {
    fc.assert(
      fc.property(rowsArb, penaltyArb, orderArb, paymentsArb(fc.constant('regular')), fc.integer({ min: 0, max: 560 }), (rows, penalty, order, payments, asOfDay) => {
        const asOf = addDaysIso(START, asOfDay);
        const terms = customTerms(rows, { penalty, allocationOrder: order });
        checkInvariants(computeLedger(terms, payments, asOf), payments, asOf);
      }),
    );
  });

  it('keeps the same invariants with prepayments on an annuity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 2_000_000 }),
        fc.integer({ min: 2, max: 24 }),
        fc.integer({ min: 0, max: 240_000 }),
        penaltyArb,
        orderArb,
        paymentsArb(fc.constantFrom('regular' as const, 'prepayment' as const)),
        (principal, termPeriods, ratePpm, penalty, order, payments) => {
          const terms: LoanTerms = annuityTerms({
            principal,
            termPeriods,
            rate: { ppm: ratePpm, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
            penalty,
            allocationOrder: order,
          });
          const state = computeLedger(terms, payments, AS_OF);
          checkInvariants(state, payments, AS_OF);
          const prepaid = state.prepayments.reduce((sum, p) => sum + p.principal, 0);
          const scheduled = state.installments.reduce((sum, row) => sum + row.principal, 0);
          expect(scheduled + prepaid).toBe(principal);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves everything paid with zero penalty when each installment is paid exactly on its due date', () => {
    fc.assert(
      fc.property(rowsArb, penaltyArb, orderArb, (rows, penalty, order) => {
        const terms = customTerms(rows, { penalty, allocationOrder: order });
        const payments: Payment[] = rows.map((row, i) => ({
          id: `p${i}`,
          date: row.dueDate,
          amount: row.principal + row.interest + row.fees,
          kind: 'regular',
          note: '',
        }));
        const state = computeLedger(terms, payments.filter((p) => p.amount > 0), AS_OF);
        expect(state.installments.every((row) => row.status === 'paid')).toBe(true);
        expect(state.installments.every((row) => row.penaltyCharged === 0 && row.settledOn === row.dueDate)).toBe(true);
        expect(state.totals).toMatchObject({ unapplied: 0, penaltyOutstanding: 0, outstandingPrincipal: 0, overdueCount: 0 });
      }),
    );
  });
});
