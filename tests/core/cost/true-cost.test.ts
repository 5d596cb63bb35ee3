import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loanCashFlows } from '../../../src/core/cost/cash-flows';
import { xirr } from '../../../src/core/cost/irr';
import { advertisedAnnual, periodicFlows, trueCost } from '../../../src/core/cost/true-cost';
import { buildSchedule } from '../../../src/core/loans/schedule';
import type { Installment } from '../../../src/core/loans/types';
import { terms } from './fixtures';

function row(period: number, dueDate: string, principal: number, interest: number, fees = 0): Installment {
  return { period, dueDate, principal, interest, fees, total: principal + interest + fees, remaining: 0 };
}

/**
 * How far a fee-free schedule's IRR may sit from its contract rate r. Each period's interest is rounded
 * half-up, an error ε_k with |ε_k| ≤ 0.5 minor unit; the balance identity B_k = B_(k−1)(1+r) + ε_k − A_k
 * telescopes to Σ A_k v^k = P + Σ ε_k v^k (v = 1/(1+r)): payment rounding and the last period's residual
 * cancel out, only the interest rounding is left. The present value moves by at most 0.5 Σ v^k, and
 * d(PV)/dr = −Σ k A_k v^(k+1), so |IRR − r| ≤ 0.5 Σ v^k / Σ k A_k v^(k+1) per period, to first order
 * (×1.01 for the second-order term, + 1e-11 for the solver's tolerance), times 12 for the APR.
 */
function roundingTolerance(schedule: Installment[], periodRate: number): number {
  const v = 1 / (1 + periodRate);
  let pvError = 0;
  let slope = 0;
  schedule.forEach((r, i) => {
    const k = i + 1;
    pvError += 0.5 * v ** k;
    slope += k * r.total * v ** (k + 1);
  });
  return 12 * ((pvError / slope) * 1.01 + 1e-11);
}

describe('loanCashFlows', () => {
  it('nets both kinds of up-front fee at the start and pays each installment on its date', () => {
    const loan = terms({
      principal: 1_000_000,
      termPeriods: 2,
      fees: [
        { kind: 'upfront-deducted', label: 'service', amount: { type: 'fixed', minor: 50_000 } },
        { kind: 'upfront-paid', label: 'insurance', amount: { type: 'percent-of-principal', ppm: 10_000 } },
      ],
    });
    const schedule = [row(1, '2026-02-15', 500_000, 4_083), row(2, '2026-03-15', 500_000, 2_042), row(3, '2026-04-15', 0, 0)];
    expect(loanCashFlows(loan, schedule)).toEqual([
      { date: '2026-01-15', amount: 1_000_000 - 50_000 - 10_000 },
      { date: '2026-02-15', amount: -504_083 },
      { date: '2026-03-15', amount: -502_042 },
    ]);
  });
});

