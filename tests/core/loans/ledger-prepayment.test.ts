// Prepayments through computeLedger: what is due is settled first, then the fee, then principal; the
// later installments are recalculated (shorter term or lower installment) or the loan is paid off.
// The 12 %/year annuity of 1 200 000 owes 913 295 of principal after its third installment (2026-04-15).
import { describe, expect, it } from 'vitest';
import { computeLedger } from '../../../src/core/loans/ledger';
import type { LedgerState } from '../../../src/core/loans/ledger-types';
import { annuityTerms, multiplierPenalty, pay, prepay } from './ledger-fixtures';

const FIRST_TWO = [pay('2026-02-15', 106_619), pay('2026-03-15', 106_619)];

function later(state: LedgerState) {
  return state.installments.filter((row) => row.period > 3);
}

describe('prepayment, lower installment (减少月供)', () => {
  // 406 619 on the third due date: 106 619 settles installment 3, 300 000 repays principal → 613 295 left
  // over the same 9 periods: 613 295 × 0.01 × 1.01⁹ ÷ (1.01⁹ − 1) = 71 596.28… → 71 596.
  const state = computeLedger(annuityTerms(), [...FIRST_TWO, prepay('2026-04-15', 406_619, 'lower-installment')], '2026-04-15');

  it('settles what is due first, then repays principal', () => {
    expect(state.installments[2]).toMatchObject({ period: 3, status: 'paid', settledOn: '2026-04-15' });
    expect(state.prepayments).toEqual([
      { paymentId: expect.any(String), date: '2026-04-15', mode: 'lower-installment', afterPeriod: 3, fee: 0, principal: 300_000, paidOff: false },
    ]);
    expect(state.totals).toMatchObject({ outstandingPrincipal: 613_295, unapplied: 0, paid: 619_857 });
  });

  it('keeps 9 installments with a lower payment', () => {
    const rows = later(state);
    expect(rows).toHaveLength(9);
    expect(rows[0]).toMatchObject({ period: 4, dueDate: '2026-05-15', principal: 65_463, interest: 6_133, total: 71_596 });
    expect(rows.slice(0, -1).every((row) => row.total === 71_596)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ period: 12, dueDate: '2027-01-15', total: 71_599, remaining: 0 });
    expect(rows.reduce((sum, row) => sum + row.principal, 0)).toBe(613_295);
    expect(state.nextDue?.period).toBe(4);
  });
});

describe('prepayment, shorten the term (缩短期限)', () => {
  // The same 106 619 a month on 613 295: −ln(1 − 6 132.95 ÷ 106 619) ÷ ln 1.01 = 5.95… → 6 installments.
  const state = computeLedger(annuityTerms(), [...FIRST_TWO, prepay('2026-04-15', 406_619, 'shorten-term')], '2026-04-15');

  it('keeps the payment and ends 3 months earlier', () => {
    const rows = later(state);
    expect(rows).toHaveLength(6);
    expect(rows.slice(0, -1).every((row) => row.total === 106_619)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ period: 9, dueDate: '2026-10-15', principal: 100_715, interest: 1_007, total: 101_722, remaining: 0 });
    expect(state.totals.outstandingPrincipal).toBe(613_295);
  });
});

describe('prepayment in the middle of a period', () => {
  it('charges the interest the prepaid principal earned until the prepayment date', () => {
    // Period 4 runs 2026-04-15 → 05-15 (30 days); prepaid on 05-01, 16 days in. Scheduled interest
    // 9 133 (on 913 295), new 6 133 (on 613 295): 6 133 + 3 000 × 16 ÷ 30 = 7 733.
    const payments = [...FIRST_TWO, pay('2026-04-15', 106_619), prepay('2026-05-01', 300_000, 'lower-installment')];
    const row = later(computeLedger(annuityTerms(), payments, '2026-05-01'))[0];
    expect(row).toMatchObject({ period: 4, principal: 65_463, interest: 7_733, total: 73_196 });
  });
});

describe('prepayment that pays the loan off', () => {
  // 1 000 000 on 05-01 with a 2 000 fee: 913 295 repays all principal; period 4's interest earned to
  // 05-01 is 9 133 × 16 ÷ 30 = 4 870.9… → 4 871, paid from the excess; 84 705 − 4 871 = 79 834 unapplied.
  const payments = [...FIRST_TWO, pay('2026-04-15', 106_619), prepay('2026-05-01', 1_000_000, 'shorten-term', 2_000)];
  const state = computeLedger(annuityTerms(), payments, '2026-05-01');

  it('removes the later installments and keeps the excess as unapplied', () => {
    expect(state.prepayments[0]).toMatchObject({ fee: 2_000, principal: 913_295, paidOff: true });
    expect(later(state)).toEqual([
      expect.objectContaining({ period: 4, dueDate: '2026-05-15', principal: 0, interest: 4_871, status: 'paid', settledOn: '2026-05-01' }),
    ]);
    expect(state.totals).toMatchObject({ outstandingPrincipal: 0, unapplied: 79_834, paid: 1_319_857 });
    expect(state.nextDue).toBeNull();
  });
});

describe('prepayment that only reaches what is overdue', () => {
  it('settles the overdue installment with its penalty and prepays nothing', () => {
    // Installment 1 unpaid 10 days: penalty 94 619 × 0.12/365 × 1.5 × 10 → 467.
    const terms = annuityTerms({ penalty: multiplierPenalty() });
    const state = computeLedger(terms, [prepay('2026-02-25', 100_000, 'shorten-term', 1_000)], '2026-02-25');
    expect(state.installments[0]).toMatchObject({ status: 'overdue', penaltyCharged: 467, outstanding: 106_619 + 467 - 100_000 });
    expect(state.prepayments[0]).toMatchObject({ fee: 0, principal: 0, paidOff: false, afterPeriod: 1 });
    expect(state.installments).toHaveLength(12);
  });
});

describe('prepayment before the first due date', () => {
  it('recalculates from period 1 and re-applies money paid ahead', () => {
    // 120 000 paid ahead on 01-20 covers installment 1 (106 619) and 13 381 of installment 2; the prepayment
    // of 600 000 on 01-31 then leaves 600 000 of principal over 12 periods, and the 120 000 is applied again.
    const payments = [pay('2026-01-20', 120_000), prepay('2026-01-31', 600_000, 'lower-installment')];
    const state = computeLedger(annuityTerms(), payments, '2026-01-31');
    expect(state.prepayments[0]).toMatchObject({ afterPeriod: 0, principal: 600_000 });
    expect(state.installments).toHaveLength(12);
    const paidOnRows = state.installments.reduce((sum, row) => sum + row.paid.principal + row.paid.interest, 0);
    expect(paidOnRows + state.totals.unapplied).toBe(120_000);
    expect(state.installments[0]).toMatchObject({ status: 'paid', settledOn: '2026-01-31' });
    // Period 1's interest: 6 000 on the new balance + 6 000 × 16 ÷ 31 days earned before 01-31 (3 096.7…) → 9 097.
    expect(state.installments[0]?.interest).toBe(9_097);
    expect(state.totals.outstandingPrincipal).toBe(600_000 - state.installments.reduce((sum, row) => sum + row.paid.principal, 0));
  });
});
