// The migration runner: ordered list, once only, all or nothing, refusing newer databases. Each
// migration has its own test under tests/backend/migrations/.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { currentVersion, migrate, MIGRATIONS } from '../../src/backend/db/migrations';
import type { Migration } from '../../src/backend/db/migrations/types';
import { DomainError } from '../../src/contract';

describe('migrations', () => {
  it('are numbered 1, 2, 3… and bring a new database to the latest version once', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(MIGRATIONS.length);
    expect(currentVersion(db)).toBe(MIGRATIONS.length);
    expect(migrate(db)).toBe(MIGRATIONS.length);
    db.close();
  });

  it('apply all or nothing: a failing migration leaves the database at its previous version', () => {
    const db = new Database(':memory:');
    const list: Migration[] = [
      ...MIGRATIONS,
      { version: MIGRATIONS.length + 1, name: 'adds a table', up: (d) => d.exec('CREATE TABLE extra (x INTEGER)') },
      { version: MIGRATIONS.length + 2, name: 'fails', up: (d) => d.exec('THIS IS NOT SQL') },
    ];
    expect(() => migrate(db, list)).toThrow();
    expect(currentVersion(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name IN ('loans','extra')`).get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuse a database written by a newer app', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    expect(() => migrate(db)).toThrow(DomainError);
    try {
      migrate(db);
    } catch (error) {
      expect((error as DomainError).code).toBe('VAULT_TOO_NEW');
    }
    db.close();
  });

  it('refuse a list that is out of order', () => {
    const db = new Database(':memory:');
    const bad: Migration[] = [{ version: 2, name: 'gap', up: () => undefined }];
    expect(() => migrate(db, bad)).toThrow(/out of order/);
    db.close();
  });
});
