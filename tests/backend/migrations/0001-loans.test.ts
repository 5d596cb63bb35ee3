// 0001: the first loans table, flat terms with CHECKs (still the starting point every older vault has).
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/backend/db/migrations';

describe('migration 0001 loans', () => {
  it('creates the loans table with its checks', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    const columns = (db.prepare('PRAGMA table_info(loans)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(expect.arrayContaining(['id', 'principal', 'annual_rate_ppm', 'term_months', 'start_date', 'version']));
    expect(() =>
      db.prepare(`INSERT INTO loans VALUES ('x','n','l','CNY',0,0,1,'2026-01-01','annuity',1,'t','t')`).run(),
    ).toThrow(/CHECK/);
    db.close();
  });
});
