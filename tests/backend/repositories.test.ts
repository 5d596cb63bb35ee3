// Repositories on a migrated in-memory database: round trips, ordering, versioning, and stored rows that
// fail validation reported as errors that say where, never dropped.
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/backend/db/migrations';
import { LoansRepository } from '../../src/backend/db/repositories/loans';
import { LprRepository } from '../../src/backend/db/repositories/lpr';
import { asPayment, PaymentsRepository, type StoredPayment } from '../../src/backend/db/repositories/payments';
import { StoredRowError } from '../../src/backend/db/repositories/row-schemas';
import { loanInputSchema, type Loan } from '../../src/contract';
import { sampleLoan } from './helpers';

const dbs: Database.Database[] = [];
afterEach(() => dbs.splice(0).forEach((db) => db.close()));

function fresh(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  dbs.push(db);
  return db;
}

const LOAN_ID = '0b7c4a3e-2f14-4d0a-9c51-5e7d1f0a6b21';

function loan(overrides: Partial<Loan> = {}): Loan {
  return {
    ...loanInputSchema.parse(sampleLoan),
    id: LOAN_ID,
    version: 1,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    ...overrides,
  };
}

function payment(id: string, date: string, overrides: Partial<StoredPayment> = {}): StoredPayment {
  return { id, loanId: LOAN_ID, date, amount: 100, kind: 'regular', note: '', createdAt: '2026-03-01T00:00:00.000Z', ...overrides };
}

describe('LoansRepository', () => {
  it('stores and reads back every field, and updates only the expected version', () => {
    const db = fresh();
    const repo = new LoansRepository(db);
    const stored = loan({ militaryBorrower: true, jurisdiction: 'US', lenderType: 'online-lender', paper: { clauses: { other: 'x' }, permissions: { sms: false }, done: ['keep-contract-copy'] } });
    repo.insert(stored);
    expect(repo.get(LOAN_ID)).toEqual(stored);
    expect(repo.exists(LOAN_ID)).toBe(true);
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, ...fields } = stored;
    expect(repo.update(LOAN_ID, 2, { ...fields, name: 'Stale' }, '2026-03-02T00:00:00.000Z')).toBe(false);
    expect(repo.update(LOAN_ID, 1, { ...fields, name: 'New' }, '2026-03-02T00:00:00.000Z')).toBe(true);
    expect(repo.get(LOAN_ID)).toMatchObject({ name: 'New', version: 2, updatedAt: '2026-03-02T00:00:00.000Z', createdAt: stored.createdAt });
    expect(repo.delete(LOAN_ID)).toBe(true);
    expect(repo.get(LOAN_ID)).toBeNull();
  });

  it('reports a row whose terms fail validation, naming the table, row and field', () => {
    const db = fresh();
    const repo = new LoansRepository(db);
    repo.insert(loan());
    db.prepare(`UPDATE loans SET terms_json = json_set(terms_json, '$.rate.unit', 'fortnight')`).run();
    expect(() => repo.list()).toThrow(StoredRowError);
    expect(() => repo.get(LOAN_ID)).toThrow(`Stored loans row ${LOAN_ID} is not valid: terms.rate.unit`);
    db.prepare(`UPDATE loans SET terms_json = '{}', jurisdiction = 'MARS'`).run();
    expect(() => repo.list()).toThrow(/jurisdiction/);
  });
});

describe('PaymentsRepository', () => {
  it('reads payments in ledger order: by date, then in the order recorded', () => {
    const db = fresh();
    new LoansRepository(db).insert(loan());
    const repo = new PaymentsRepository(db);
    repo.insert(payment('p-late', '2026-03-01'));
    repo.insert(payment('p-b', '2026-02-01', { kind: 'prepayment', prepayment: { mode: 'lower-installment', fee: 50 } }));
    repo.insert(payment('p-a', '2026-02-01', { note: '第二笔' }));
    expect(repo.listByLoan(LOAN_ID).map((p) => p.id)).toEqual(['p-b', 'p-a', 'p-late']);
    expect(repo.listAll().map((p) => p.id)).toEqual(['p-b', 'p-a', 'p-late']);
    expect(asPayment(repo.listByLoan(LOAN_ID)[0] as StoredPayment)).toEqual({
      id: 'p-b',
      date: '2026-02-01',
      amount: 100,
      kind: 'prepayment',
      prepayment: { mode: 'lower-installment', fee: 50 },
      note: '',
    });
    expect(repo.delete('another-loan', 'p-a')).toBe(false);
    expect(repo.delete(LOAN_ID, 'p-a')).toBe(true);
    expect(repo.exists('p-a')).toBe(false);
  });

  it('reports a stored prepayment without its mode', () => {
    const db = fresh();
    new LoansRepository(db).insert(loan());
    const repo = new PaymentsRepository(db);
    repo.insert(payment('p1', '2026-02-01'));
    db.prepare(`UPDATE payments SET kind = 'prepayment'`).run();
    expect(() => repo.listByLoan(LOAN_ID)).toThrow('Stored payments row p1 is not valid: prepayment');
  });
});

describe('LprRepository', () => {
  it('replaces the whole series', () => {
    const db = fresh();
    const repo = new LprRepository(db);
    const points = [
      { effectiveDate: '2025-05-20', oneYearPpm: 30_000, source: 'NIFC', confidence: 'V' as const },
      { effectiveDate: '2019-08-20', oneYearPpm: 42_500, source: 'NIFC', confidence: 'S' as const },
    ];
    repo.replace(points);
    expect(repo.list().map((p) => p.effectiveDate)).toEqual(['2019-08-20', '2025-05-20']);
    repo.replace([]);
    expect(repo.list()).toEqual([]);
  });
});
