import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactSum, irrOnTimes, irrPeriodic, xirr } from '../../../src/core/cost/irr';

/** Present value of flows one period apart at rate r. */
function npv(flows: number[], r: number): number {
  return flows.reduce((sum, f, t) => sum + f / (1 + r) ** t, 0);
}

describe('irrPeriodic', () => {
  it('solves the textbook cases', () => {
    expect(irrPeriodic([-100, 110])).toBeCloseTo(0.1, 12);
    expect(irrPeriodic([100, -110])).toBeCloseTo(0.1, 12);
    expect(irrPeriodic([-100, 0, 121])).toBeCloseTo(0.1, 12);
    expect(irrPeriodic([-100, 90])).toBeCloseTo(-0.1, 12);
    expect(irrPeriodic([-100, 50, 50])).toBe(0);
  });

  it('solves an annuity: 1,000 repaid by 12 payments at 1 % a period', () => {
    // A = 1000 × 0.01 / (1 − 1.01^−12) = 88.84878867834…
    const payment = (1000 * 0.01) / (1 - 1.01 ** -12);
    expect(irrPeriodic([1000, ...Array.from({ length: 12 }, () => -payment)])).toBeCloseTo(0.01, 12);
  });

  it('finds very high and very negative rates, where Newton alone would wander off', () => {
    expect(irrPeriodic([-1, 1000])).toBeCloseTo(999, 8);
    expect(irrPeriodic([-1000, 1])).toBeCloseTo(-0.999, 12);
    expect(irrPeriodic([-1, ...Array.from({ length: 359 }, () => 0), 1e9])).toBeCloseTo(1e9 ** (1 / 360) - 1, 12);
  });

  it('returns the root nearest 0 when flows change sign twice (roots 10 % and 20 %)', () => {
    expect(irrPeriodic([-100, 230, -132])).toBeCloseTo(0.1, 12);
  });

  it('returns null when there is no solution', () => {
    expect(irrPeriodic([])).toBeNull();
    expect(irrPeriodic([100])).toBeNull();
    expect(irrPeriodic([100, 50])).toBeNull();
    expect(irrPeriodic([-1, -2])).toBeNull();
    expect(irrPeriodic([0, 0, 0])).toBeNull();
    expect(irrPeriodic([100, Number.NaN, -120])).toBeNull();
    // Two sign changes but no real root: 1 − 0.0001x + x² > 0 for every x = 1/(1+r) > 0.
    expect(irrPeriodic([1, -0.0001, 1])).toBeNull();
  });

  it('property: recovers the rate the flows were built with', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -0.5, max: 2, noNaN: true }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 360 }),
        (rate, payments) => {
          const received = payments.reduce((sum, p, k) => sum + p / (1 + rate) ** (k + 1), 0);
          const solved = irrPeriodic([received, ...payments.map((p) => -p)]);
          expect(solved).not.toBeNull();
          expect(Math.abs((solved ?? 0) - rate)).toBeLessThan(1e-9 * Math.max(1, Math.abs(rate)) + 1e-12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: a loan (money in, then payments out) always has a root, and it zeroes the present value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 120 }),
        (received, payments) => {
          // Repaying at least 1 % of what was received keeps 1 + r above 0.01: closer to −100 %, a double
          // cannot hold 1 + r to more than a few digits, whoever solves it.
          fc.pre(payments.reduce((sum, p) => sum + p, 0) * 100 >= received);
          const flows = [received, ...payments.map((p) => -p)];
          const solved = irrPeriodic(flows);
          expect(solved).not.toBeNull();
          const r = solved ?? 0;
          // Relative to the size of the flows: the present value is a difference of large terms.
          const scale = flows.reduce((sum, f, t) => sum + Math.abs(f) / (1 + r) ** t, 0);
          expect(Math.abs(npv(flows, r))).toBeLessThan(1e-9 * scale);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('xirr', () => {
  it('solves a two-flow case by hand: 1,000 → 1,100 over 365 days is 10 %', () => {
    const rate = xirr([
      { date: '2025-01-01', amount: -1000 },
      { date: '2026-01-01', amount: 1100 },
    ]);
    expect(rate).toBeCloseTo(0.1, 12);
  });

  it('counts days: 1,000 → 1,050 over 182 days (2024-01-01 to 2024-07-01) is 1.05^(365/182) − 1', () => {
    const flows = [
      { date: '2024-07-01', amount: 1050 },
      { date: '2024-01-01', amount: -1000 },
    ];
    // 1.05^(365/182) − 1 = 0.102781… (solved by hand with logs: exp(ln 1.05 × 2.005495) − 1).
    expect(xirr(flows)).toBeCloseTo(1.05 ** (365 / 182) - 1, 12);
    expect(xirr(flows, 360)).toBeCloseTo(1.05 ** (360 / 182) - 1, 12);
  });

  it('returns null without a sign change', () => {
    expect(xirr([])).toBeNull();
    expect(xirr([{ date: '2025-01-01', amount: 100 }])).toBeNull();
    expect(
      xirr([
        { date: '2025-01-01', amount: 100 },
        { date: '2025-06-01', amount: 100 },
      ]),
    ).toBeNull();
  });

  it('agrees with irrOnTimes in days', () => {
    const daily = irrOnTimes([
      { t: 0, amount: 1000 },
      { t: 30, amount: -1100 },
    ]);
    expect(daily).toBeCloseTo(1.1 ** (1 / 30) - 1, 14);
  });
});

describe('exactSum', () => {
  it('sums integers exactly beyond 2^53, where plain addition loses units', () => {
    const big = Number.MAX_SAFE_INTEGER;
    expect(exactSum([big, 2, -big])).toBe(2);
    expect(exactSum([1, 2, 3])).toBe(6);
  });
});
