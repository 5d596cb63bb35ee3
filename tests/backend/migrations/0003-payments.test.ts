// 0003: payments belong to a loan, go with it, and are indexed by loan and date.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/backend/db/migrations';

function atVersion3(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 3));
  db.prepare(`INSERT INTO loans VALUES ('L1','n','l','CNY','CN','bank',0,'{}','{}',1,'t','t')`).run();
  return db;
}

const insertPayment = `INSERT INTO payments (id, loan_id, date, amount, kind, prepayment_json, note, created_at)
  VALUES (?, ?, '2026-02-01', ?, ?, ?, '', 't')`;

describe('migration 0003 payments', () => {
  it('creates the payments table with its index on (loan_id, date)', () => {
    const db = atVersion3();
    const columns = (db.prepare('PRAGMA table_info(payments)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['id', 'loan_id', 'date', 'amount', 'kind', 'prepayment_json', 'note', 'created_at']);
    const index = db.prepare(`PRAGMA index_info(payments_by_loan_date)`).all() as { name: string }[];
    expect(index.map((c) => c.name)).toEqual(['loan_id', 'date']);
    db.close();
  });

  it('refuses a payment for no loan, a zero amount, an unknown kind or bad JSON', () => {
    const db = atVersion3();
    expect(() => db.prepare(insertPayment).run('p0', 'NOPE', 100, 'regular', null)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(insertPayment).run('p1', 'L1', 0, 'regular', null)).toThrow(/CHECK/);
    expect(() => db.prepare(insertPayment).run('p2', 'L1', 5, 'refund', null)).toThrow(/CHECK/);
    expect(() => db.prepare(insertPayment).run('p3', 'L1', 5, 'prepayment', '{oops')).toThrow(/CHECK/);
    db.prepare(insertPayment).run('p4', 'L1', 5, 'prepayment', '{"mode":"shorten-term","fee":0}');
    db.close();
  });

  it('deletes a loan’s payments with the loan', () => {
    const db = atVersion3();
    db.prepare(insertPayment).run('p1', 'L1', 100, 'regular', null);
    db.prepare(`DELETE FROM loans WHERE id = 'L1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM payments').get()).toEqual({ n: 0 });
    db.close();
  });
});
