// Set-up for the reminder service tests: a clock the test moves by hand (instant and zone), a real vault
// in a temp folder, a small loan due on a chosen day, and readers for the outside-vault files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoanInput } from '../../../src/contract';
import { createBackend, type Backend, type BackendOptions } from '../../../src/backend/backend';
import type { Clock } from '../../../src/backend/clock';
import { call, PASSPHRASE, tempDir } from '../helpers';

export class ManualClock implements Clock {
  constructor(
    public at: string,
    public zone = 'Asia/Shanghai',
  ) {}

  now(): Date {
    return new Date(this.at);
  }

  timeZone(): string {
    return this.zone;
  }

  set(iso: string): void {
    this.at = iso;
  }
}

export interface Harness {
  backend: Backend;
  clock: ManualClock;
  dir: string;
  cleanup: () => void;
}

const cleanups: (() => void)[] = [];

/** Runs after each test (registered by the test files' afterEach). */
export function cleanupAll(): void {
  cleanups.splice(0).forEach((fn) => fn());
}

/** A backend with a new, unlocked vault at `startIso` (Shanghai unless said). */
export async function harness(startIso: string, zone = 'Asia/Shanghai', extra: Partial<BackendOptions> = {}): Promise<Harness> {
  const t = tempDir();
  const clock = new ManualClock(startIso, zone);
  const backend = createBackend({ dataDir: t.dir, shell: 'browser', appVersion: '0.0.0-test', clock, ...extra });
  cleanups.push(t.cleanup, () => backend.close());
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  return { backend, clock, dir: t.dir, cleanup: t.cleanup };
}

/**
 * Three monthly parts of 1,000.00 at 0 %, no penalty terms, first due on `firstDue` (a day ≤ 28), so each
 * installment's outstanding is exactly 100_000 minor units.
 */
export function smallLoan(firstDue: string, changes: Partial<LoanInput> = {}): LoanInput {
  const [y, m, d] = firstDue.split('-').map(Number) as [number, number, number];
  const start = new Date(Date.UTC(y, m - 2, d)).toISOString().slice(0, 10);
  return {
    name: 'Small loan',
    lender: 'Some lender',
    terms: { method: 'equal-principal', principal: 300_000, startDate: start, termPeriods: 3, rate: { ppm: 0, unit: 'year' } },
    ...changes,
  };
}

export function readJson(dir: string, file: string): unknown {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
}

export interface StoredTimetable {
  timeZone: string | null;
  lastRunAt: string | null;
  notified: string[];
  records: { id: string; state: string; snoozedUntil?: string }[];
  timetable: { entries: { id: string; fireAt: string }[] };
  away: { ids: string[] } | null;
}

export function readStore(dir: string): StoredTimetable {
  return readJson(dir, 'reminders.json') as StoredTimetable;
}

export { call, PASSPHRASE };
