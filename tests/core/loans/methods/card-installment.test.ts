import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../../src/core/loans/schedule';
import { loanTerms, rate } from '../schedule-fixtures';

describe('card installments (分期)', () => {
  it('charges 12,000 in 12 periods at 0.6 % a period as 1,072.00 a month', () => {
    const rows = buildSchedule(loanTerms({ method: 'card-installment', principal: 1_200_000, termPeriods: 12, installmentFeePpm: 6_000, rate: rate({ ppm: 0 }) }));
    expect(rows).toHaveLength(12);
    for (const row of rows) expect(row).toMatchObject({ principal: 100_000, interest: 0, fees: 7_200, total: 107_200 });
    expect(rows.at(-1)?.remaining).toBe(0);
  });

  it('keeps the fee on the original principal while the last period absorbs the split residual', () => {
    const rows = buildSchedule(loanTerms({ method: 'card-installment', principal: 1_000_000, termPeriods: 3, installmentFeePpm: 7_500, rate: rate({ ppm: 0 }) }));
    expect(rows.map((r) => [r.principal, r.fees])).toEqual([
      [333_333, 7_500],
      [333_333, 7_500],
      [333_334, 7_500],
    ]);
  });

  it('adds interest on the falling balance when the plan states a rate', () => {
    const rows = buildSchedule(loanTerms({ method: 'card-installment', principal: 1_200_000, termPeriods: 12, installmentFeePpm: 0, rate: rate({ ppm: 120_000 }) }));
    expect(rows.slice(0, 2).map((r) => r.interest)).toEqual([12_000, 11_000]);
  });
});
