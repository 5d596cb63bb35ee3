// Shared set-up for backend tests: a temp data folder, a fixed clock, and a typed call helper.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Input, LoanInput, MethodName, Output } from '../../src/contract';
import { createBackend, type Backend } from '../../src/backend/backend';
import type { Clock } from '../../src/backend/clock';

export const PASSPHRASE = 'correct horse battery staple';

export function fixedClock(iso: string, timeZone = 'Asia/Shanghai'): Clock {
  return { now: () => new Date(iso), timeZone: () => timeZone };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ql-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function makeBackend(dataDir: string, clock = fixedClock('2026-03-10T02:00:00Z')): Backend {
  return createBackend({ dataDir, shell: 'browser', appVersion: '0.0.0-test', clock });
}

/** Calls a method and returns its value, failing the test with the error if the call failed. */
export async function call<M extends MethodName>(backend: Backend, method: M, input?: Input<M>): Promise<Output<M>> {
  const result = await backend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${result.error.code} ${result.error.message}`);
  return result.value as Output<M>;
}

/** Calls a method expected to fail and returns its error code. */
export async function errorCode(backend: Backend, method: string, input?: unknown): Promise<string> {
  const result = await backend.dispatch(method, input);
  if (result.ok) throw new Error(`${method} unexpectedly succeeded`);
  return result.error.code;
}

/** A 1,000,000.00 CNY mortgage over 360 months at 4.9 %: 5,307.27 a month, the textbook case. */
export const sampleLoan = {
  name: 'Home loan',
  lender: 'Example Bank',
  terms: {
    method: 'annuity',
    principal: 100_000_000,
    startDate: '2026-01-15',
    termPeriods: 360,
    rate: { ppm: 49_000, unit: 'year' },
  },
} satisfies LoanInput;
