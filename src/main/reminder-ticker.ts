// When the shell asks the backend for reminders: a steady 30-second interval (a long setTimeout would
// drift or never fire across sleep), and at once on resume, screen unlock, a time-zone change or a jump
// of the wall clock, so a reminder due "now" is not held back by up to half a minute of timer.

export const POLL_INTERVAL_MS = 30_000;
/** How often the cheap checks (time zone, wall clock) run; they call nothing in the backend. */
export const WATCH_INTERVAL_MS = 5_000;
/** The wall clock moved this much more (or less) than elapsed time: it was set, or the OS slept unreported. */
export const CLOCK_JUMP_MS = 60_000;

export type PollReason = 'start' | 'tick' | 'resume' | 'unlock-screen' | 'time-zone' | 'clock-jump';

export interface PowerEvents {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
  removeListener(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

export interface TickerDeps {
  poll: (reason: PollReason) => void;
  powerMonitor: PowerEvents;
  /** The zone Intl sees now; read on every watch because the OS may change it while we run. */
  timeZone?: () => string;
  /** Wall-clock milliseconds (can jump). */
  wallNow?: () => number;
  /** Monotonic milliseconds (never jumps; on most systems it stands still during sleep). */
  monotonicNow?: () => number;
}

const intlTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Starts the ticker with one poll now; returns the function that stops it. */
export function startReminderTicker(deps: TickerDeps): () => void {
  const timeZone = deps.timeZone ?? intlTimeZone;
  const wallNow = deps.wallNow ?? Date.now;
  const monotonicNow = deps.monotonicNow ?? (() => performance.now());

  let zone = timeZone();
  let wall = wallNow();
  let mono = monotonicNow();

  const watch = (): void => {
    const nextZone = timeZone();
    const nextWall = wallNow();
    const nextMono = monotonicNow();
    const drift = Math.abs(nextWall - wall - (nextMono - mono));
    const zoneChanged = nextZone !== zone;
    zone = nextZone;
    wall = nextWall;
    mono = nextMono;
    if (zoneChanged) deps.poll('time-zone');
    else if (drift > CLOCK_JUMP_MS) deps.poll('clock-jump');
  };
  const onResume = (): void => deps.poll('resume');
  const onUnlockScreen = (): void => deps.poll('unlock-screen');

  deps.powerMonitor.on('resume', onResume);
  deps.powerMonitor.on('unlock-screen', onUnlockScreen);
  const pollTimer = setInterval(() => deps.poll('tick'), POLL_INTERVAL_MS);
  const watchTimer = setInterval(watch, WATCH_INTERVAL_MS);
  deps.poll('start');

  return () => {
    clearInterval(pollTimer);
    clearInterval(watchTimer);
    deps.powerMonitor.removeListener('resume', onResume);
    deps.powerMonitor.removeListener('unlock-screen', onUnlockScreen);
  };
}
