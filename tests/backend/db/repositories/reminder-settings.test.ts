// The reminder settings repository: defaults until saved, a saved row read back exactly, per-loan
// overrides upserted, and a stored row that fails its schema reported rather than used.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../../src/backend/db/migrations';
import { DEFAULT_REMINDER_SETTINGS, ReminderSettingsRepository } from '../../../../src/backend/db/repositories/reminder-settings';
import { StoredRowError } from '../../../../src/backend/db/repositories/row-schemas';

function repo(): { db: Database.Database; settings: ReminderSettingsRepository } {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  db.prepare(`INSERT INTO loans VALUES ('L1','n','l','CNY','CN','bank',0,'{}','{}',1,'t','t')`).run();
  return { db, settings: new ReminderSettingsRepository(db) };
}

describe('ReminderSettingsRepository', () => {
  it('reads the defaults (lead 7, 3, 1, 0 days at 09:00; discreet; escalation 3 and 1 days) until saved', () => {
    const { settings } = repo();
    expect(settings.get()).toEqual(DEFAULT_REMINDER_SETTINGS);
    expect(settings.get()).toMatchObject({ rules: { leadDays: [7, 3, 1, 0], remindAt: { hour: 9, minute: 0 } }, detailedText: false, escalationLeadDays: [3, 1] });
  });

  it('saves and replaces the settings row', () => {
    const { settings } = repo();
    const changed = { ...DEFAULT_REMINDER_SETTINGS, rules: { ...DEFAULT_REMINDER_SETTINGS.rules, quietHours: null }, detailedText: true };
    settings.set(changed, '2026-03-10T00:00:00.000Z');
    expect(settings.get()).toEqual(changed);
    settings.set({ ...changed, escalationLeadDays: [] }, '2026-03-11T00:00:00.000Z');
    expect(settings.get().escalationLeadDays).toEqual([]);
  });

  it('upserts per-loan overrides and reads none as none', () => {
    const { settings } = repo();
    expect(settings.getLoan('L1')).toEqual({ loanId: 'L1', reminderOverride: null, escalationOverrides: {} });
    settings.setLoan({ loanId: 'L1', reminderOverride: { leadDays: [1] }, escalationOverrides: { 'credit-report': { daysAfterDue: 45 } } }, 't');
    settings.setLoan({ loanId: 'L1', reminderOverride: { enabled: false }, escalationOverrides: { 'legal-action': { enabled: false } } }, 't');
    expect(settings.listLoans()).toEqual([
      { loanId: 'L1', reminderOverride: { enabled: false }, escalationOverrides: { 'legal-action': { enabled: false } } },
    ]);
  });

  it('reports a stored row that fails its schema', () => {
    const { db, settings } = repo();
    db.prepare(`INSERT INTO reminder_settings VALUES (1, '{"rules":{}}', 't')`).run();
    expect(() => settings.get()).toThrow(StoredRowError);
  });
});
