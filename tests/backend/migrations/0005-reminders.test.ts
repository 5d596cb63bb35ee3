// 0005: reminder settings (one row) and per-loan overrides, which go with their loan.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS } from '../../../src/backend/db/migrations';

function atVersion5(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, 5));
  db.prepare(`INSERT INTO loans VALUES ('L1','n','l','CNY','CN','bank',0,'{}','{}',1,'t','t')`).run();
  return db;
}

const columns = (db: Database.Database, table: string): string[] =>
  (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);

const insertLoanSettings = `INSERT INTO loan_reminder_settings (loan_id, reminder_override_json, escalation_overrides_json, updated_at)
  VALUES (?, ?, ?, 't')`;

describe('migration 0005 reminders', () => {
  it('creates the settings row table and the per-loan table', () => {
    const db = atVersion5();
    expect(columns(db, 'reminder_settings')).toEqual(['id', 'settings_json', 'updated_at']);
    expect(columns(db, 'loan_reminder_settings')).toEqual(['loan_id', 'reminder_override_json', 'escalation_overrides_json', 'updated_at']);
    db.close();
  });

  it('keeps one settings row of valid JSON', () => {
    const db = atVersion5();
    const insert = db.prepare(`INSERT INTO reminder_settings (id, settings_json, updated_at) VALUES (?, ?, 't')`);
    insert.run(1, '{}');
    expect(() => insert.run(2, '{}')).toThrow(/CHECK/);
    expect(() => db.prepare(`UPDATE reminder_settings SET settings_json = '{oops' WHERE id = 1`).run()).toThrow(/CHECK/);
    db.close();
  });

  it('refuses overrides for no loan or with bad JSON, and deletes them with their loan', () => {
    const db = atVersion5();
    expect(() => db.prepare(insertLoanSettings).run('NOPE', null, '{}')).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(insertLoanSettings).run('L1', '{oops', '{}')).toThrow(/CHECK/);
    expect(() => db.prepare(insertLoanSettings).run('L1', null, 'nope')).toThrow(/CHECK/);
    db.prepare(insertLoanSettings).run('L1', '{"leadDays":[1]}', '{}');
    expect(db.prepare('SELECT count(*) AS n FROM loan_reminder_settings').get()).toEqual({ n: 1 });
    db.prepare(`DELETE FROM loans WHERE id = 'L1'`).run();
    expect(db.prepare('SELECT count(*) AS n FROM loan_reminder_settings').get()).toEqual({ n: 0 });
    db.close();
  });
});