describe('trueCost', () => {
  it('finds the contract rate of a fee-free annuity: 1,000,000 over 360 months at 4.9 %', () => {
    const loan = terms();
    const cost = trueCost(loan, buildSchedule(loan));
    expect(cost.periodsPerYear).toBe(12);
    expect(Math.abs((cost.apr ?? 0) - 0.049)).toBeLessThan(1e-6);
    expect(cost.ear).toBeCloseTo((1 + (cost.periodicRate ?? 0)) ** 12 - 1, 14);
    expect(cost.ear).toBeCloseTo(0.0501156, 6);
    expect(cost.received).toBe(100_000_000);
    expect(cost.totalRepaid).toBe(191_061_512);
    expect(cost.totalCost).toBe(91_061_512);
    expect(cost.advertisedAnnual).toBe(0.049);
  });

  it('property: a fee-free annuity or equal-principal loan costs its contract rate, within the rounding bound', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100_000, max: 10_000_000_000 }),
        fc.integer({ min: 1_000, max: 360_000 }),
        fc.integer({ min: 1, max: 480 }),
        fc.constantFrom('annuity' as const, 'equal-principal' as const),
        (principal, ppm, termPeriods, method) => {
          const loan = terms({ principal, termPeriods, method, rate: { ppm, unit: 'year', accrual: 'periodic', dayCountBasis: 360 } });
          const schedule = buildSchedule(loan);
          const cost = trueCost(loan, schedule);
          const rate = ppm / 1_000_000;
          expect(cost.periodsPerYear).toBe(12);
          expect(Math.abs((cost.apr ?? Number.NaN) - rate)).toBeLessThanOrEqual(roundingTolerance(schedule, rate / 12));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('prices a card installment plan: 12,000 in 12 periods at a 0.6 % monthly fee is 13.0342 %, not 7.2 %', () => {
    // 1,000 principal + 72 fee (12,000 × 0.6 %) = 1,072 a month. The IRR solves 12,000 = 1,072 × a(12, r):
    // a(12, r) = 12,000 / 1,072 = 11.194030, which gives r = 1.0861854 % a month (checked with a 50-digit
    // bisection), so APR = 12 r = 13.034224 % and EAR = 1.010861854^12 − 1 = 13.841785 %.
    const loan = terms({
      method: 'card-installment',
      principal: 1_200_000,
      termPeriods: 12,
      rate: { ppm: 0, unit: 'month', accrual: 'periodic', dayCountBasis: 360 },
      installmentFeePpm: 6_000,
    });
    const schedule = buildSchedule(loan);
    expect(schedule.every((r) => r.total === 107_200)).toBe(true);
    const cost = trueCost(loan, schedule);
    expect(cost.periodicRate).toBeCloseTo(0.0108618535675901, 13);
    expect(cost.apr).toBeCloseTo(0.130342242811081, 12);
    expect(cost.ear).toBeCloseTo(0.138417850663901, 12);
    expect(cost.advertisedAnnual).toBe(0.072);
    expect(cost.totalCost).toBe(86_400);
  });

  it('counts a deducted fee (砍头息) against the money actually received', () => {
    const loan = terms({
      principal: 1_000_000,
      termPeriods: 12,
      rate: { ppm: 120_000, unit: 'year', accrual: 'periodic', dayCountBasis: 360 },
      fees: [{ kind: 'upfront-deducted', label: 'service', amount: { type: 'fixed', minor: 100_000 } }],
    });
    const schedule = buildSchedule(loan);
    const cost = trueCost(loan, schedule);
    expect(cost.received).toBe(900_000);
    expect(cost.totalCost).toBe(cost.totalRepaid - 900_000);
    // Without the fee this schedule costs 12 %; paying it back on 9,000 received costs about 32.5 %.
    expect(cost.apr).toBeCloseTo(0.325, 3);
    const withoutFee = trueCost({ ...loan, fees: [] }, schedule);
    expect(withoutFee.apr).toBeCloseTo(0.12, 5);
  });

  it('solves bi-weekly and weekly loans per period (26 and 52 a year)', () => {
    for (const [frequency, perYear] of [
      ['biweekly', 26],
      ['weekly', 52],
    ] as const) {
      const loan = terms({ frequency, termPeriods: 52, principal: 2_000_000, rate: { ppm: 180_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 } });
      const cost = trueCost(loan, buildSchedule(loan));
      expect(cost.periodsPerYear).toBe(perYear);
      expect(cost.apr).toBeCloseTo(0.18, 5);
    }
  });

  it('solves per day when the first due date is off the monthly grid, agreeing with XIRR', () => {
    const loan = terms({ principal: 1_000_000, termPeriods: 12, firstDueDate: '2026-03-01', dueDay: 1 });
    const schedule = buildSchedule(loan);
    const cost = trueCost(loan, schedule);
    expect(cost.periodsPerYear).toBe(365);
    const annual = xirr(loanCashFlows(loan, schedule)) ?? Number.NaN;
    expect(cost.ear).toBeCloseTo(annual, 10);
    expect(cost.apr).toBeCloseTo(((1 + annual) ** (1 / 365) - 1) * 365, 10);
  });

  it('solves per day for a one-off fee due after the last installment (a row of its own)', () => {
    const loan = terms({
      principal: 1_000_000,
      termPeriods: 3,
      fees: [{ kind: 'one-off', label: 'other', amount: { type: 'fixed', minor: 10_000 }, dueDate: '2026-05-01' }],
    });
    const cost = trueCost(loan, buildSchedule(loan));
    expect(cost.periodsPerYear).toBe(365);
    expect(cost.apr ?? 0).toBeGreaterThan(0.049);
  });

  it('prices a credit card paid at the minimum with 0.05 % a day below 0.05 % × 365, solved per day', () => {
    const loan = terms({
      method: 'revolving',
      principal: 1_000_000,
      startDate: '2026-01-05',
      rate: { ppm: 500, unit: 'day', accrual: 'daily', dayCountBasis: 365 },
      revolving: { statementDay: 5, dueDay: 25, minPaymentPpm: 100_000, minPaymentFloor: 10_000 },
    });
    const schedule = buildSchedule(loan);
    const cost = trueCost(loan, schedule);
    expect(cost.periodsPerYear).toBe(365);
    expect(cost.ear).toBeCloseTo(xirr(loanCashFlows(loan, schedule)) ?? Number.NaN, 10);
    // Interest is simple within each month (at most 18.12 % compounded monthly) and the statement balance
    // is free for its first 20 days, so the cost lands below 18.25 %, but not far below.
    expect(cost.apr ?? 0).toBeGreaterThan(0.15);
    expect(cost.apr ?? 1).toBeLessThan(0.1812);
  });

  it('gives the contract rate for interest-only and a one-period bullet', () => {
    for (const method of ['interest-only', 'bullet'] as const) {
      const loan = terms({ method, principal: 5_000_000, termPeriods: method === 'bullet' ? 1 : 24, rate: { ppm: 60_000, unit: 'year', accrual: 'periodic', dayCountBasis: 360 } });
      const cost = trueCost(loan, buildSchedule(loan));
      expect(cost.periodsPerYear).toBe(12);
      expect(cost.apr).toBeCloseTo(0.06, 6);
    }
  });

  it('has no rate when nothing is repaid', () => {
    const cost = trueCost(terms({ principal: 1_000_000 }), []);
    expect(cost).toMatchObject({ received: 1_000_000, totalRepaid: 0, periodicRate: null, apr: null, ear: null });
  });
});

