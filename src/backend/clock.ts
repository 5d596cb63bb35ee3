// Time enters the backend only through this interface, so tests and the browser-mode test host can fix it.

export interface Clock {
  now(): Date;
  /** The user's IANA time zone, for "today" and local-time rules. */
  timeZone(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};
