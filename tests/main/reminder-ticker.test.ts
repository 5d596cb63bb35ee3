// The reminder tick: steady 30-second polls from fake timers, and an immediate poll on resume, screen
// unlock, a time-zone change and a wall-clock jump; stopping removes every timer and listener.
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CLOCK_JUMP_MS,
  POLL_INTERVAL_MS,
  startReminderTicker,
  WATCH_INTERVAL_MS,
  type PollReason,
} from '../../src/main/reminder-ticker';

let power: EventEmitter;
let reasons: PollReason[];
let zone: string;
let wallOffset: number;
let stop: () => void;

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-03-10T08:00:00Z') });
  power = new EventEmitter();
  reasons = [];
  zone = 'Asia/Shanghai';
  wallOffset = 0;
  stop = startReminderTicker({
    poll: (reason) => reasons.push(reason),
    powerMonitor: power,
    timeZone: () => zone,
    // Both clocks follow the fake timers; a test moves the wall clock alone through wallOffset.
    wallNow: () => Date.now() + wallOffset,
    monotonicNow: () => Date.now(),
  });
});

afterEach(() => {
  stop();
  vi.useRealTimers();
});

describe('the steady tick', () => {
  it('polls once at start, then every 30 s: advancing 90 s gives 3 polls', () => {
    expect(reasons).toEqual(['start']);
    reasons.length = 0;
    vi.advanceTimersByTime(90_000);
    expect(reasons).toEqual(['tick', 'tick', 'tick']);
    expect(POLL_INTERVAL_MS).toBe(30_000);
  });

  it('keeps ticking for hours without drifting or stopping', () => {
    reasons.length = 0;
    vi.advanceTimersByTime(6 * 60 * 60_000);
    expect(reasons.filter((r) => r === 'tick')).toHaveLength((6 * 60 * 60_000) / POLL_INTERVAL_MS);
  });

  it('uses no timer longer than the poll interval', () => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const stopAnother = startReminderTicker({ poll: vi.fn(), powerMonitor: new EventEmitter() });
    expect(spy).not.toHaveBeenCalled();
    expect(intervals.mock.calls.map(([, ms]) => ms)).toEqual([POLL_INTERVAL_MS, WATCH_INTERVAL_MS]);
    stopAnother();
    spy.mockRestore();
    intervals.mockRestore();
  });
});

describe('immediate polls', () => {
  it.each(['resume', 'unlock-screen'] as const)('polls at once on %s', (event) => {
    reasons.length = 0;
    power.emit(event);
    expect(reasons).toEqual([event]);
  });

  it('polls at once when the time zone Intl sees changes, and only once for it', () => {
    reasons.length = 0;
    zone = 'Europe/London';
    vi.advanceTimersByTime(WATCH_INTERVAL_MS);
    expect(reasons).toEqual(['time-zone']);
    vi.advanceTimersByTime(WATCH_INTERVAL_MS * 2);
    expect(reasons).toEqual(['time-zone']);
  });

  it('polls at once when the wall clock jumps against elapsed time (clock set, unreported sleep)', () => {
    reasons.length = 0;
    wallOffset = CLOCK_JUMP_MS + 1;
    vi.advanceTimersByTime(WATCH_INTERVAL_MS);
    expect(reasons).toEqual(['clock-jump']);
    vi.advanceTimersByTime(WATCH_INTERVAL_MS);
    expect(reasons).toEqual(['clock-jump']);
  });

  it('ignores small wall-clock corrections', () => {
    reasons.length = 0;
    wallOffset = 2_000;
    vi.advanceTimersByTime(WATCH_INTERVAL_MS * 3);
    expect(reasons).toEqual([]);
  });
});

describe('stopping', () => {
  it('clears its timers and power listeners', () => {
    stop();
    reasons.length = 0;
    vi.advanceTimersByTime(120_000);
    power.emit('resume');
    power.emit('unlock-screen');
    expect(reasons).toEqual([]);
    expect(power.listenerCount('resume') + power.listenerCount('unlock-screen')).toBe(0);
  });
});
