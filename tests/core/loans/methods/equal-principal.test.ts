import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../../src/core/loans/schedule';
import { loanTerms, rate } from '../schedule-fixtures';

describe('equal principal (等额本金)', () => {
  const rows = buildSchedule(loanTerms({ method: 'equal-principal' }));

  it('matches the textbook case: 6,861.11 the first month, falling by 11.34 a month', () => {
    expect(rows).toHaveLength(360);
    expect(rows[0]).toEqual({ period: 1, dueDate: '2026-02-15', principal: 277_778, interest: 408_333, fees: 0, total: 686_111, remaining: 99_722_222 });
    expect(rows.slice(0, 6).map((r) => r.total)).toEqual([686_111, 684_977, 683_843, 682_709, 681_574, 680_440]);
    // 2,777.78 × 4.9 % ÷ 12 = 11.3426: each month's fall is 11.34, now and then 11.35 by rounding.
    for (let i = 1; i < rows.length - 1; i += 1) {
      const fall = (rows[i - 1]?.total ?? 0) - (rows[i]?.total ?? 0);
      expect(fall === 1134 || fall === 1135 || fall === 1133).toBe(true);
    }
  });

  it('lets the last month absorb the rounding of the principal part', () => {
    expect(rows.at(-1)).toMatchObject({ principal: 100_000_000 - 359 * 277_778, interest: 1134, remaining: 0 });
    expect(rows.reduce((s, r) => s + r.principal, 0)).toBe(100_000_000);
  });

  it('charges interest on the balance before each period, per actual day with daily accrual', () => {
    const daily = buildSchedule(
      loanTerms({ method: 'equal-principal', principal: 1_200_000, termPeriods: 12, rate: rate({ ppm: 365_000, accrual: 'daily' }) }),
    );
    // 0.1 %/day: 31 days on 12,000.00 = 372.00, then 28 days on 11,000.00 = 308.00.
    expect(daily.slice(0, 2).map((r) => [r.principal, r.interest])).toEqual([
      [100_000, 37_200],
      [100_000, 30_800],
    ]);
  });
});
