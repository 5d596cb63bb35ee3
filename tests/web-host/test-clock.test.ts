// The browser-mode test clock: every call reads the file again (a test moves time by rewriting it), and a
// missing or damaged file fails with a message that names the file and the expected shape.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileClock, readTestClock } from '../../src/web-host/test-clock';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ql-test-clock-'));
  file = join(dir, 'clock.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (value: unknown): void => writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));

describe('fileClock', () => {
  it('reads now and the time zone from the file on every call', () => {
    write({ now: '2026-03-01T09:00:00Z', timeZone: 'Asia/Shanghai' });
    const clock = fileClock(file);
    expect(clock.now().toISOString()).toBe('2026-03-01T09:00:00.000Z');
    expect(clock.timeZone()).toBe('Asia/Shanghai');
    write({ now: '2026-03-26T09:00:00+08:00', timeZone: 'Europe/London' });
    expect(clock.now().toISOString()).toBe('2026-03-26T01:00:00.000Z');
    expect(clock.timeZone()).toBe('Europe/London');
  });

  it('fails clearly when the file goes missing', () => {
    const clock = fileClock(file);
    expect(() => clock.now()).toThrow(/Test clock file .*clock\.json cannot be read \(ENOENT\).*"now"/);
  });
});

describe('readTestClock refuses a damaged file', () => {
  it.each([
    ['not JSON', '{now: 1', /is not valid JSON/],
    ['an instant that is not ISO', { now: 'yesterday', timeZone: 'UTC' }, /damaged \(now: /],
    ['an unknown zone', { now: '2026-03-01T09:00:00Z', timeZone: 'Mars/Olympus' }, /timeZone: not an IANA time zone/],
    ['a missing zone', { now: '2026-03-01T09:00:00Z' }, /damaged \(timeZone: /],
    ['an extra key', { now: '2026-03-01T09:00:00Z', timeZone: 'UTC', speed: 2 }, /damaged/],
    ['an array', [], /damaged \(\(file\): /],
  ])('%s', (_label, content, message) => {
    write(content);
    expect(() => readTestClock(file)).toThrow(message);
    expect(() => readTestClock(file)).toThrow(/it must hold \{"now": .*"timeZone"/);
  });
});
