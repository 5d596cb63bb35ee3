// Payments and the ledger through the dispatcher: partial payment status, deletion, prepayment, penalty
// accrued to a chosen date, and the errors a user can meet.
import { afterEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../src/backend/backend';
import { call, errorCode, fixedClock, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

async function unlocked(clockIso = '2026-03-10T02:00:00Z'): Promise<Backend> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const backend = makeBackend(t.dir, fixedClock(clockIso));
  cleanups.push(() => backend.close());
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  return backend;
}

/** 3,000.00 at 0 % in three monthly parts of 1,000.00, first due 10 Feb 2026. */
const small = {
  name: 'Small',
  lender: 'L',
  terms: {
    method: 'equal-principal',
    principal: 300_000,
    startDate: '2026-01-10',
    termPeriods: 3,
    rate: { ppm: 0, unit: 'year' },
    penalty: { rate: { type: 'daily', ppm: 500 }, base: 'overdue-principal', lateFee: { type: 'fixed', minor: 2000 }, graceDays: 3 },
  },
} as const;

describe('payments', () => {
  it('records a partial payment: the installment becomes partly paid, and deleting it undoes that', async () => {
    const backend = await unlocked('2026-03-10T02:00:00Z');
    const loan = await call(backend, 'loans.create', { ...sampleLoan, terms: { ...sampleLoan.terms, startDate: '2026-02-20' } });
    expect(loan.ledger.installments[0]).toMatchObject({ dueDate: '2026-03-20', status: 'due' });
    const after = await call(backend, 'loans.recordPayment', { loanId: loan.id, date: '2026-03-05', amount: 100_000, note: '部分' });
    expect(after.ledger.installments[0]).toMatchObject({ status: 'partly-paid', outstanding: 530_727 - 100_000 });
    expect(after.payments).toEqual([{ id: expect.any(String), date: '2026-03-05', amount: 100_000, kind: 'regular', note: '部分' }]);
    expect(after).toMatchObject({ status: 'on-track', nextDue: { period: 1, amount: 430_727 } });
    const paymentId = after.payments[0]?.id ?? '';
    const undone = await call(backend, 'loans.deletePayment', { loanId: loan.id, paymentId });
    expect(undone.payments).toEqual([]);
    expect(undone.ledger.installments[0]?.status).toBe('due');
    expect(await errorCode(backend, 'loans.deletePayment', { loanId: loan.id, paymentId })).toBe('NOT_FOUND');
  });

  it('settles an overdue installment and brings the loan back on track', async () => {
    const backend = await unlocked('2026-03-10T02:00:00Z');
    const loan = await call(backend, 'loans.create', sampleLoan);
    expect(loan.status).toBe('overdue');
    const paid = await call(backend, 'loans.recordPayment', { loanId: loan.id, date: '2026-02-15', amount: 530_727 });
    expect(paid).toMatchObject({ status: 'on-track', overdue: { count: 0, amount: 0 }, nextDue: { period: 2, dueDate: '2026-03-15' } });
    expect(paid.ledger.installments[0]).toMatchObject({ status: 'paid', settledOn: '2026-02-15' });
    const [summary] = await call(backend, 'loans.list');
    expect(summary?.status).toBe('on-track');
  });

  it('records a prepayment that shortens the term', async () => {
    const backend = await unlocked('2026-02-12T02:00:00Z');
    const loan = await call(backend, 'loans.create', small);
    const after = await call(backend, 'loans.recordPayment', {
      loanId: loan.id,
      date: '2026-02-10',
      amount: 200_000,
      kind: 'prepayment',
      prepayment: { mode: 'shorten-term', fee: 0 },
    });
    expect(after.payments[0]).toMatchObject({ kind: 'prepayment', prepayment: { mode: 'shorten-term', fee: 0 } });
    expect(after.ledger.installments.length).toBeLessThan(3);
    expect(after.outstandingPrincipal).toBe(100_000);
  });

  it('accrues penalty to the date asked for: nothing within grace, then daily penalty plus the late fee', async () => {
    const backend = await unlocked('2026-02-11T02:00:00Z');
    const loan = await call(backend, 'loans.create', small);
    const inGrace = await call(backend, 'loans.get', { id: loan.id, asOf: '2026-02-12' });
    expect(inGrace.ledger.installments[0]).toMatchObject({ penaltyCharged: 0, daysPastDue: 2 });
    const tenDays = await call(backend, 'loans.get', { id: loan.id, asOf: '2026-02-20' });
    expect(tenDays.ledger.asOf).toBe('2026-02-20');
    expect(tenDays.ledger.installments[0]).toMatchObject({ status: 'overdue', daysPastDue: 10, penaltyCharged: 10 * 50 + 2000 });
    const twenty = await call(backend, 'loans.get', { id: loan.id, asOf: '2026-03-02' });
    expect(twenty.ledger.installments[0]?.penaltyCharged).toBe(20 * 50 + 2000);
    expect((await call(backend, 'loans.get', { id: loan.id })).ledger.asOf).toBe('2026-02-11');
  });

  it('refuses a payment for an unknown loan, before the loan starts, or without a prepayment mode', async () => {
    const backend = await unlocked();
    const loan = await call(backend, 'loans.create', small);
    const unknown = '3f2b7c1e-9a4d-4e8b-8c7f-1a2b3c4d5e6f';
    expect(await errorCode(backend, 'loans.recordPayment', { loanId: unknown, date: '2026-02-10', amount: 1 })).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'loans.deletePayment', { loanId: unknown, paymentId: unknown })).toBe('NOT_FOUND');
    const early = await backend.dispatch('loans.recordPayment', { loanId: loan.id, date: '2026-01-09', amount: 1 });
    expect(early).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: ['date'] }] } });
    expect(await errorCode(backend, 'loans.recordPayment', { loanId: loan.id, date: '2026-02-10', amount: 1, kind: 'prepayment' })).toBe('INVALID_INPUT');
    expect((await call(backend, 'loans.get', { id: loan.id })).payments).toEqual([]);
  });

  it('deletes a loan’s payments with the loan', async () => {
    const backend = await unlocked();
    const loan = await call(backend, 'loans.create', small);
    await call(backend, 'loans.recordPayment', { loanId: loan.id, date: '2026-02-10', amount: 100_000 });
    await call(backend, 'loans.delete', { id: loan.id });
    const exported = await call(backend, 'transfer.exportJson');
    expect(JSON.parse(exported.content)).toMatchObject({ loans: [] });
  });
});

