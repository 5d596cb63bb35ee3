// The small pieces of the outside-vault state the tick maintains: the 60-day timetable (planned while
// unlocked, shifted to a new time zone while locked), snooze end times, and pruning of ids whose loan
// or unpaid installment is gone, so the file stays small and names nothing that no longer exists.
import type { SnoozeChoice } from '../../contract';
import { addDaysIso } from '../../core/dates';
import { parseOccurrenceId } from '../../core/reminders/catch-up';
import { applyQuietHours } from '../../core/reminders/rules';
import type { LocalTime, QuietHours } from '../../core/reminders/types';
import { localToUtc, toLocal } from '../../core/reminders/zoned-time';
import type { ReminderStoreState, TimetableEntry } from './store';
import { plannedBetween, type VaultModel } from './vault-model';

const DAY_MS = 86_400_000;
export const TIMETABLE_DAYS = 60;

export function planTimetable(model: VaultModel, nowMs: number): TimetableEntry[] {
  return plannedBetween(model, nowMs, nowMs + TIMETABLE_DAYS * DAY_MS).map((r) => ({ id: r.occurrence.id, fireAt: r.occurrence.fireAt }));
}

/** The same local wall time in another zone: a 09:00 Shanghai reminder becomes 09:00 London. */
export function shiftTimetable(entries: readonly TimetableEntry[], fromZone: string, toZone: string): TimetableEntry[] {
  return entries.map((entry) => {
    const local = toLocal(Date.parse(entry.fireAt), fromZone);
    const ms = localToUtc(local.date, { hour: local.hour, minute: local.minute }, toZone);
    return { id: entry.id, fireAt: new Date(ms).toISOString() };
  });
}

/** When a snooze ends: in an hour, or at the reminder hour (out of quiet hours) tomorrow or in 3 days. */
export function snoozeEnd(
  choice: SnoozeChoice,
  nowMs: number,
  timeZone: string,
  timing: { remindAt: LocalTime; quietHours: QuietHours | null },
): string {
  if (choice === '1h') return new Date(nowMs + 3_600_000).toISOString();
  const day = addDaysIso(toLocal(nowMs, timeZone).date, choice === 'tomorrow' ? 1 : 3);
  const at = applyQuietHours(day, timing.remindAt, timing.quietHours);
  return new Date(localToUtc(at.date, at.time, timeZone)).toISOString();
}

/**
 * Drops records, notified ids and away ids whose loan or installment no longer exists or whose
 * installment is paid (its reminders can only be resolved, and catch-up never looks back past the last run).
 */
export function prune(state: ReminderStoreState, model: VaultModel): void {
  const keep = (id: string): boolean => {
    const parsed = parseOccurrenceId(id);
    if (!parsed) return false;
    const installment = model.byId.get(parsed.loanId)?.reminderLoan.installments.find((i) => i.period === parsed.period);
    return installment !== undefined && installment.status !== 'paid';
  };
  state.records = state.records.filter((r) => keep(r.id));
  state.notified = state.notified.filter(keep);
  if (state.away) {
    const ids = state.away.ids.filter(keep);
    state.away = ids.length > 0 ? { ids, at: state.away.at } : null;
  }
}
