// The ordered list of migrations and the runner that applies the missing ones in one transaction.
// A database whose user_version is above the newest migration was written by a newer app: refuse it.
import type { Database } from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '../../../contract';
import { migration0001Loans } from './0001-loans';
import { migration0002LoanTerms } from './0002-loan-terms';
import { migration0003Payments } from './0003-payments';
import { migration0004Lpr } from './0004-lpr';
import { migration0005Reminders } from './0005-reminders';
import { migration0006Collection } from './0006-collection';
import type { Migration } from './types';

export const MIGRATIONS: readonly Migration[] = [
  migration0001Loans,
  migration0002LoanTerms,
  migration0003Payments,
  migration0004Lpr,
  migration0005Reminders,
  migration0006Collection,
];

export function latestVersion(list: readonly Migration[] = MIGRATIONS): number {
  return list.at(-1)?.version ?? 0;
}

export function currentVersion(db: Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/** Applies every migration above the database's user_version; all or nothing. Returns the new version. */
export function migrate(db: Database, list: readonly Migration[] = MIGRATIONS): number {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list out of order at ${m.name}`);
  });
  const from = currentVersion(db);
  const latest = latestVersion(list);
  if (from > latest) {
    throw new DomainError('VAULT_TOO_NEW', 'This ledger was written by a newer version of QuietLedger');
  }
  if (from === latest) return from;
  db.transaction(() => {
    for (const m of list.slice(from)) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return latest;
}
