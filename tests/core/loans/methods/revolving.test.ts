import { describe, expect, it } from 'vitest';
import { MAX_REVOLVING_PERIODS, revolvingProjection } from '../../../../src/core/loans/methods/revolving';
import { buildSchedule } from '../../../../src/core/loans/schedule';
import type { RevolvingTerms } from '../../../../src/core/loans/types';
import { loanTerms, rate } from '../schedule-fixtures';

const card = (principal: number, revolving: Partial<RevolvingTerms>, ratePpm = 500, startDate = '2026-01-05') =>
  loanTerms({
    method: 'revolving',
    principal,
    startDate,
    termPeriods: 1,
    rate: rate({ ppm: ratePpm, unit: 'day' }),
    revolving: { statementDay: 5, dueDay: 23, minPaymentPpm: 100_000, minPaymentFloor: 10_000, ...revolving },
  });

describe('credit card (revolving) minimum-payment projection', () => {
  it('pays the minimum each due date with 0.05 %/day on the unpaid balance until it is gone', () => {
    const rows = buildSchedule(card(1_000_000, {}));
    // Statement 10,000.00 on 5 Jan, due 23 Jan: minimum 10 % = 1,000.00, no interest yet.
    expect(rows[0]).toEqual({ period: 1, dueDate: '2026-01-23', principal: 100_000, interest: 0, fees: 0, total: 100_000, remaining: 900_000 });
    // 9,000.00 for 31 days at 0.05 % = 139.50; minimum 10 % of 9,139.50 = 913.95.
    expect(rows[1]).toEqual({ period: 2, dueDate: '2026-02-23', principal: 77_445, interest: 13_950, fees: 0, total: 91_395, remaining: 822_555 });
    expect(rows.reduce((s, r) => s + r.principal, 0)).toBe(1_000_000);
    expect(rows).toHaveLength(37);
    expect(rows.at(-1)).toMatchObject({ dueDate: '2029-01-23', remaining: 0 });
    // Once the balance is under the floor, the whole of it is the minimum.
    expect((rows.at(-1)?.total ?? 0) <= 10_000).toBe(true);
  });

  it('falls due in the next month when the due day is not after the statement day', () => {
    const rows = buildSchedule(card(500_000, { statementDay: 20, dueDay: 8 }, 500, '2026-01-20'));
    expect(rows.slice(0, 2).map((r) => r.dueDate)).toEqual(['2026-02-08', '2026-03-08']);
    const endOfMonth = buildSchedule(card(500_000, { statementDay: 31, dueDay: 31 }, 500, '2026-01-31'));
    expect(endOfMonth.slice(0, 3).map((r) => r.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('stops when the minimum no longer covers the interest, and says it never pays off', () => {
    // 1 % minimum against about 1.5 % interest a month.
    const projection = revolvingProjection(card(1_000_000, { minPaymentPpm: 10_000, minPaymentFloor: 0 }));
    expect(projection.paidOff).toBe(false);
    expect(projection.rows).toHaveLength(1);
    expect(projection.rows[0]?.principal).toBe(10_000);
  });

  it('stops after 600 months even while the balance still falls', () => {
    const projection = revolvingProjection(card(1_000_000, { minPaymentPpm: 0, minPaymentFloor: 1_000 }, 0));
    expect(projection.paidOff).toBe(false);
    expect(projection.rows).toHaveLength(MAX_REVOLVING_PERIODS);
    expect(projection.rows.reduce((s, r) => s + r.principal, 0)).toBe(600_000);
  });

  it('ignores termPeriods', () => {
    const rows = buildSchedule({ ...card(15_000, {}), termPeriods: 12 });
    expect(rows.map((r) => r.total)).toEqual([10_000, 5_078]);
  });
});
