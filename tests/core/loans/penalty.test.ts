// Penalty interest per segment and the late fee: exact numbers for the rules in penalty.ts.
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { accruePenalty, lateFeeAmount, penaltyBase, penaltyDailyRate } from '../../../src/core/loans/penalty';
import { annuityTerms, multiplierPenalty } from './ledger-fixtures';

describe('penaltyDailyRate', () => {
  it('is 1.5 × 12 % / 365 for a 1.5× multiplier on a 12 %/year contract', () => {
    const terms = annuityTerms({ penalty: multiplierPenalty() });
    expect(penaltyDailyRate(terms).equals(new Decimal(0.12).div(365).times(1.5))).toBe(true);
  });

  it('uses a stated daily rate as is, and zero for none', () => {
    const daily = annuityTerms({ penalty: multiplierPenalty({ rate: { type: 'daily', ppm: 500 } }) });
    expect(penaltyDailyRate(daily).toString()).toBe('0.0005');
    expect(penaltyDailyRate(annuityTerms()).isZero()).toBe(true);
  });
});

describe('accruePenalty', () => {
  const rate = new Decimal(0.12).div(365).times(1.5);

  it('counts the days after the start date up to and including the end date', () => {
    // 94 619 × 0.12 / 365 × 1.5 × 10 = 466.614… → 467
    expect(accruePenalty(94_619, rate, '2026-02-15', '2026-02-25')).toBe(467);
    // one day: 46.66… → 47
    expect(accruePenalty(94_619, rate, '2026-02-15', '2026-02-16')).toBe(47);
  });

  it('rounds each segment half-up on its own', () => {
    // 10 000 × 0.0005 × 1 = 5 exactly; 1 001 × 0.0005 = 0.5005 → 1; 999 × 0.0005 = 0.4995 → 0
    const daily = new Decimal('0.0005');
    expect(accruePenalty(10_000, daily, '2026-03-01', '2026-03-02')).toBe(5);
    expect(accruePenalty(1_001, daily, '2026-03-01', '2026-03-02')).toBe(1);
    expect(accruePenalty(999, daily, '2026-03-01', '2026-03-02')).toBe(0);
  });

  it('is zero for an empty or backward segment, or a zero base', () => {
    expect(accruePenalty(94_619, rate, '2026-02-15', '2026-02-15')).toBe(0);
    expect(accruePenalty(94_619, rate, '2026-02-16', '2026-02-15')).toBe(0);
    expect(accruePenalty(0, rate, '2026-02-15', '2026-03-15')).toBe(0);
  });

  it('crosses month ends and daylight-saving changes by calendar days', () => {
    // 28 Feb → 31 Mar 2026 is 31 days (Europe and the US change clocks in March).
    expect(accruePenalty(100_000, new Decimal('0.001'), '2026-02-28', '2026-03-31')).toBe(3_100);
  });
});

describe('penaltyBase', () => {
  const owed = { principal: 9_000, interest: 1_000, fees: 300 };
  it('is the unpaid principal, or principal + interest + fees', () => {
    expect(penaltyBase('overdue-principal', owed)).toBe(9_000);
    expect(penaltyBase('overdue-amount', owed)).toBe(10_300);
  });
});

describe('lateFeeAmount', () => {
  it('is fixed, a share of the installment rounded half-up, or nothing', () => {
    expect(lateFeeAmount({ type: 'fixed', minor: 5_000 }, 106_619)).toBe(5_000);
    // 10 % of 106 619 = 10 661.9 → 10 662
    expect(lateFeeAmount({ type: 'percent-of-installment', ppm: 100_000 }, 106_619)).toBe(10_662);
    // 5 % of 10 = 0.5 → 1 (half-up)
    expect(lateFeeAmount({ type: 'percent-of-installment', ppm: 50_000 }, 10)).toBe(1);
    expect(lateFeeAmount({ type: 'none' }, 106_619)).toBe(0);
  });
});
