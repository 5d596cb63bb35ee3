// Wall-clock time in an IANA time zone ↔ UTC instants, through Intl.DateTimeFormat only, so a 09:00
// reminder stays 09:00 local on both sides of a daylight-saving change.
import type { IsoDate } from '../dates';
import type { LocalTime } from './types';

const MINUTE_MS = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface LocalDateTime {
  date: IsoDate;
  hour: number;
  minute: number;
}

function wallParts(ms: number, timeZone: string): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const parts = formatter(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: get('year'), mo: get('month'), d: get('day'), h: get('hour'), mi: get('minute'), s: get('second') };
}

/** The wall-clock date and time of an instant in a time zone (throws RangeError for an unknown zone). */
export function toLocal(ms: number, timeZone: string): LocalDateTime {
  const p = wallParts(ms, timeZone);
  const date = `${String(p.y).padStart(4, '0')}-${String(p.mo).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`;
  return { date, hour: p.h, minute: p.mi };
}

/** The zone's offset from UTC at an instant, in ms (local = UTC + offset), to the second. */
function offsetAt(ms: number, timeZone: string): number {
  const p = wallParts(ms, timeZone);
  const asUtc = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

function wallMs(date: IsoDate, time: LocalTime): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), time.hour, time.minute);
}

const conversions = new Map<string, number>();

/**
 * The UTC instant (ms) of a local date and time. When the time is repeated (clocks go back) the earlier
 * instant is taken; when it does not exist (clocks go forward) the first valid instant after it, which
 * is the moment of the change.
 */
export function localToUtc(date: IsoDate, time: LocalTime, timeZone: string): number {
  const key = `${timeZone}|${date}|${time.hour}:${time.minute}`;
  const known = conversions.get(key);
  if (known !== undefined) return known;
  // Every tick re-plans the same few days, so conversions are remembered (bounded; the result only
  // depends on the zone rules, which do not change while the app runs).
  if (conversions.size >= 20_000) conversions.clear();
  const ms = convert(date, time, timeZone);
  conversions.set(key, ms);
  return ms;
}

function convert(date: IsoDate, time: LocalTime, timeZone: string): number {
  const wall = wallMs(date, time);
  const first = wall - offsetAt(wall, timeZone);
  const candidates = [first, wall - offsetAt(first, timeZone)];
  const exact = candidates.filter((ms) => ms + offsetAt(ms, timeZone) === wall).sort((a, b) => a - b);
  const earliest = exact[0];
  if (earliest !== undefined) {
    // A repeated hour: the other offset may give an earlier reading of the same wall time.
    const earlier = earliest - 3 * 60 * MINUTE_MS;
    const other = wall - offsetAt(earlier, timeZone);
    return other < earliest && other + offsetAt(other, timeZone) === wall ? other : earliest;
  }
  return gapEnd(wall, timeZone);
}

/** In a spring-forward gap: the instant the clocks jumped (binary search between the two offsets' readings). */
function gapEnd(wall: number, timeZone: string): number {
  const a = wall - offsetAt(wall - 12 * 60 * MINUTE_MS, timeZone);
  const b = wall - offsetAt(wall + 12 * 60 * MINUTE_MS, timeZone);
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  const after = offsetAt(hi, timeZone);
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetAt(mid, timeZone) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}
