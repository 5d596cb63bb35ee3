// The prepayment what-if: the ledger with and without one hypothetical prepayment, computed by the core
// on a copy — shorter term or lower installment, interest saved, a payoff, and an amount that only covers
// what is due. Nothing recorded changes.
import { describe, expect, it } from 'vitest';
import type { Payment } from '../../../src/core/loans/ledger-types';
import { buildSchedule } from '../../../src/core/loans/schedule';
import { whatIfPrepayment } from '../../../src/renderer/src/components/loans/page/what-if';
import { annuityTerms } from '../loan-fixtures';

/** 120,000 at 4.9 % over 24 months from 15 Jan 2026. */
const terms = annuityTerms({ principal: 12_000_000, termPeriods: 24, startDate: '2026-01-15' });
const regular = (date: string, amount: number): Payment => ({ id: date, date, amount, kind: 'regular', note: '' });

describe('whatIfPrepayment', () => {
  const monthly = buildSchedule(terms)[0]?.total ?? 0;
  const paidSoFar = [regular('2026-02-15', monthly), regular('2026-03-15', monthly)];

  it('shorten the term: fewer payments of the same size, interest saved', () => {
    const result = whatIfPrepayment(terms, paidSoFar, { date: '2026-03-20', amount: 3_000_000, mode: 'shorten-term', fee: 0 });
    expect(result.before.remainingCount).toBe(22);
    expect(result.after.remainingCount).toBeLessThan(22);
    expect(result.after.lastDue! < result.before.lastDue!).toBe(true);
    expect(result.principalRepaid).toBe(3_000_000);
    expect(result.interestSaved).toBeGreaterThan(0);
    expect(result.paidOff).toBe(false);
  });

  it('lower the installment: the same end date, a smaller payment', () => {
    const result = whatIfPrepayment(terms, paidSoFar, { date: '2026-03-20', amount: 3_000_000, mode: 'lower-installment', fee: 0 });
    expect(result.after.remainingCount).toBe(22);
    expect(result.after.lastDue).toBe(result.before.lastDue);
    expect(result.after.nextInstallment!).toBeLessThan(result.before.nextInstallment!);
    expect(result.interestSaved).toBeGreaterThan(0);
  });

  it('a fee comes out of the amount first, so less principal is repaid', () => {
    const withFee = whatIfPrepayment(terms, paidSoFar, { date: '2026-03-20', amount: 3_000_000, mode: 'shorten-term', fee: 30_000 });
    expect(withFee.principalRepaid).toBe(2_970_000);
  });

  it('enough to repay everything pays the loan off', () => {
    const result = whatIfPrepayment(terms, paidSoFar, { date: '2026-03-20', amount: 20_000_000, mode: 'shorten-term', fee: 0 });
    expect(result.paidOff).toBe(true);
  });

  it('an amount that only covers what is overdue repays no principal early', () => {
    const result = whatIfPrepayment(terms, [], { date: '2026-03-20', amount: 500_000, mode: 'shorten-term', fee: 0 });
    expect(result.principalRepaid).toBe(0);
    expect(result.interestSaved).toBe(0);
  });

  it('leaves the recorded payments untouched', () => {
    const before = structuredClone(paidSoFar);
    whatIfPrepayment(terms, paidSoFar, { date: '2026-03-20', amount: 1_000_000, mode: 'shorten-term', fee: 0 });
    expect(paidSoFar).toEqual(before);
  });
});
