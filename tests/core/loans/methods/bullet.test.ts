import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../../src/core/loans/schedule';
import { loanTerms, rate } from '../schedule-fixtures';

describe('bullet (一次性还本付息)', () => {
  it('is one installment at the end of the term with simple interest for the whole term', () => {
    const rows = buildSchedule(loanTerms({ method: 'bullet', principal: 10_000_000, termPeriods: 12, rate: rate({ ppm: 120_000 }) }));
    expect(rows).toEqual([{ period: 1, dueDate: '2027-01-15', principal: 10_000_000, interest: 1_200_000, fees: 0, total: 11_200_000, remaining: 0 }]);
  });

  it('counts the days from the start with daily accrual', () => {
    const terms = loanTerms({ method: 'bullet', principal: 10_000_000, termPeriods: 12, rate: rate({ ppm: 120_000, accrual: 'daily', dayCountBasis: 360 }) });
    // 365 days at 12 % ÷ 360: 1,216,666.67 → 1,216,667.
    expect(buildSchedule(terms)[0]?.interest).toBe(1_216_667);
  });

  it('falls due termPeriods weeks after the start for a weekly bullet', () => {
    const rows = buildSchedule(loanTerms({ method: 'bullet', principal: 100_000, termPeriods: 4, frequency: 'weekly', startDate: '2026-03-01', rate: rate({ ppm: 520_000 }) }));
    expect(rows[0]).toMatchObject({ dueDate: '2026-03-29', interest: 4_000 });
  });
});
