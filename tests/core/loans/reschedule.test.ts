import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { levelPayment } from '../../../src/core/loans/methods/annuity';
import { rescheduleAfterPrepayment } from '../../../src/core/loans/reschedule';
import { buildSchedule } from '../../../src/core/loans/schedule';
import type { Installment, LoanTerms } from '../../../src/core/loans/types';
import { gridTermsArb, loanTerms, rate } from './schedule-fixtures';

const sum = (rows: Installment[], key: 'principal' | 'interest' | 'fees' = 'principal') => rows.reduce((s, r) => s + r[key], 0);
const after = (rows: Installment[], period: number) => rows.filter((r) => r.period > period);

// 12,000.00 over 12 months at 12 %/year: after 3 payments 9,132.95 is owed; 3,000.00 prepaid leaves 6,132.95.
const annuity = loanTerms({ principal: 1_200_000, termPeriods: 12, rate: rate({ ppm: 120_000 }) });
const equal = { ...annuity, method: 'equal-principal' as const };

describe('rescheduling after a prepayment', () => {
  it('annuity, lower installment: same dates, a new level payment on the new balance', () => {
    const schedule = buildSchedule(annuity);
    expect(schedule[2]?.remaining).toBe(913_295);
    const rows = rescheduleAfterPrepayment(annuity, schedule, 3, 613_295, 'lower-installment');
    expect(rows.slice(0, 3)).toEqual(schedule.slice(0, 3));
    const later = after(rows, 3);
    expect(later.map((r) => r.dueDate)).toEqual(schedule.slice(3).map((r) => r.dueDate));
    const payment = levelPayment(613_295, new Decimal('0.01'), 9);
    expect(payment).toBe(71_596);
    expect(later.slice(0, -1).every((r) => r.total === payment)).toBe(true);
    expect(sum(later)).toBe(613_295);
    expect(later.at(-1)?.remaining).toBe(0);
    expect(later[0]).toMatchObject({ period: 4, interest: 6_133, remaining: 613_295 - (71_596 - 6_133) });
  });

  it('annuity, shorten the term: the same payment, periods dropped from the end', () => {
    const schedule = buildSchedule(annuity);
    const rows = rescheduleAfterPrepayment(annuity, schedule, 3, 613_295, 'shorten-term');
    const later = after(rows, 3);
    expect(later).toHaveLength(6);
    expect(later.slice(0, -1).every((r) => r.total === 106_619)).toBe(true);
    expect(later.at(-1)?.total).toBeLessThan(106_619);
    expect(later.at(-1)).toMatchObject({ period: 9, dueDate: '2026-10-15', remaining: 0 });
    expect(sum(rows)).toBe(sum(schedule.slice(0, 3)) + 613_295);
    expect(sum(rows, 'interest')).toBeLessThan(sum(rescheduleAfterPrepayment(annuity, schedule, 3, 613_295, 'lower-installment'), 'interest'));
  });

  it('equal principal, lower installment: principal part recomputed over the same periods', () => {
    const later = after(rescheduleAfterPrepayment(equal, buildSchedule(equal), 3, 600_000, 'lower-installment'), 3);
    expect(later.map((r) => r.principal)).toEqual([...Array<number>(8).fill(66_667), 66_664]);
    expect(later.map((r) => r.interest).slice(0, 2)).toEqual([6_000, 5_333]);
  });

  it('equal principal, shorten the term: the same principal part, six periods instead of nine', () => {
    const later = after(rescheduleAfterPrepayment(equal, buildSchedule(equal), 3, 600_000, 'shorten-term'), 3);
    expect(later.map((r) => [r.dueDate, r.principal, r.interest])).toEqual([
      ['2026-05-15', 100_000, 6_000],
      ['2026-06-15', 100_000, 5_000],
      ['2026-07-15', 100_000, 4_000],
      ['2026-08-15', 100_000, 3_000],
      ['2026-09-15', 100_000, 2_000],
      ['2026-10-15', 100_000, 1_000],
    ]);
  });

  it('takes the current payment when rescheduling again (lower, then shorten)', () => {
    const first = rescheduleAfterPrepayment(annuity, buildSchedule(annuity), 3, 613_295, 'lower-installment');
    const balance = (first[5]?.remaining ?? 0) - 100_000;
    const second = rescheduleAfterPrepayment(annuity, first, 6, balance, 'shorten-term');
    expect(second.slice(0, 6)).toEqual(first.slice(0, 6));
    const later = after(second, 6);
    expect(later.slice(0, -1).every((r) => r.total === 71_596)).toBe(true);
    expect(sum(later)).toBe(balance);
    expect(later.length).toBeLessThan(6);
  });

  it('removes every later installment when the loan is paid off', () => {
    const schedule = buildSchedule(annuity);
    for (const mode of ['shorten-term', 'lower-installment'] as const) {
      expect(rescheduleAfterPrepayment(annuity, schedule, 3, 0, mode)).toEqual(schedule.slice(0, 3));
    }
  });

  it('interest-only keeps the principal for the end, with less interest; a bullet shrinks', () => {
    const io: LoanTerms = { ...annuity, method: 'interest-only' };
    const later = after(rescheduleAfterPrepayment(io, buildSchedule(io), 2, 600_000, 'shorten-term'), 2);
    expect(later.map((r) => [r.principal, r.interest])).toEqual([...Array<number[]>(9).fill([0, 6_000]), [600_000, 6_000]]);
    const bullet: LoanTerms = { ...annuity, method: 'bullet' };
    expect(rescheduleAfterPrepayment(bullet, buildSchedule(bullet), 0, 1_000_000, 'lower-installment')).toEqual([
      { period: 1, dueDate: '2027-01-15', principal: 1_000_000, interest: 120_000, fees: 0, total: 1_120_000, remaining: 0 },
    ]);
  });

  it('card installments keep charging the fee on the original principal to the original end', () => {
    const card = loanTerms({ method: 'card-installment', principal: 1_200_000, termPeriods: 12, installmentFeePpm: 6_000, rate: rate({ ppm: 0 }) });
    const schedule = buildSchedule(card);
    const shorter = after(rescheduleAfterPrepayment(card, schedule, 3, 600_000, 'shorten-term'), 3);
    expect(shorter.map((r) => [r.principal, r.fees])).toEqual([...Array<number[]>(6).fill([100_000, 7_200]), ...Array<number[]>(3).fill([0, 7_200])]);
    const lower = after(rescheduleAfterPrepayment(card, schedule, 3, 600_000, 'lower-installment'), 3);
    expect(lower.map((r) => r.total)).toEqual([...Array<number>(8).fill(73_867), 73_864]);
    const paidOff = after(rescheduleAfterPrepayment(card, schedule, 3, 0, 'shorten-term'), 3);
    expect(paidOff.map((r) => r.total)).toEqual(Array<number>(9).fill(7_200));
  });

  it('places a later one-off fee again, on a row of its own once the term is shorter', () => {
    const terms = { ...equal, fees: [{ kind: 'one-off' as const, label: 'other' as const, amount: { type: 'fixed' as const, minor: 5_000 }, dueDate: '2026-12-01' }] };
    const schedule = buildSchedule(terms);
    expect(schedule[10]).toMatchObject({ dueDate: '2026-12-15', fees: 5_000 });
    const later = after(rescheduleAfterPrepayment(terms, schedule, 3, 600_000, 'shorten-term'), 3);
    expect(later.at(-1)).toMatchObject({ period: 10, dueDate: '2026-12-01', principal: 0, fees: 5_000, remaining: 0 });
  });

  it('custom schedules: lower scales principal parts, shorten drops rows; interest follows the balance', () => {
    const custom = loanTerms({
      method: 'custom',
      principal: 400_000,
      termPeriods: 4,
      customSchedule: [
        { dueDate: '2026-02-15', principal: 100_000, interest: 4_000, fees: 300 },
        { dueDate: '2026-03-15', principal: 100_000, interest: 3_000, fees: 300 },
        { dueDate: '2026-04-15', principal: 100_000, interest: 2_000, fees: 300 },
        { dueDate: '2026-05-15', principal: 100_000, interest: 1_000, fees: 0 },
      ],
    });
    const schedule = buildSchedule(custom);
    const lower = after(rescheduleAfterPrepayment(custom, schedule, 1, 150_000, 'lower-installment'), 1);
    expect(lower.map((r) => [r.principal, r.interest, r.fees])).toEqual([
      [50_000, 1_500, 300],
      [50_000, 1_000, 300],
      [50_000, 500, 0],
    ]);
    const shorter = after(rescheduleAfterPrepayment(custom, schedule, 1, 150_000, 'shorten-term'), 1);
    expect(shorter.map((r) => [r.principal, r.interest, r.fees])).toEqual([
      [100_000, 1_500, 300],
      [50_000, 500, 300],
    ]);
  });

  it('credit cards: lower scales the later principal parts, shorten keeps them', () => {
    const card = loanTerms({
      method: 'revolving',
      principal: 1_000_000,
      startDate: '2026-01-05',
      termPeriods: 1,
      rate: rate({ ppm: 500, unit: 'day' }),
      revolving: { statementDay: 5, dueDay: 23, minPaymentPpm: 100_000, minPaymentFloor: 10_000 },
    });
    const schedule = buildSchedule(card);
    const lower = after(rescheduleAfterPrepayment(card, schedule, 1, 450_000, 'lower-installment'), 1);
    expect(lower).toHaveLength(schedule.length - 1);
    expect(sum(lower)).toBe(450_000);
    expect(lower[0]?.principal).toBe(Math.round(77_445 / 2));
    const shorter = after(rescheduleAfterPrepayment(card, schedule, 1, 450_000, 'shorten-term'), 1);
    expect(shorter.slice(0, 2).map((r) => r.principal)).toEqual([77_445, 71_891]);
    expect(sum(shorter)).toBe(450_000);
    expect(shorter.length).toBeLessThan(lower.length);
  });

  it('property: kept rows unchanged, later principal = the new balance, nothing negative, dates increasing', () => {
    fc.assert(
      fc.property(gridTermsArb, fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (terms, at, share, shorten) => {
        const schedule = buildSchedule(terms);
        const paying = schedule.filter((r) => r.principal > 0);
        const afterPeriod = paying.length > 0 ? at % paying.length : 0;
        const owed = sum(after(schedule, afterPeriod));
        const newBalance = Math.floor(owed * share);
        const mode = shorten ? 'shorten-term' : 'lower-installment';
        const rows = rescheduleAfterPrepayment(terms, schedule, afterPeriod, newBalance, mode);
        expect(rows.slice(0, afterPeriod)).toEqual(schedule.slice(0, afterPeriod));
        const later = after(rows, afterPeriod);
        expect(sum(later)).toBe(newBalance);
        const bad = later.filter(
          (r, i) =>
            r.remaining < 0 ||
            r.principal < 0 ||
            r.interest < 0 ||
            r.period !== afterPeriod + 1 + i ||
            r.total !== r.principal + r.interest + r.fees ||
            r.dueDate <= (i === 0 ? (rows[afterPeriod - 1]?.dueDate ?? '') : (later[i - 1]?.dueDate ?? '')),
        );
        expect(bad).toEqual([]);
        if (newBalance > 0) expect(later.findLast((r) => r.principal > 0)?.remaining).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
