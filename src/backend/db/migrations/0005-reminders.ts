// Reminder settings inside the vault: the user's rules (one row) and per-loan reminder and escalation
// overrides, deleted with their loan. Only opaque ids and instants live outside (reminders.json).
import type { Migration } from './types';

export const migration0005Reminders: Migration = {
  version: 5,
  name: 'reminders',
  up(db) {
    db.exec(`
      CREATE TABLE reminder_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        settings_json TEXT NOT NULL CHECK (json_valid(settings_json)),
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE loan_reminder_settings (
        loan_id TEXT PRIMARY KEY REFERENCES loans (id) ON DELETE CASCADE,
        reminder_override_json TEXT CHECK (reminder_override_json IS NULL OR json_valid(reminder_override_json)),
        escalation_overrides_json TEXT NOT NULL CHECK (json_valid(escalation_overrides_json)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