describe('rates', () => {
  it('lists the seeded LPR series and replaces it in one go', async () => {
    const backend = await unlocked();
    const seeded = await call(backend, 'rates.lprList');
    expect(seeded.length).toBeGreaterThan(0);
    const points = [
      { effectiveDate: '2025-05-20', oneYearPpm: 30_000, source: 'NIFC announcement', confidence: 'V' as const },
      { effectiveDate: '2024-10-21', oneYearPpm: 31_000, source: 'NIFC announcement', confidence: 'V' as const },
    ];
    expect((await call(backend, 'rates.lprSave', { points })).map((p) => p.effectiveDate)).toEqual(['2024-10-21', '2025-05-20']);
    expect(await call(backend, 'rates.lprList')).toHaveLength(2);
    const duplicate = await backend.dispatch('rates.lprSave', { points: [points[0], points[0]] });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: ['points', 1, 'effectiveDate'] }] } });
    expect(await call(backend, 'rates.lprList')).toHaveLength(2);
  });

  it('judges a private loan against the stored LPR: above 4 × LPR is a warning', async () => {
    const backend = await unlocked();
    await call(backend, 'rates.lprSave', { points: [{ effectiveDate: '2025-01-01', oneYearPpm: 30_000, source: 'test', confidence: 'V' }] });
    const loan = await call(backend, 'loans.create', {
      name: 'Private',
      lender: 'Friend',
      lenderType: 'private',
      terms: { method: 'annuity', principal: 1_000_000, startDate: '2026-01-10', termPeriods: 12, rate: { ppm: 150_000, unit: 'year' } },
    });
    expect(loan.rateWarnings.map((w) => w.ruleId)).toContain('CN-RATE-01');
    expect(loan.warnings.count).toBe(loan.rateWarnings.length);
    expect(loan.warnings.strongest).not.toBeNull();
  });
});
