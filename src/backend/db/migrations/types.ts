// The shape of one schema migration. Migrations are an ordered list; each runs once, inside the single
// transaction that also advances PRAGMA user_version.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export interface Migration {
  /** Equals the user_version the database has after this migration; 1, 2, 3… without gaps. */
  version: number;
  name: string;
  up(db: Database): void;
}
