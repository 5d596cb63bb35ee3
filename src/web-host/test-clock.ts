// Browser mode's test clock (`--test-clock FILE`, for automated tests only): the backend's time comes from
// a small JSON file that a test rewrites to move time, read afresh on every call so a jump of 25 days
// needs no restart. A missing or damaged file is an error that says what the file must hold.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Clock } from '../backend/clock';

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const testClockSchema = z
  .object({
    now: z.iso.datetime({ offset: true }),
    timeZone: z.string().min(1).refine(isTimeZone, 'not an IANA time zone'),
  })
  .strict();

export type TestClockFile = z.infer<typeof testClockSchema>;

const SHAPE = '{"now": "2026-03-01T09:00:00Z", "timeZone": "Asia/Shanghai"}';

/** Reads and checks the file; throws an Error whose message names the file and what is wrong. */
export function readTestClock(path: string): TestClockFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new Error(`Test clock file ${path} cannot be read (${code}); it must hold ${SHAPE}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error(`Test clock file ${path} is not valid JSON; it must hold ${SHAPE}`);
  }
  const parsed = testClockSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`Test clock file ${path} is damaged (${issues.join('; ')}); it must hold ${SHAPE}`);
  }
  return parsed.data;
}

/** A Clock whose now() and timeZone() each read `path` again. */
export function fileClock(path: string): Clock {
  return {
    now: () => new Date(readTestClock(path).now),
    timeZone: () => readTestClock(path).timeZone,
  };
}
