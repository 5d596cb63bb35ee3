// Local wall time ↔ UTC across daylight-saving changes, including times that do not exist or happen twice.
import { describe, expect, it } from 'vitest';
import { localToUtc, toLocal } from '../../../src/core/reminders/zoned-time';

const utc = (date: string, hour: number, minute: number, tz: string): string => new Date(localToUtc(date, { hour, minute }, tz)).toISOString();

describe('localToUtc', () => {
  it('keeps 09:00 local on both sides of the London changes (last Sundays of March and October)', () => {
    expect(utc('2026-03-28', 9, 0, 'Europe/London')).toBe('2026-03-28T09:00:00.000Z');
    expect(utc('2026-03-29', 9, 0, 'Europe/London')).toBe('2026-03-29T08:00:00.000Z');
    expect(utc('2026-10-24', 9, 0, 'Europe/London')).toBe('2026-10-24T08:00:00.000Z');
    expect(utc('2026-10-25', 9, 0, 'Europe/London')).toBe('2026-10-25T09:00:00.000Z');
  });

  it('keeps 09:00 local on both sides of the New York changes (second Sunday of March, first of November)', () => {
    expect(utc('2026-03-07', 9, 0, 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
    expect(utc('2026-03-08', 9, 0, 'America/New_York')).toBe('2026-03-08T13:00:00.000Z');
    expect(utc('2026-10-31', 9, 0, 'America/New_York')).toBe('2026-10-31T13:00:00.000Z');
    expect(utc('2026-11-01', 9, 0, 'America/New_York')).toBe('2026-11-01T14:00:00.000Z');
  });

  it('moves a time inside a spring-forward gap to the moment the clocks jumped', () => {
    expect(utc('2026-03-08', 2, 30, 'America/New_York')).toBe('2026-03-08T07:00:00.000Z');
    expect(toLocal(Date.parse('2026-03-08T07:00:00.000Z'), 'America/New_York')).toEqual({ date: '2026-03-08', hour: 3, minute: 0 });
    expect(utc('2026-03-29', 1, 30, 'Europe/London')).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the earlier of a time that happens twice when clocks go back', () => {
    expect(utc('2026-11-01', 1, 30, 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(utc('2026-10-25', 1, 30, 'Europe/London')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('handles zones without daylight saving and with half-hour offsets', () => {
    expect(utc('2026-06-10', 9, 0, 'Asia/Shanghai')).toBe('2026-06-10T01:00:00.000Z');
    expect(utc('2026-06-10', 9, 0, 'Asia/Kolkata')).toBe('2026-06-10T03:30:00.000Z');
    expect(utc('2026-01-01', 0, 0, 'UTC')).toBe('2026-01-01T00:00:00.000Z');
  });

  it('rejects an unknown zone', () => {
    expect(() => localToUtc('2026-01-01', { hour: 9, minute: 0 }, 'Mars/Olympus')).toThrow(RangeError);
  });
});
