import { describe, expect, it } from 'vitest';
import { buildSchedule } from '../../../../src/core/loans/schedule';
import { loanTerms } from '../schedule-fixtures';

describe('custom schedule', () => {
  it('takes the rows as given, in date order, and works out totals and what remains', () => {
    const rows = buildSchedule(
      loanTerms({
        method: 'custom',
        principal: 300_000,
        termPeriods: 3,
        customSchedule: [
          { dueDate: '2026-04-15', principal: 100_000, interest: 1_000, fees: 0 },
          { dueDate: '2026-02-15', principal: 150_000, interest: 3_000, fees: 500 },
          { dueDate: '2026-03-15', principal: 50_000, interest: 2_000, fees: 500 },
        ],
      }),
    );
    expect(rows).toEqual([
      { period: 1, dueDate: '2026-02-15', principal: 150_000, interest: 3_000, fees: 500, total: 153_500, remaining: 150_000 },
      { period: 2, dueDate: '2026-03-15', principal: 50_000, interest: 2_000, fees: 500, total: 52_500, remaining: 100_000 },
      { period: 3, dueDate: '2026-04-15', principal: 100_000, interest: 1_000, fees: 0, total: 101_000, remaining: 0 },
    ]);
  });
});