describe('periodicFlows', () => {
  it('places flows on the grid from the start, month ends clamped, and refuses any date off it', () => {
    const flows = [
      { date: '2026-01-31', amount: 1000 },
      { date: '2026-02-28', amount: -300 },
      { date: '2026-04-30', amount: -400 },
      { date: '2026-04-30', amount: -50 },
    ];
    expect(periodicFlows(flows, '2026-01-31', 'monthly')).toEqual([1000, -300, 0, -450]);
    expect(periodicFlows([...flows, { date: '2026-05-30', amount: -1 }], '2026-01-31', 'monthly')).toBeNull();
    expect(periodicFlows([{ date: '2026-01-01', amount: 1 }, { date: '2026-01-15', amount: -1 }], '2026-01-01', 'biweekly')).toEqual([1, -1]);
    expect(periodicFlows([{ date: '2026-01-01', amount: 1 }, { date: '2026-01-15', amount: -1 }], '2026-01-01', 'weekly')).toEqual([1, 0, -1]);
    expect(periodicFlows([{ date: '2026-01-01', amount: 1 }, { date: '2026-01-14', amount: -1 }], '2026-01-01', 'weekly')).toBeNull();
    expect(periodicFlows([{ date: '2025-12-01', amount: 1 }], '2026-01-01', 'monthly')).toBeNull();
  });
});

describe('advertisedAnnual', () => {
  it('annualises the stated rate by its unit, and quotes a card installment fee × 12', () => {
    expect(advertisedAnnual(terms({ rate: { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 360 } }))).toBe(0.049);
    expect(advertisedAnnual(terms({ rate: { ppm: 15_000, unit: 'month', accrual: 'periodic', dayCountBasis: 360 } }))).toBe(0.18);
    expect(advertisedAnnual(terms({ rate: { ppm: 500, unit: 'day', accrual: 'daily', dayCountBasis: 360 } }))).toBe(0.18);
    expect(advertisedAnnual(terms({ rate: { ppm: 500, unit: 'day', accrual: 'daily', dayCountBasis: 365 } }))).toBe(0.1825);
    expect(
      advertisedAnnual(terms({ method: 'card-installment', rate: { ppm: 0, unit: 'month', accrual: 'periodic', dayCountBasis: 360 }, installmentFeePpm: 6_000 })),
    ).toBe(0.072);
  });
});
