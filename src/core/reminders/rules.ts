// The user's reminder rules: defaults, per-loan overrides, quiet hours, and which day offsets from a due
// date fall inside a window of dates. Pure calendar arithmetic; no clocks, no zones.
import { addDaysIso, daysBetween, type IsoDate } from '../dates';
import type { LocalTime, OverdueFollowUps, QuietHours, ReminderKind, ReminderRules } from './types';

export const DEFAULT_REMINDER_RULES: ReminderRules = {
  enabled: true,
  leadDays: [7, 3, 1, 0],
  remindAt: { hour: 9, minute: 0 },
  overdue: { days: [1, 3, 7], thenEvery: 7 },
  quietHours: { start: { hour: 22, minute: 0 }, end: { hour: 8, minute: 0 } },
};

/** The user's rules with one loan's overrides laid over them (each overridden field replaces the whole field). */
export function rulesForLoan(rules: ReminderRules, overrides: Record<string, Partial<ReminderRules>>, loanId: string): ReminderRules {
  const own = Object.hasOwn(overrides, loanId) ? overrides[loanId] : undefined;
  return own ? { ...rules, ...own } : rules;
}

const minutesOf = (t: LocalTime): number => t.hour * 60 + t.minute;

/**
 * Where a reminder planned for `time` on `date` actually fires: unchanged outside quiet hours, otherwise at
 * the end of the quiet span (the next morning when the span wraps past midnight and the time is before it).
 */
export function applyQuietHours(date: IsoDate, time: LocalTime, quiet: QuietHours | null): { date: IsoDate; time: LocalTime; moved: boolean } {
  if (!quiet) return { date, time, moved: false };
  const t = minutesOf(time);
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return { date, time, moved: false };
  if (start < end) {
    return t >= start && t < end ? { date, time: quiet.end, moved: true } : { date, time, moved: false };
  }
  if (t >= start) return { date: addDaysIso(date, 1), time: quiet.end, moved: true };
  if (t < end) return { date, time: quiet.end, moved: true };
  return { date, time, moved: false };
}

export interface PlannedOffset {
  kind: ReminderKind;
  offsetDays: number;
  /** The local date the reminder is planned for, before quiet hours. */
  date: IsoDate;
}

/** Overdue follow-up days (after the due date) between `lo` and `hi` days inclusive. */
function overdueDaysBetween(overdue: OverdueFollowUps, lo: number, hi: number): number[] {
  const listed = [...new Set(overdue.days.filter((d) => Number.isInteger(d) && d > 0))].sort((a, b) => a - b);
  const out = listed.filter((d) => d >= lo && d <= hi);
  const every = overdue.thenEvery;
  if (every !== null && Number.isInteger(every) && every > 0) {
    const last = listed.at(-1) ?? 0;
    for (let k = Math.max(1, Math.ceil((lo - last) / every)); last + k * every <= hi; k += 1) out.push(last + k * every);
  }
  return out;
}

/** Every reminder for one due date whose planned local date is within [first, last]. */
export function offsetsWithin(rules: ReminderRules, dueDate: IsoDate, first: IsoDate, last: IsoDate, unpaid: boolean): PlannedOffset[] {
  const out: PlannedOffset[] = [];
  for (const lead of new Set(rules.leadDays.filter((d) => Number.isInteger(d) && d >= 0))) {
    const date = addDaysIso(dueDate, -lead);
    if (date >= first && date <= last) out.push({ kind: lead === 0 ? 'due-today' : 'before-due', offsetDays: lead, date });
  }
  if (unpaid) {
    const lo = daysBetween(dueDate, first);
    const hi = daysBetween(dueDate, last);
    if (hi >= 1) {
      for (const days of overdueDaysBetween(rules.overdue, lo, hi)) {
        out.push({ kind: 'overdue', offsetDays: days, date: addDaysIso(dueDate, days) });
      }
    }
  }
  return out;
}
