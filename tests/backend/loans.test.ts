// loans.* through the dispatcher on a real encrypted vault: the computed summary and detail, time zone
// of "today", optimistic versioning, NOT_FOUND, and field paths for bad input.
import { afterEach, describe, expect, it } from 'vitest';
import { call, errorCode, fixedClock, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

async function unlocked(clockIso = '2026-03-10T02:00:00Z') {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const backend = makeBackend(t.dir, fixedClock(clockIso));
  cleanups.push(() => backend.close());
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  return backend;
}

const laterStart = { ...sampleLoan, terms: { ...sampleLoan.terms, startDate: '2026-02-15' } };

describe('loans', () => {
  it('creates a loan with defaults and its ledger: 1,000,000 over 360 months at 4.9% is 5,307.27 a month', async () => {
    const backend = await unlocked();
    const created = await call(backend, 'loans.create', sampleLoan);
    expect(created).toMatchObject({
      currency: 'CNY',
      jurisdiction: 'CN',
      lenderType: 'bank',
      militaryBorrower: false,
      version: 1,
      regularPayment: 530_727,
      paper: { clauses: {}, permissions: {}, done: [] },
      terms: { method: 'annuity', frequency: 'monthly', rate: { accrual: 'periodic', dayCountBasis: 365 }, fees: [] },
    });
    expect(created.ledger.installments).toHaveLength(360);
    expect(created.ledger.installments[0]).toMatchObject({ period: 1, dueDate: '2026-02-15', total: 530_727, status: 'overdue' });
    expect(created.payments).toEqual([]);
    expect(created.trueCost.apr).toBeCloseTo(0.049, 6);
    expect(created.cost.advertisedAnnual).toBeCloseTo(0.049, 9);
    expect(created.rateWarnings).toEqual([]);
  });

  it('lists summaries: the unpaid February installment is overdue on 10 March', async () => {
    const backend = await unlocked('2026-03-10T02:00:00Z');
    const created = await call(backend, 'loans.create', sampleLoan);
    const [summary] = await call(backend, 'loans.list');
    expect(summary).toMatchObject({
      id: created.id,
      regularPayment: 530_727,
      status: 'overdue',
      overdue: { amount: 530_727, count: 1, maxDaysPastDue: 23 },
      nextDue: { dueDate: '2026-02-15', period: 1, amount: 530_727 },
      outstandingPrincipal: 100_000_000,
      warnings: { count: 0, strongest: null },
    });
    expect(summary).not.toHaveProperty('ledger');
    expect(summary).not.toHaveProperty('payments');
  });

  it('uses the user time zone for "today": 16:30 UTC on the 15th is already the 16th in Shanghai', async () => {
    const before = await unlocked('2026-03-14T16:30:00Z');
    await call(before, 'loans.create', laterStart);
    expect((await call(before, 'loans.list'))[0]).toMatchObject({ status: 'on-track', nextDue: { dueDate: '2026-03-15' } });
    const after = await unlocked('2026-03-15T16:30:00Z');
    await call(after, 'loans.create', laterStart);
    expect((await call(after, 'loans.list'))[0]).toMatchObject({ status: 'overdue', overdue: { maxDaysPastDue: 1 } });
  });

  it('updates with optimistic versioning and refuses a stale version with CONFLICT', async () => {
    const backend = await unlocked();
    const created = await call(backend, 'loans.create', sampleLoan);
    const updated = await call(backend, 'loans.update', {
      id: created.id,
      version: 1,
      loan: { ...sampleLoan, name: 'Renamed', paper: { clauses: { penalty: '1.5×' }, permissions: { contacts: true } } },
    });
    expect(updated).toMatchObject({ name: 'Renamed', version: 2, paper: { clauses: { penalty: '1.5×' }, permissions: { contacts: true }, done: [] } });
    expect(await errorCode(backend, 'loans.update', { id: created.id, version: 1, loan: sampleLoan })).toBe('CONFLICT');
    expect((await call(backend, 'loans.get', { id: created.id })).name).toBe('Renamed');
  });

  it('deletes, and answers NOT_FOUND for an unknown id', async () => {
    const backend = await unlocked();
    const created = await call(backend, 'loans.create', sampleLoan);
    await call(backend, 'loans.delete', { id: created.id });
    expect(await call(backend, 'loans.list')).toEqual([]);
    expect(await errorCode(backend, 'loans.delete', { id: created.id })).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'loans.get', { id: created.id })).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'loans.update', { id: created.id, version: 1, loan: sampleLoan })).toBe('NOT_FOUND');
  });

  it('rejects bad input with the field path and writes nothing', async () => {
    const backend = await unlocked();
    const result = await backend.dispatch('loans.create', {
      ...sampleLoan,
      terms: { ...sampleLoan.terms, startDate: '2026-02-30', principal: 1.5 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      const paths = (result.error.issues ?? []).map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['terms.startDate', 'terms.principal']));
    }
    expect(await errorCode(backend, 'loans.create', { ...sampleLoan, extra: 'field' })).toBe('INVALID_INPUT');
    expect(await call(backend, 'loans.list')).toEqual([]);
  });

  it('creates one loan of each method', async () => {
    const backend = await unlocked();
    const base = { principal: 1_200_000, startDate: '2026-01-10', termPeriods: 12, rate: { ppm: 120_000, unit: 'year' as const } };
    const methods = [
      { ...base, method: 'annuity' as const },
      { ...base, method: 'equal-principal' as const },
      { ...base, method: 'interest-only' as const },
      { ...base, method: 'bullet' as const, termPeriods: 1 },
      { ...base, method: 'card-installment' as const, rate: { ppm: 0, unit: 'year' as const }, installmentFeePpm: 6000 },
      {
        ...base,
        method: 'revolving' as const,
        rate: { ppm: 500, unit: 'day' as const, accrual: 'daily' as const },
        revolving: { statementDay: 5, dueDay: 25, minPaymentPpm: 100_000, minPaymentFloor: 10_000 },
      },
      {
        ...base,
        method: 'custom' as const,
        termPeriods: 2,
        customSchedule: [
          { dueDate: '2026-02-10', principal: 600_000, interest: 12_000, fees: 0 },
          { dueDate: '2026-03-10', principal: 600_000, interest: 6000, fees: 500 },
        ],
      },
    ];
    for (const terms of methods) {
      const created = await call(backend, 'loans.create', { name: terms.method, lender: 'L', terms });
      expect(created.terms.method).toBe(terms.method);
      expect(created.ledger.installments.reduce((s, r) => s + r.principal, 0)).toBe(1_200_000);
    }
    expect(await call(backend, 'loans.list')).toHaveLength(methods.length);
  });
});
