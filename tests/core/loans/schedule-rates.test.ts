import { describe, expect, it } from 'vitest';
import { dailyRate, periodInterest, periodRate } from '../../../src/core/loans/period-rate';
import { loanTerms, rate } from './schedule-fixtures';

const at = (overrides: Parameters<typeof rate>[0], frequency: 'monthly' | 'biweekly' | 'weekly' = 'monthly') =>
  loanTerms({ rate: rate(overrides), frequency });

describe('period and daily rates', () => {
  it('divides an annual rate by 12, 26 or 52', () => {
    expect(periodRate(at({ ppm: 49_000 })).toString()).toBe('0.0040833333333333333333');
    expect(periodRate(at({ ppm: 260_000 }, 'biweekly')).toNumber()).toBe(0.01);
    expect(periodRate(at({ ppm: 520_000 }, 'weekly')).toNumber()).toBe(0.01);
  });

  it('takes a monthly rate as stated for monthly loans, through the year for others', () => {
    expect(periodRate(at({ ppm: 20_000, unit: 'month' })).toNumber()).toBe(0.02);
    expect(periodRate(at({ ppm: 26_000, unit: 'month' }, 'biweekly')).toNumber()).toBe(0.012);
  });

  it('scales a daily rate by basis ÷ periods per year', () => {
    expect(periodRate(at({ ppm: 500, unit: 'day', dayCountBasis: 360 })).toNumber()).toBe(0.015);
    expect(periodRate(at({ ppm: 1_200, unit: 'day', dayCountBasis: 365 })).toNumber()).toBe(0.0365);
    expect(periodRate(at({ ppm: 520, unit: 'day', dayCountBasis: 360 }, 'weekly')).toNumber()).toBe(0.0036);
  });

  it('derives a daily rate from an annual or monthly one by the day-count basis', () => {
    expect(dailyRate(at({ ppm: 73_000, dayCountBasis: 365 })).toNumber()).toBe(0.0002);
    expect(dailyRate(at({ ppm: 72_000, dayCountBasis: 360 })).toNumber()).toBe(0.0002);
    expect(dailyRate(at({ ppm: 15_000, unit: 'month', dayCountBasis: 360 })).toNumber()).toBe(0.0005);
    expect(dailyRate(at({ ppm: 500, unit: 'day' })).toNumber()).toBe(0.0005);
  });

  it('accrues daily interest over the actual days: a 31-day month costs more than a 28-day one', () => {
    const daily = at({ ppm: 500, unit: 'day', accrual: 'daily' });
    expect(periodInterest(daily, 1_000_000, '2026-01-15', '2026-02-15')).toBe(15_500);
    expect(periodInterest(daily, 1_000_000, '2026-02-15', '2026-03-15')).toBe(14_000);
    expect(periodInterest(daily, 1_000_000, '2028-02-15', '2028-03-15')).toBe(14_500);
    const periodic = at({ ppm: 500, unit: 'day', dayCountBasis: 360 });
    expect(periodInterest(periodic, 1_000_000, '2026-01-15', '2026-02-15')).toBe(15_000);
    expect(periodInterest(periodic, 1_000_000, '2026-02-15', '2026-03-15')).toBe(15_000);
  });

  it('rounds each period’s interest half-up to the minor unit', () => {
    // 1,001 × 0.5 % = 5.005 → 5; 1,100 × 0.5 % = 5.5 → 6.
    const terms = at({ ppm: 5_000, unit: 'month' });
    expect(periodInterest(terms, 1_001, '2026-01-01', '2026-02-01')).toBe(5);
    expect(periodInterest(terms, 1_100, '2026-01-01', '2026-02-01')).toBe(6);
  });
});
