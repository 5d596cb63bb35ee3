// The reminder settings form's model: which day choices to offer, the "HH:mm" text the time pickers
// use, and the checks run before saving (the backend's zod schema still has the last word).
import type { ReminderSettings } from '../../../../contract/reminders';
import type { LocalTime, QuietHours } from '../../../../core/reminders/types';

export const LEAD_DAY_CHOICES = [14, 7, 3, 1, 0] as const;
export const OVERDUE_DAY_CHOICES = [1, 3, 7, 14, 30] as const;
export const THEN_EVERY_CHOICES = [7, 14, 30] as const;
export const ESCALATION_DAY_CHOICES = [7, 3, 1] as const;

/** The offered choices plus any value already saved that is not among them, largest first. */
export function dayChoices(offered: readonly number[], saved: readonly number[]): number[] {
  return [...new Set([...offered, ...saved])].sort((a, b) => b - a);
}

export function timeText(time: LocalTime): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

export function parseTime(text: string | null): LocalTime | null {
  const match = /^(\d{2}):(\d{2})/.exec(text ?? '');
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

const minutes = (time: LocalTime): number => time.hour * 60 + time.minute;

/** Whether `time` falls inside the quiet span (which may wrap past midnight). */
export function insideQuietHours(time: LocalTime, quiet: QuietHours | null): boolean {
  if (!quiet) return false;
  const [at, start, end] = [minutes(time), minutes(quiet.start), minutes(quiet.end)];
  if (start === end) return false;
  return start < end ? at >= start && at < end : at >= start || at < end;
}

export type SettingsProblem = 'quietSame' | 'nothingToRemind';

export interface SettingsProblems {
  quiet?: SettingsProblem;
  days?: SettingsProblem;
}

export function validateSettings(settings: ReminderSettings): SettingsProblems {
  const problems: SettingsProblems = {};
  const { rules } = settings;
  const quiet = rules.quietHours;
  if (quiet && minutes(quiet.start) === minutes(quiet.end)) problems.quiet = 'quietSame';
  if (rules.enabled && rules.leadDays.length === 0 && rules.overdue.days.length === 0) problems.days = 'nothingToRemind';
  return problems;
}

export function sortedDays(days: readonly number[]): number[] {
  return [...new Set(days)].sort((a, b) => b - a);
}
