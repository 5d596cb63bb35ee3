import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../../src/core/loans/schedule';
import { loanTerms, rate } from '../schedule-fixtures';

describe('interest-only (先息后本)', () => {
  it('charges interest every period and returns the whole principal with the last', () => {
    const rows = buildSchedule(loanTerms({ method: 'interest-only', principal: 10_000_000, termPeriods: 3, rate: rate({ ppm: 120_000 }) }));
    expect(rows.map((r) => [r.principal, r.interest, r.remaining])).toEqual([
      [0, 100_000, 10_000_000],
      [0, 100_000, 10_000_000],
      [10_000_000, 100_000, 0],
    ]);
  });

  it('counts actual days with daily accrual (a 2 %/month rate is 2 % × 12 ÷ 360 a day)', () => {
    const rows = buildSchedule(
      loanTerms({ method: 'interest-only', principal: 1_000_000, termPeriods: 2, rate: rate({ ppm: 20_000, unit: 'month', accrual: 'daily', dayCountBasis: 360 }) }),
    );
    // 31 days and 28 days at 0.0666…%/day on 10,000.00.
    expect(rows.map((r) => r.interest)).toEqual([20_667, 18_667]);
  });
});
