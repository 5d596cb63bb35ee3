// Calendar dates (YYYY-MM-DD) shown in the user's locale, and the relative phrase beside a deadline
// ("in 3 days", "3 天后"). Dates are formatted in UTC so a calendar date never shifts by a time zone.
import { isoDateInZone, type IsoDate } from '../../../core/dates';

const DAY_MS = 86_400_000;

function utcMidnight(date: IsoDate): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function formatDate(date: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utcMidnight(date));
}

/** "March 15" / "3月15日", with the year added when it differs from today's. */
export function formatDayMonth(date: IsoDate, today: IsoDate, locale: string): string {
  const sameYear = date.slice(0, 4) === today.slice(0, 4);
  const options: Intl.DateTimeFormatOptions = sameYear
    ? { day: 'numeric', month: 'long', timeZone: 'UTC' }
    : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(utcMidnight(date));
}

/** Whole calendar days from `today` to `date` (negative when past). */
export function daysBetween(today: IsoDate, date: IsoDate): number {
  return Math.round((utcMidnight(date) - utcMidnight(today)) / DAY_MS);
}

export function formatRelativeDays(days: number, locale: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(days, 'day');
}

export type DueState = 'overdue' | 'today' | 'soon' | 'later';

/** Due within this many days counts as "soon" (amber). */
export const DUE_SOON_DAYS = 7;

export function dueState(days: number): DueState {
  if (days < 0) return 'overdue';
  if (days === 0) return 'today';
  if (days <= DUE_SOON_DAYS) return 'soon';
  return 'later';
}

/** Today's calendar date in the user's own time zone. */
export function localToday(now: Date): IsoDate {
  return isoDateInZone(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
}
