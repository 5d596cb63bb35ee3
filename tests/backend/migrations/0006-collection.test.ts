// 0006: the circle, contact entries with append-only revisions, and append-only encrypted evidence, with
// one chain position (seq) per record across revisions and evidence.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/backend/db/migrations';

const H = 'a'.repeat(64);

function atVersion6(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 6));
  db.prepare(`INSERT INTO contact_entries (id, created_at) VALUES ('E1', 't')`).run();
  return db;
}

const columns = (db: Database.Database, table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

const insertRevision = `INSERT INTO contact_revisions (entry_id, revision, entry_json, reason, recorded_at, seq, prev_hash, hash)
  VALUES (?, ?, ?, '', 't', ?, ?, ?)`;
const insertEvidence = `INSERT INTO evidence (id, entry_id, filename, mime_type, size, sha256, imported_at, wrapped_key, nonce,
  ciphertext, seq, prev_hash, hash) VALUES (?, ?, 'a.png', 'image/png', ?, ?, 't', x'00', x'00', x'00', ?, ?, ?)`;

describe('migration 0006 collection', () => {
  it('creates the circle, entries, revisions and evidence tables', () => {
    const db = atVersion6();
    expect(columns(db, 'circle_people')).toEqual(['id', 'alias', 'relation', 'number', 'created_at', 'updated_at']);
    expect(columns(db, 'contact_entries')).toEqual(['id', 'created_at']);
    expect(columns(db, 'contact_revisions')).toEqual([
      'entry_id',
      'revision',
      'entry_json',
      'reason',
      'recorded_at',
      'seq',
      'prev_hash',
      'hash',
    ]);
    expect(columns(db, 'evidence')).toEqual([
      'id',
      'entry_id',
      'filename',
      'mime_type',
      'size',
      'sha256',
      'imported_at',
      'wrapped_key',
      'nonce',
      'ciphertext',
      'seq',
      'prev_hash',
      'hash',
    ]);
    db.close();
  });

  it('refuses to update or delete entries, revisions and evidence', () => {
    const db = atVersion6();
    db.prepare(insertRevision).run('E1', 1, '{}', 1, H, H);
    db.prepare(insertEvidence).run('V1', 'E1', 10, H, 2, H, H);
    expect(() => db.prepare(`UPDATE contact_revisions SET entry_json = '{"x":1}'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM contact_revisions`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE evidence SET ciphertext = x'01'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM evidence`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE contact_entries SET created_at = 'u'`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`DELETE FROM contact_entries`).run()).toThrow(/append-only/);
    expect(db.prepare('SELECT entry_json FROM contact_revisions').get()).toEqual({ entry_json: '{}' });
    expect(db.prepare('SELECT count(*) AS n FROM evidence').get()).toEqual({ n: 1 });
    db.close();
  });

  it('keeps revision numbers unique per entry and chain positions unique across both tables', () => {
    const db = atVersion6();
    db.prepare(insertRevision).run('E1', 1, '{}', 1, H, H);
    expect(() => db.prepare(insertRevision).run('E1', 1, '{}', 2, H, H)).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertRevision).run('E1', 2, '{}', 1, H, H)).toThrow(/UNIQUE/);
    expect(() => db.prepare(insertEvidence).run('V1', 'E1', 10, H, 1, H, H)).toThrow(/chain position/);
    db.prepare(insertEvidence).run('V1', 'E1', 10, H, 2, H, H);
    expect(() => db.prepare(insertRevision).run('E1', 2, '{}', 2, H, H)).toThrow(/chain position/);
    db.close();
  });

  it('checks references, JSON, sizes and hex hashes', () => {
    const db = atVersion6();
    expect(() => db.prepare(insertRevision).run('NOPE', 1, '{}', 1, H, H)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(insertRevision).run('E1', 1, '{oops', 1, H, H)).toThrow(/CHECK/);
    expect(() => db.prepare(insertRevision).run('E1', 0, '{}', 1, H, H)).toThrow(/CHECK/);
    expect(() => db.prepare(insertRevision).run('E1', 1, '{}', 1, H, 'A'.repeat(64))).toThrow(/CHECK/);
    expect(() => db.prepare(insertRevision).run('E1', 1, '{}', 1, 'abc', H)).toThrow(/CHECK/);
    expect(() => db.prepare(insertEvidence).run('V1', 'NOPE', 10, H, 2, H, H)).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(insertEvidence).run('V1', 'E1', 0, H, 2, H, H)).toThrow(/CHECK/);
    expect(() => db.prepare(insertEvidence).run('V1', 'E1', 10, 'z'.repeat(64), 2, H, H)).toThrow(/CHECK/);
    db.close();
  });

  it('lets a circle person be changed (only the log is append-only)', () => {
    const db = atVersion6();
    db.prepare(`INSERT INTO circle_people VALUES ('P1', 'Mum', 'parent', '', 't', 't')`).run();
    db.prepare(`UPDATE circle_people SET alias = 'Mother' WHERE id = 'P1'`).run();
    expect(db.prepare('SELECT alias FROM circle_people').get()).toEqual({ alias: 'Mother' });
    expect(() => db.prepare(`INSERT INTO circle_people VALUES ('P2', '', 'parent', '', 't', 't')`).run()).toThrow(/CHECK/);
    db.close();
  });
});
