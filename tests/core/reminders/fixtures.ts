// Small builders shared by the reminder engine tests: rules, loans and windows with fixed instants.
import { DEFAULT_REMINDER_RULES } from '../../../src/core/reminders/rules';
import type { ReminderInstallment, ReminderLoan, ReminderRules } from '../../../src/core/reminders/types';
import type { InstallmentStatus } from '../../../src/core/loans/ledger-types';

export function rules(changes: Partial<ReminderRules> = {}): ReminderRules {
  return { ...DEFAULT_REMINDER_RULES, ...changes };
}

export function inst(period: number, dueDate: string, status: InstallmentStatus = 'upcoming', outstanding = 100_00): ReminderInstallment {
  return { period, dueDate, status, outstanding };
}

export function loan(id: string, installments: ReminderInstallment[]): ReminderLoan {
  return { id, installments };
}

/** Only the due-day reminder, no quiet hours, no follow-ups: isolates the time-of-day arithmetic. */
export const dueDayOnly = (hour: number, minute = 0): ReminderRules =>
  rules({ leadDays: [0], remindAt: { hour, minute }, quietHours: null, overdue: { days: [], thenEvery: null } });
