// Loans as the lender's paper states them: the terms (method, rate unit, fees, penalty, allocation) and
// the paper (clauses, app permissions) become JSON columns, validated on read by the contract's schemas.
// Every 0001 loan becomes an annuity, monthly, with its yearly rate accrued per period, no fees.
import type { Migration } from './types';

interface LoanRow0001 {
  id: string;
  name: string;
  lender: string;
  currency: string;
  principal: number;
  annual_rate_ppm: number;
  term_months: number;
  start_date: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** The terms of a 0001 loan, written out in full here so this migration never changes with the app. */
function termsOf(row: LoanRow0001): string {
  return JSON.stringify({
    method: 'annuity',
    principal: row.principal,
    startDate: row.start_date,
    termPeriods: row.term_months,
    frequency: 'monthly',
    rate: { ppm: row.annual_rate_ppm, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
    fees: [],
    penalty: { rate: { type: 'none' }, base: 'overdue-principal', lateFee: { type: 'none' }, graceDays: 0 },
    allocationOrder: ['fees', 'penalty', 'interest', 'principal'],
  });
}

const EMPTY_PAPER = JSON.stringify({ clauses: {}, permissions: {}, done: [] });

export const migration0002LoanTerms: Migration = {
  version: 2,
  name: 'loan-terms',
  up(db) {
    db.exec(`
      CREATE TABLE loans_v2 (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        lender TEXT NOT NULL,
        currency TEXT NOT NULL,
        jurisdiction TEXT NOT NULL,
        lender_type TEXT NOT NULL,
        military_borrower INTEGER NOT NULL CHECK (military_borrower IN (0, 1)),
        terms_json TEXT NOT NULL CHECK (json_valid(terms_json)),
        paper_json TEXT NOT NULL CHECK (json_valid(paper_json)),
        version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
    const rows = db.prepare('SELECT * FROM loans ORDER BY created_at, id').all() as LoanRow0001[];
    const insert = db.prepare(
      `INSERT INTO loans_v2 (id, name, lender, currency, jurisdiction, lender_type, military_borrower, terms_json,
         paper_json, version, created_at, updated_at)
       VALUES (@id, @name, @lender, @currency, 'CN', 'bank', 0, @terms, @paper, @version, @created_at, @updated_at)`,
    );
    for (const row of rows) {
      insert.run({
        id: row.id,
        name: row.name,
        lender: row.lender,
        currency: row.currency,
        terms: termsOf(row),
        paper: EMPTY_PAPER,
        version: row.version,
        created_at: row.created_at,
        updated_at: row.updated_at,
      });
    }
    db.exec(`
      DROP TABLE loans;
      ALTER TABLE loans_v2 RENAME TO loans;
      CREATE INDEX loans_by_created ON loans (created_at);
    `);
  },
};
