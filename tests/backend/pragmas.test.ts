import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, REQUIRED_PRAGMAS } from '../../src/backend/db/open';
import { DomainError } from '../../src/contract';
import { tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

describe('the encrypted ledger connection', () => {
  it('reads back every required pragma and uses the chacha20 cipher', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const db = openLedger(join(t.dir, 'l.db'), randomBytes(32));
    expect(db.pragma('cipher', { simple: true })).toBe('chacha20');
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('temp_store', { simple: true })).toBe(2);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(REQUIRED_PRAGMAS).toHaveLength(5);
    db.exec('CREATE TABLE t (x TEXT); INSERT INTO t VALUES (\'hello\')');
    db.close();
    const head = readFileSync(join(t.dir, 'l.db')).subarray(0, 16).toString('latin1');
    expect(head).not.toBe('SQLite format 3\0');
  });

  it('refuses to open with a different key, with VAULT_CORRUPT rather than garbage', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'l.db');
    const db = openLedger(path, randomBytes(32));
    db.exec('CREATE TABLE t (x TEXT)');
    db.close();
    let caught: unknown;
    try {
      openLedger(path, randomBytes(32));
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('VAULT_CORRUPT');
  });
});
