// Payments recorded against a loan (date, amount, regular or prepayment, note), deleted with their loan.
import type { Migration } from './types';

export const migration0003Payments: Migration = {
  version: 3,
  name: 'payments',
  up(db) {
    db.exec(`
      CREATE TABLE payments (
        id TEXT PRIMARY KEY,
        loan_id TEXT NOT NULL REFERENCES loans (id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        amount INTEGER NOT NULL CHECK (amount > 0),
        kind TEXT NOT NULL CHECK (kind IN ('regular', 'prepayment')),
        prepayment_json TEXT CHECK (prepayment_json IS NULL OR json_valid(prepayment_json)),
        note TEXT NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX payments_by_loan_date ON payments (loan_id, date);
    `);
  },
};
