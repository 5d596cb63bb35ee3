// computeLedger with regular payments: statuses, penalty to the minor unit, grace, allocation order,
// paying ahead and overpayment. Fixed dates; the 12 %/year annuity pays 106 619 a month (see fixtures).
import { describe, expect, it } from 'vitest';
import { computeLedger } from '../../../src/core/loans/ledger';
import type { LedgerState } from '../../../src/core/loans/ledger-types';
import { annuityTerms, customTerms, multiplierPenalty, pay, PRINCIPAL_FIRST, THREE_ROWS } from './ledger-fixtures';

function at(state: LedgerState, period: number) {
  const row = state.installments.find((inst) => inst.period === period);
  if (!row) throw new Error(`no installment ${period}`);
  return row;
}

describe('the annuity fixture', () => {
  it('is the schedule the penalty numbers below rely on', () => {
    const first = at(computeLedger(annuityTerms(), [], '2026-01-20'), 1);
    expect(first).toMatchObject({ dueDate: '2026-02-15', principal: 94_619, interest: 12_000, fees: 0, total: 106_619 });
  });
});

describe('statuses through a partial payment', () => {
  const terms = customTerms(THREE_ROWS);

  it('goes from due to partly-paid to paid', () => {
    const first = pay('2026-02-10', 5_000);
    const second = pay('2026-02-14', 6_000);

    const before = computeLedger(terms, [first, second], '2026-02-09');
    expect(at(before, 1).status).toBe('due');
    expect(before.nextDue?.period).toBe(1);

    const partly = computeLedger(terms, [first, second], '2026-02-10');
    expect(at(partly, 1).status).toBe('partly-paid');
    expect(at(partly, 1).paid).toEqual({ fees: 0, penalty: 0, interest: 1_000, principal: 4_000 });
    expect(at(partly, 1).outstanding).toBe(6_000);
    expect(at(partly, 2).status).toBe('upcoming');
    expect(partly.nextDue?.period).toBe(1);

    const paid = computeLedger(terms, [first, second], '2026-02-14');
    expect(at(paid, 1).status).toBe('paid');
    expect(at(paid, 1).settledOn).toBe('2026-02-14');
    expect(at(paid, 2).status).toBe('due');
    expect(paid.nextDue?.period).toBe(2);
    expect(paid.totals).toMatchObject({ paid: 11_000, outstandingPrincipal: 20_000, overdueCount: 0, unapplied: 0 });
  });

  it('ignores payments after the as-of date', () => {
    const state = computeLedger(terms, [pay('2026-02-16', 11_000)], '2026-02-15');
    expect(state.totals.paid).toBe(0);
    expect(at(state, 1).status).toBe('due');
  });
});

describe('penalty interest', () => {
  const terms = annuityTerms({ penalty: multiplierPenalty() });

  it('accrues principal × 0.12/365 × 1.5 × 10 days for a payment 10 days late', () => {
    // 94 619 × 0.12 / 365 × 1.5 × 10 = 466.614… → 467
    const payment = pay('2026-02-25', 106_619 + 467);
    const state = computeLedger(terms, [payment], '2026-02-25');
    expect(at(state, 1)).toMatchObject({
      penaltyCharged: 467,
      paid: { fees: 0, penalty: 467, interest: 12_000, principal: 94_619 },
      status: 'paid',
      settledOn: '2026-02-25',
      daysPastDue: 0,
      outstanding: 0,
    });
    expect(state.totals.penaltyOutstanding).toBe(0);
  });

  it('shows the same penalty accrued to the as-of date while unpaid', () => {
    const state = computeLedger(terms, [], '2026-02-25');
    expect(at(state, 1)).toMatchObject({ status: 'overdue', penaltyCharged: 467, daysPastDue: 10, outstanding: 106_619 + 467 });
    expect(state.totals).toMatchObject({ overdueAmount: 107_086, overdueCount: 1, maxDaysPastDue: 10, penaltyOutstanding: 467 });
    expect(state.nextDue?.period).toBe(1);
  });

  it('charges nothing when paid on the due date', () => {
    const state = computeLedger(terms, [pay('2026-02-15', 106_619)], '2026-03-01');
    expect(at(state, 1)).toMatchObject({ status: 'paid', penaltyCharged: 0 });
  });

  it('accrues per segment on the base left after each payment', () => {
    // Principal-first: 50 000 on day 5 leaves 44 619 principal.
    // 94 619 × r × 5 = 233.30… → 233; 44 619 × r × 5 = 110.02… → 110 (r = 0.12/365 × 1.5)
    const state = computeLedger({ ...terms, allocationOrder: PRINCIPAL_FIRST }, [pay('2026-02-20', 50_000)], '2026-02-25');
    expect(at(state, 1).penaltyCharged).toBe(233 + 110);
  });
});

