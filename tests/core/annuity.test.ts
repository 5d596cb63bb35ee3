import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annuityPayment, annuitySchedule } from '../../src/core/loans/annuity';
import { nextInstallment } from '../../src/core/loans/schedule';

describe('annuity (等额本息)', () => {
  it('matches the textbook case: 1,000,000 over 360 months at 4.9% is 5,307.27 a month', () => {
    expect(annuityPayment(100_000_000, 49_000, 360)).toBe(530_727);
    const rows = annuitySchedule({ principal: 100_000_000, annualRatePpm: 49_000, termMonths: 360, startDate: '2026-01-15', method: 'annuity' });
    expect(rows).toHaveLength(360);
    expect(rows[0]).toMatchObject({ period: 1, dueDate: '2026-02-15', interest: 408_333, principal: 122_394, total: 530_727 });
    expect(rows.at(-1)?.remaining).toBe(0);
  });

  it('splits a zero-rate loan evenly, the last period absorbing the remainder', () => {
    const rows = annuitySchedule({ principal: 1000, annualRatePpm: 0, termMonths: 3, startDate: '2026-01-01', method: 'annuity' });
    expect(rows.map((r) => r.total)).toEqual([333, 333, 334]);
  });

  it('keeps due dates on the anchor day, clamped at month end (31 Jan → 28 Feb → 31 Mar)', () => {
    const rows = annuitySchedule({ principal: 300_000, annualRatePpm: 120_000, termMonths: 3, startDate: '2025-12-31', method: 'annuity' });
    expect(rows.map((r) => r.dueDate)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    const leap = annuitySchedule({ principal: 300_000, annualRatePpm: 120_000, termMonths: 2, startDate: '2028-01-31', method: 'annuity' });
    expect(leap[0]?.dueDate).toBe('2028-02-29');
  });

  it('finds the next installment due on or after a date', () => {
    const rows = annuitySchedule({ principal: 300_000, annualRatePpm: 120_000, termMonths: 3, startDate: '2026-01-10', method: 'annuity' });
    expect(nextInstallment(rows, '2026-02-10')?.period).toBe(1);
    expect(nextInstallment(rows, '2026-02-11')?.period).toBe(2);
    expect(nextInstallment(rows, '2026-04-11')).toBeNull();
  });

  it('property: principal parts sum to the principal, balances never go negative, every row adds up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 480 }),
        (principal, annualRatePpm, termMonths) => {
          const rows = annuitySchedule({ principal, annualRatePpm, termMonths, startDate: '2026-01-31', method: 'annuity' });
          expect(rows.reduce((s, r) => s + r.principal, 0)).toBe(principal);
          for (const r of rows) {
            expect(r.remaining).toBeGreaterThanOrEqual(0);
            expect(r.principal).toBeGreaterThanOrEqual(0);
            expect(r.total).toBe(r.principal + r.interest);
            expect(Number.isInteger(r.interest)).toBe(true);
          }
          expect(rows.at(-1)?.remaining).toBe(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
