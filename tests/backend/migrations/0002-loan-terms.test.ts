// 0002: loans rebuilt with terms and paper as JSON; every 0001 row converted and readable through the
// repository, with the schedule it had before.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { currentVersion, migrate, MIGRATIONS } from '../../../src/backend/db/migrations';
import { LoansRepository } from '../../../src/backend/db/repositories/loans';
import { describeLoan } from '../../../src/backend/handlers/loan-view';

function version1WithRows(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 1));
  const insert = db.prepare(
    `INSERT INTO loans (id, name, lender, currency, principal, annual_rate_ppm, term_months, start_date, method, version,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'annuity', ?, ?, ?)`,
  );
  insert.run('11111111-1111-4111-8111-111111111111', '房贷', '银行甲', 'CNY', 100_000_000, 49_000, 360, '2026-01-15', 3, '2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z');
  insert.run('22222222-2222-4222-8222-222222222222', 'Car', 'Lender B', 'JPY', 1_500_000, 0, 12, '2025-12-31', 1, '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
  return db;
}

describe('migration 0002 loan-terms', () => {
  it('converts every 0001 loan to the new terms and keeps its identity, version and times', () => {
    const db = version1WithRows();
    migrate(db, MIGRATIONS.slice(0, 2));
    expect(currentVersion(db)).toBe(2);
    const loans = new LoansRepository(db).list();
    expect(loans).toEqual([
      {
        id: '11111111-1111-4111-8111-111111111111',
        name: '房贷',
        lender: '银行甲',
        currency: 'CNY',
        jurisdiction: 'CN',
        lenderType: 'bank',
        militaryBorrower: false,
        terms: {
          method: 'annuity',
          principal: 100_000_000,
          startDate: '2026-01-15',
          termPeriods: 360,
          frequency: 'monthly',
          rate: { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
          fees: [],
          penalty: { rate: { type: 'none' }, base: 'overdue-principal', lateFee: { type: 'none' }, graceDays: 0 },
          allocationOrder: ['fees', 'penalty', 'interest', 'principal'],
        },
        paper: { clauses: {}, permissions: {}, done: [] },
        version: 3,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-02-01T00:00:00.000Z',
      },
      expect.objectContaining({ id: '22222222-2222-4222-8222-222222222222', currency: 'JPY', version: 1 }),
    ]);
    db.close();
  });

  it('gives a converted loan the schedule 0001 computed: 5,307.27 a month for the textbook mortgage', () => {
    const db = version1WithRows();
    migrate(db);
    const [mortgage, car] = new LoansRepository(db).list();
    if (!mortgage || !car) throw new Error('rows lost');
    const detail = describeLoan(mortgage, [], [], '2026-01-20');
    expect(detail.regularPayment).toBe(530_727);
    expect(detail.ledger.installments[0]?.dueDate).toBe('2026-02-15');
    const carDetail = describeLoan(car, [], [], '2026-01-20');
    expect(carDetail.ledger.installments.map((r) => r.dueDate).slice(0, 3)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(carDetail.regularPayment).toBe(125_000);
    db.close();
  });

  it('builds a STRICT table that refuses non-JSON terms and a non-boolean military flag', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 2));
    const sql = (db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'loans'`).get() as { sql: string }).sql;
    expect(sql).toMatch(/STRICT/);
    const insert = (terms: string, military: number) =>
      db
        .prepare(`INSERT INTO loans VALUES ('x','n','l','CNY','CN','bank',?,?,'{}',1,'t','t')`)
        .run(military, terms);
    expect(() => insert('not json', 0)).toThrow(/CHECK/);
    expect(() => insert('{}', 2)).toThrow(/CHECK/);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'loans' AND sql IS NOT NULL`).all()).toEqual([
      { name: 'loans_by_created' },
    ]);
    db.close();
  });
});
