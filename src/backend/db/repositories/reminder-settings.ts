// SQL for reminder settings (bound parameters only): the user's one settings row and each loan's
// reminder and escalation overrides, validated with the contract's schemas on every read.
import { escalationOverridesSchema, reminderRulesSchema, reminderSettingsSchema, type ReminderSettings } from '../../../contract';
import type { EscalationOverrides } from '../../../core/escalation/types';
import { DEFAULT_ESCALATION_LEADS } from '../../../core/escalation/reminders';
import { DEFAULT_REMINDER_RULES } from '../../../core/reminders/rules';
import type { ReminderRules } from '../../../core/reminders/types';
import type { Db } from '../open';
import { readStored, storedJson } from './row-schemas';

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  rules: DEFAULT_REMINDER_RULES,
  detailedText: false,
  escalationLeadDays: [...DEFAULT_ESCALATION_LEADS],
};

export interface LoanReminderSettings {
  loanId: string;
  reminderOverride: Partial<ReminderRules> | null;
  escalationOverrides: EscalationOverrides;
}

interface LoanRow {
  loan_id: string;
  reminder_override_json: string | null;
  escalation_overrides_json: string;
}

const overrideSchema = reminderRulesSchema.partial().strict().nullable();

function toLoanSettings(row: LoanRow): LoanReminderSettings {
  const override =
    row.reminder_override_json === null ? null : storedJson(row.reminder_override_json, 'loan_reminder_settings', row.loan_id);
  return {
    loanId: row.loan_id,
    reminderOverride: readStored(overrideSchema, override, 'loan_reminder_settings', row.loan_id),
    escalationOverrides: readStored(
      escalationOverridesSchema,
      storedJson(row.escalation_overrides_json, 'loan_reminder_settings', row.loan_id),
      'loan_reminder_settings',
      row.loan_id,
    ),
  };
}

export class ReminderSettingsRepository {
  constructor(private readonly db: Db) {}

  /** The user's settings, or the defaults when none were saved. */
  get(): ReminderSettings {
    const row = this.db.prepare('SELECT settings_json FROM reminder_settings WHERE id = 1').get() as
      | { settings_json: string }
      | undefined;
    if (!row) return structuredClone(DEFAULT_REMINDER_SETTINGS);
    return readStored(reminderSettingsSchema, storedJson(row.settings_json, 'reminder_settings', '1'), 'reminder_settings', '1');
  }

  /** Replaces the user's settings; the caller runs this inside its transaction. */
  set(settings: ReminderSettings, updatedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO reminder_settings (id, settings_json, updated_at) VALUES (1, ?, ?)
         ON CONFLICT (id) DO UPDATE SET settings_json = excluded.settings_json, updated_at = excluded.updated_at`,
      )
      .run(JSON.stringify(settings), updatedAt);
  }

  /** One loan's overrides; none stored reads as no overrides. */
  getLoan(loanId: string): LoanReminderSettings {
    const row = this.db.prepare('SELECT * FROM loan_reminder_settings WHERE loan_id = ?').get(loanId) as LoanRow | undefined;
    return row ? toLoanSettings(row) : { loanId, reminderOverride: null, escalationOverrides: {} };
  }

  listLoans(): LoanReminderSettings[] {
    const rows = this.db.prepare('SELECT * FROM loan_reminder_settings ORDER BY loan_id').all() as LoanRow[];
    return rows.map(toLoanSettings);
  }

  /** Replaces one loan's overrides; the caller runs this inside its transaction. */
  setLoan(settings: LoanReminderSettings, updatedAt: string): void {
    this.db
      .prepare(
        `INSERT INTO loan_reminder_settings (loan_id, reminder_override_json, escalation_overrides_json, updated_at)
         VALUES (?, ?, ?, ?)
         ON CONFLICT (loan_id) DO UPDATE SET reminder_override_json = excluded.reminder_override_json,
           escalation_overrides_json = excluded.escalation_overrides_json, updated_at = excluded.updated_at`,
      )
      .run(
        settings.loanId,
        settings.reminderOverride === null ? null : JSON.stringify(settings.reminderOverride),
        JSON.stringify(settings.escalationOverrides),
        updatedAt,
      );
  }
}
