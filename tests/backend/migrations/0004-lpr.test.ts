// 0004: the LPR series as a table, seeded with the points the app ships.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/backend/db/migrations';
import { LprRepository } from '../../../src/backend/db/repositories/lpr';
import { DEFAULT_LPR } from '../../../src/core/cost/lpr-defaults';

describe('migration 0004 lpr', () => {
  it('seeds lpr_points from DEFAULT_LPR, read back in date order', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    expect(DEFAULT_LPR.length).toBeGreaterThan(0);
    expect(new LprRepository(db).list()).toEqual([...DEFAULT_LPR].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate)));
    db.close();
  });

  it('keys points by effective date and checks ppm and confidence', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 4));
    const insert = db.prepare('INSERT INTO lpr_points VALUES (?, ?, ?, ?)');
    const first = DEFAULT_LPR[0]?.effectiveDate ?? '';
    expect(() => insert.run(first, 30_000, 's', 'V')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => insert.run('2030-01-01', -1, 's', 'V')).toThrow(/CHECK/);
    expect(() => insert.run('2030-01-01', 30_000, 's', 'X')).toThrow(/CHECK/);
    db.close();
  });
});
