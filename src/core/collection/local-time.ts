// The conduct rules judge hours and days as the contacted person lived them, so every entry is read once
// in its own time zone (DST-aware via the reminders' Intl conversion) and grouped by those local days.
import type { Bilingual } from '../cost/legal-types';
import { daysBetween, type IsoDate } from '../dates';
import { toLocal } from '../reminders/zoned-time';
import type { CirclePerson, ContactEntry } from './types';

/** An entry with its instant and local wall-clock reading, computed once per check. */
export interface JudgedEntry {
  entry: ContactEntry;
  ms: number;
  /** Local calendar date in the entry's zone. */
  date: IsoDate;
  hour: number;
  minute: number;
  /** 'HH:MM' local, for explanations. */
  clock: string;
}

function localReading(ms: number, timeZone: string): { date: IsoDate; hour: number; minute: number } {
  try {
    return toLocal(ms, timeZone);
  } catch {
    // The API stores any zone string; an unknown one must not stop the whole log from being checked,
    // so it is read as UTC (the zone is shown beside the entry, so the user can correct it).
    return toLocal(ms, 'UTC');
  }
}

export function judge(entry: ContactEntry): JudgedEntry {
  const ms = Date.parse(entry.occurredAt);
  const safeMs = Number.isFinite(ms) ? ms : 0;
  const { date, hour, minute } = localReading(safeMs, entry.timeZone);
  const clock = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return { entry, ms: safeMs, date, hour, minute, clock };
}

/** Oldest first; ties broken by id so the result never depends on the order entries arrived in. */
export function chronological(a: JudgedEntry, b: JudgedEntry): number {
  if (a.ms !== b.ms) return a.ms - b.ms;
  return a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0;
}

/** Who was contacted: 'self', a circle person's id, or an unnamed third party tagged on a self entry. */
export function personKey(entry: ContactEntry): string {
  if (entry.target.kind === 'circle') return `circle:${entry.target.personId}`;
  return entry.tags.includes('third-party') ? 'third-party' : 'self';
}

/** True when someone other than the borrower was contacted. */
export function isThirdParty(entry: ContactEntry): boolean {
  return entry.target.kind === 'circle' || entry.tags.includes('third-party');
}

/** True for a contact the collector or lender started (the user's own calls are not judged for timing). */
export function isCollectorContact(entry: ContactEntry): boolean {
  return entry.direction === 'inbound';
}

export function isCall(entry: ContactEntry): boolean {
  return entry.channel === 'call';
}

/** Hour rules apply to contacts with a moment of arrival; a posted letter's logged time says little. */
export function hasContactTime(entry: ContactEntry): boolean {
  return entry.channel !== 'letter';
}

/** Groups entries (kept in their given order) by a key; the map keeps first-seen key order. */
export function groupBy(list: readonly JudgedEntry[], key: (j: JudgedEntry) => string): Map<string, JudgedEntry[]> {
  const groups = new Map<string, JudgedEntry[]>();
  for (const j of list) {
    const k = key(j);
    const group = groups.get(k);
    if (group) group.push(j);
    else groups.set(k, [j]);
  }
  return groups;
}

/** The entries of `list` whose local date lies in the `days` consecutive days ending on `end` (inclusive). */
export function inWindowEnding(list: readonly JudgedEntry[], end: IsoDate, days: number): JudgedEntry[] {
  return list.filter((j) => {
    const back = daysBetween(j.date, end);
    return back >= 0 && back < days;
  });
}

/** Organisation names as typed vary in case and spacing; an empty name matches any organisation. */
export function sameOrganisation(a: string, b: string): boolean {
  const na = a.trim().toLowerCase().replace(/\s+/g, ' ');
  const nb = b.trim().toLowerCase().replace(/\s+/g, ' ');
  return na === '' || nb === '' || na === nb;
}

/** The name a finding uses for the contacted person, in both languages. */
export function personName(entry: ContactEntry, circle: ReadonlyMap<string, CirclePerson>): Bilingual {
  if (entry.target.kind === 'circle') {
    const person = circle.get(entry.target.personId);
    if (person) return { en: person.alias, 'zh-CN': person.alias };
    return { en: 'someone in your circle', 'zh-CN': '你身边的人' };
  }
  if (entry.tags.includes('third-party')) return { en: 'someone other than you', 'zh-CN': '他人' };
  return { en: 'you', 'zh-CN': '你' };
}
