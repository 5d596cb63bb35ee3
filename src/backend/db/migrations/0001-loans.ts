// First schema: the loans table, holding the terms the user typed (amounts in minor units, rates in ppm).
import type { Migration } from './types';

export const migration0001Loans: Migration = {
  version: 1,
  name: 'loans',
  up(db) {
    db.exec(`
      CREATE TABLE loans (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        lender TEXT NOT NULL,
        currency TEXT NOT NULL,
        principal INTEGER NOT NULL CHECK (principal > 0),
        annual_rate_ppm INTEGER NOT NULL CHECK (annual_rate_ppm >= 0),
        term_months INTEGER NOT NULL CHECK (term_months > 0),
        start_date TEXT NOT NULL,
        method TEXT NOT NULL,
        version INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX loans_by_created ON loans (created_at);
    `);
  },
};
