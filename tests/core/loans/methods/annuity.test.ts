import { describe, expect, it } from 'vitest';
import { annuityPayment } from '../../../../src/core/loans/methods/annuity';
import { buildSchedule, nextInstallment } from '../../../../src/core/loans/schedule';
import { loanTerms, rate } from '../schedule-fixtures';

describe('annuity (等额本息)', () => {
  it('matches the textbook case: 1,000,000 over 360 months at 4.9% is 5,307.27 a month', () => {
    expect(annuityPayment(100_000_000, 49_000, 360)).toBe(530_727);
    const rows = buildSchedule(loanTerms());
    expect(rows).toHaveLength(360);
    expect(rows[0]).toEqual({ period: 1, dueDate: '2026-02-15', principal: 122_394, interest: 408_333, fees: 0, total: 530_727, remaining: 99_877_606 });
    expect(rows.slice(0, -1).every((r) => r.total === 530_727)).toBe(true);
    expect(rows.at(-1)?.remaining).toBe(0);
    expect(rows.at(-1)?.dueDate).toBe('2056-01-15');
  });

  it('splits a zero-rate loan evenly, the last period absorbing the remainder', () => {
    const rows = buildSchedule(loanTerms({ principal: 1000, termPeriods: 3, rate: rate({ ppm: 0 }) }));
    expect(rows.map((r) => r.total)).toEqual([333, 333, 334]);
  });

  it('keeps due dates on the anchor day, clamped at month end (31 Jan → 28 Feb → 31 Mar)', () => {
    const rows = buildSchedule(loanTerms({ principal: 300_000, termPeriods: 3, startDate: '2025-12-31', rate: rate({ ppm: 120_000 }) }));
    expect(rows.map((r) => r.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    const leap = buildSchedule(loanTerms({ principal: 300_000, termPeriods: 2, startDate: '2028-01-31' }));
    expect(leap[0]?.dueDate).toBe('2028-02-29');
  });

  it('finds the next installment due on or after a date', () => {
    const rows = buildSchedule(loanTerms({ principal: 300_000, termPeriods: 3, startDate: '2026-01-10', rate: rate({ ppm: 120_000 }) }));
    expect(nextInstallment(rows, '2026-02-10')?.period).toBe(1);
    expect(nextInstallment(rows, '2026-02-11')?.period).toBe(2);
    expect(nextInstallment(rows, '2026-04-11')).toBeNull();
  });

  it('uses the period rate for other frequencies: 12 %/year weekly is 12 % ÷ 52 a week', () => {
    const rows = buildSchedule(loanTerms({ principal: 5_200_000, termPeriods: 52, frequency: 'weekly', startDate: '2026-01-01', rate: rate({ ppm: 120_000 }) }));
    expect(rows[0]).toMatchObject({ dueDate: '2026-01-08', interest: 12_000 });
    expect(rows[1]?.dueDate).toBe('2026-01-15');
    expect(rows.reduce((s, r) => s + r.principal, 0)).toBe(5_200_000);
  });

  it('with daily accrual keeps the periodic payment but charges actual days, the last period settling', () => {
    // 12,000.00 at 12 %/year (365-day basis) over 12 months: payment 1,066.19 from the 1 % monthly rate.
    const rows = buildSchedule(
      loanTerms({ principal: 1_200_000, termPeriods: 12, rate: rate({ ppm: 120_000, accrual: 'daily' }) }),
    );
    // 15 Jan → 15 Feb is 31 days: 1,200,000 × 0.12 ÷ 365 × 31 = 12,230.14.
    expect(rows[0]).toMatchObject({ interest: 12_230, principal: 94_389, total: 106_619 });
    // 15 Feb → 15 Mar is 28 days: 1,105,611 × 0.12 ÷ 365 × 28 = 10,177.59.
    expect(rows[1]).toMatchObject({ interest: 10_178, principal: 96_441, total: 106_619 });
    expect(rows.at(-1)).toMatchObject({ principal: 105_190, interest: 1_072, total: 106_262, remaining: 0 });
  });
});