describe('grace days and the late fee', () => {
  const terms = annuityTerms({ penalty: multiplierPenalty({ graceDays: 3, lateFee: { type: 'fixed', minor: 5_000 } }) });

  it('charges nothing when paid on the last grace day', () => {
    const state = computeLedger(terms, [pay('2026-02-18', 106_619)], '2026-03-01');
    expect(at(state, 1)).toMatchObject({ status: 'paid', penaltyCharged: 0, settledOn: '2026-02-18' });
  });

  it('is still due, not overdue, on the last grace day', () => {
    const state = computeLedger(terms, [], '2026-02-18');
    expect(at(state, 1)).toMatchObject({ status: 'due', penaltyCharged: 0, daysPastDue: 3 });
    expect(state.totals).toMatchObject({ overdueCount: 0, maxDaysPastDue: 0 });
  });

  it('one day later charges penalty from the day after the due date, and the late fee once', () => {
    // 4 days: 94 619 × 0.12/365 × 1.5 × 4 = 186.64… → 187; late fee 5 000. The payment goes to the
    // penalty first, leaving 5 187 of principal unpaid.
    const payment = pay('2026-02-19', 106_619);
    const onTheDay = computeLedger(terms, [payment], '2026-02-19');
    expect(at(onTheDay, 1)).toMatchObject({
      status: 'overdue',
      penaltyCharged: 5_187,
      paid: { penalty: 5_187, interest: 12_000, principal: 89_432, fees: 0 },
      outstanding: 5_187,
    });
    // 16 more days on 5 187: 40.93… → 41; the late fee is not charged again.
    const later = computeLedger(terms, [payment], '2026-03-07');
    expect(at(later, 1).penaltyCharged).toBe(5_187 + 41);
  });
});

describe('allocation order', () => {
  const payment = pay('2026-02-25', 50_000);

  it('pays penalty and interest before principal by default', () => {
    const state = computeLedger(annuityTerms({ penalty: multiplierPenalty() }), [payment], '2026-02-25');
    expect(at(state, 1).paid).toEqual({ fees: 0, penalty: 467, interest: 12_000, principal: 37_533 });
  });

  it('pays principal first under a principal-first contract', () => {
    const terms = annuityTerms({ penalty: multiplierPenalty(), allocationOrder: PRINCIPAL_FIRST });
    const state = computeLedger(terms, [payment], '2026-02-25');
    expect(at(state, 1).paid).toEqual({ fees: 0, penalty: 0, interest: 0, principal: 50_000 });
    expect(at(state, 1).outstanding).toBe(106_619 + 467 - 50_000);
  });

  it('puts fees first when the installment carries them', () => {
    const rows = [{ dueDate: '2026-02-15', principal: 10_000, interest: 1_000, fees: 500 }];
    const state = computeLedger(customTerms(rows), [pay('2026-02-15', 1_200)], '2026-02-15');
    expect(at(state, 1).paid).toEqual({ fees: 500, penalty: 0, interest: 700, principal: 0 });
  });
});

describe('paying ahead and overpaying', () => {
  const terms = customTerms(THREE_ROWS);

  it('settles everything due, then pays the next installments in order', () => {
    const state = computeLedger(terms, [pay('2026-03-20', 30_000)], '2026-03-20');
    expect(at(state, 1)).toMatchObject({ status: 'paid', settledOn: '2026-03-20' });
    expect(at(state, 2)).toMatchObject({ status: 'paid', settledOn: '2026-03-20' });
    expect(at(state, 3)).toMatchObject({ status: 'partly-paid', paid: { fees: 0, penalty: 0, interest: 1_000, principal: 7_000 } });
    expect(state.totals.outstandingPrincipal).toBe(3_000);
  });

  it('pays a future installment early and leaves it settled before its due date', () => {
    const state = computeLedger(terms, [pay('2026-02-01', 22_000)], '2026-02-01');
    expect(state.installments.map((row) => row.status)).toEqual(['paid', 'paid', 'due']);
    expect(at(state, 2).settledOn).toBe('2026-02-01');
  });

  it('keeps money beyond the whole schedule as unapplied', () => {
    const state = computeLedger(terms, [pay('2026-02-15', 40_000)], '2026-04-30');
    expect(state.installments.every((row) => row.status === 'paid')).toBe(true);
    expect(state.totals).toMatchObject({ paid: 40_000, unapplied: 7_000, outstandingPrincipal: 0 });
    expect(state.nextDue).toBeNull();
  });

  it('applies same-day payments in the order given', () => {
    const withPenalty = customTerms(THREE_ROWS, { penalty: multiplierPenalty({ rate: { type: 'daily', ppm: 1_000 } }) });
    const state = computeLedger(withPenalty, [pay('2026-02-20', 10_000), pay('2026-02-20', 1_050)], '2026-02-20');
    // 5 days × 10 000 × 0.1 % = 50 penalty; 11 050 in total settles the first installment exactly.
    expect(at(state, 1)).toMatchObject({ status: 'paid', penaltyCharged: 50, settledOn: '2026-02-20' });
  });
});
