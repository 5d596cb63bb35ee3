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
