import { describe, expect, it } from 'vitest';
import { amountReceived, upfrontCharges } from '../../../src/core/loans/fees';
import { buildSchedule } from '../../../src/core/loans/schedule';
import type { FeeTerms } from '../../../src/core/loans/types';
import { loanTerms, rate } from './schedule-fixtures';

const fixed = (kind: FeeTerms['kind'], minor: number, dueDate?: string): FeeTerms => ({
  kind,
  label: 'service',
  amount: { type: 'fixed', minor },
  ...(dueDate ? { dueDate } : {}),
});
const percent = (kind: FeeTerms['kind'], ppm: number): FeeTerms => ({ kind, label: 'service', amount: { type: 'percent-of-principal', ppm } });

describe('fees', () => {
  it('separates up-front fees deducted (砍头息) from those paid separately', () => {
    const terms = loanTerms({
      principal: 1_000_000,
      fees: [percent('upfront-deducted', 50_000), fixed('upfront-deducted', 2_000), fixed('upfront-paid', 30_000), percent('periodic', 1_000)],
    });
    expect(upfrontCharges(terms)).toEqual({ deducted: 52_000, paidSeparately: 30_000 });
    expect(amountReceived(terms)).toBe(948_000);
    expect(amountReceived(loanTerms({ principal: 1_000_000 }))).toBe(1_000_000);
  });

  it('rounds a percent fee half-up to the minor unit', () => {
    // 150 × 1 % = 1.5 → 2; 149 × 1 % = 1.49 → 1.
    expect(upfrontCharges(loanTerms({ principal: 150, fees: [percent('upfront-deducted', 10_000)] })).deducted).toBe(2);
    expect(upfrontCharges(loanTerms({ principal: 149, fees: [percent('upfront-deducted', 10_000)] })).deducted).toBe(1);
  });

  it('adds periodic fees to every installment and keeps them out of the principal', () => {
    const rows = buildSchedule(
      loanTerms({ principal: 1_200_000, termPeriods: 12, rate: rate({ ppm: 120_000 }), fees: [fixed('periodic', 1_500), percent('periodic', 2_000)] }),
    );
    for (const row of rows) {
      expect(row.fees).toBe(1_500 + 2_400);
      expect(row.total).toBe(row.principal + row.interest + row.fees);
    }
    expect(rows.slice(0, -1).every((r) => r.principal + r.interest === 106_619)).toBe(true);
  });

  it('puts a one-off fee on the first installment due on or after its date, or on a row of its own after the last', () => {
    const rows = buildSchedule(
      loanTerms({
        principal: 300_000,
        termPeriods: 3,
        rate: rate({ ppm: 0 }),
        fees: [fixed('one-off', 100, '2026-01-15'), fixed('one-off', 200, '2026-03-15'), fixed('one-off', 400, '2026-03-16'), fixed('one-off', 800, '2026-05-01'), fixed('one-off', 1_600, '2026-05-01')],
      }),
    );
    expect(rows.map((r) => [r.period, r.dueDate, r.principal, r.fees, r.total, r.remaining])).toEqual([
      [1, '2026-02-15', 100_000, 100, 100_100, 200_000],
      [2, '2026-03-15', 100_000, 200, 100_200, 100_000],
      [3, '2026-04-15', 100_000, 400, 100_400, 0],
      [4, '2026-05-01', 0, 2_400, 2_400, 0],
    ]);
  });

  it('charges card-installment fees and the loan’s periodic fees side by side', () => {
    const rows = buildSchedule(
      loanTerms({ method: 'card-installment', principal: 1_200_000, termPeriods: 12, installmentFeePpm: 6_000, rate: rate({ ppm: 0 }), fees: [fixed('periodic', 500)] }),
    );
    expect(rows[0]).toMatchObject({ principal: 100_000, fees: 7_700, total: 107_700 });
  });
});
