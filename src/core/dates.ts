// Calendar dates travel as 'YYYY-MM-DD' strings. This module is the one place that turns them into
// date-fns arithmetic, so month-end rules (31 Jan + 1 month = 28/29 Feb) are applied the same way everywhere.
import { addMonths, format, isValid, parseISO } from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = parseISO(text);
  return isValid(d) && format(d, 'yyyy-MM-dd') === text;
}

/**
 * The date `months` calendar months after `start`, clamped to the last day of a shorter month.
 * Always computed from the anchor date, never chained, so a loan taken on the 31st is due on
 * 28 Feb and again on 31 Mar.
 */
export function addMonthsClamped(start: IsoDate, months: number): IsoDate {
  return format(addMonths(parseISO(start), months), 'yyyy-MM-dd');
}

// The helpers below run once or more per installment, so they use whole-day UTC arithmetic on the
// string's numbers instead of date-fns parsing and formatting (most of a 360-row schedule's time); UTC
// has no daylight-saving days, so a day is always 86 400 000 ms.
const DAY_MS = 86_400_000;

function utcDay(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function isoFromUtc(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The `day` of the month `months` after the anchor's month, clamped to that month's last day (day 31 →
 * 28/29 Feb, 30 Apr). Computed from the anchor each time, never chained, like addMonthsClamped.
 */
export function dayOfMonthAfter(anchor: IsoDate, months: number, day: number): IsoDate {
  const monthIndex = Number(anchor.slice(0, 4)) * 12 + Number(anchor.slice(5, 7)) - 1 + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return isoFromUtc(Date.UTC(year, month, Math.min(day, lastDay)));
}

/** The date `days` calendar days after `start` (negative for before). */
export function addDaysIso(start: IsoDate, days: number): IsoDate {
  return isoFromUtc(utcDay(start) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The day of the month of an ISO date (1–31). */
export function dayOfMonth(date: IsoDate): number {
  return Number(date.slice(8, 10));
}

/** Compares two ISO dates; lexical order is calendar order for this format. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date of an instant in a given IANA time zone (the user's, for "today"). */
export function isoDateInZone(instant: Date, timeZone: string): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
