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

  it('0001 creates the loans table with its checks', () => {
    const db = new Database(':memory:');
    migrate(db);
    const columns = (db.prepare('PRAGMA table_info(loans)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['id', 'principal', 'annual_rate_ppm', 'term_months', 'start_date', 'version']));
    expect(() =>
      db.prepare(`INSERT INTO loans VALUES ('x','n','l','CNY',0,0,1,'2026-01-01','annuity',1,'t','t')`).run(),
    ).toThrow(/CHECK/);
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
