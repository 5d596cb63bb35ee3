// The per-launch secret: random, URL-safe, and compared in constant time whatever the caller sends.
import * as crypto from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newSecret, secretMatches } from '../../src/web-host/security';

vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const timingSafeEqual = vi.mocked(crypto.timingSafeEqual);

beforeEach(() => {
  timingSafeEqual.mockClear();
});

describe('newSecret', () => {
  it('is 32 random bytes in base64url, different on every launch', () => {
    const a = newSecret();
    const b = newSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
  });
});

describe('secretMatches', () => {
  const expected = newSecret();

  it('accepts the exact secret', () => {
    expect(secretMatches(expected, expected)).toBe(true);
  });

  it.each([
    ['a different secret', newSecret()],
    ['a shorter one', expected.slice(0, 5)],
    ['a longer one', `${expected}x`],
    ['an empty one', ''],
    ['one differing in case', expected.toUpperCase() === expected ? expected.toLowerCase() : expected.toUpperCase()],
  ])('refuses %s', (_label, given) => {
    expect(secretMatches(expected, given)).toBe(false);
  });

  it.each([
    ['a missing header', undefined],
    ['a repeated header', [expected, expected]],
  ])('refuses %s', (_label, given) => {
    expect(secretMatches(expected, given)).toBe(false);
  });

  it('compares equal-length digests with timingSafeEqual, even when the lengths differ', () => {
    secretMatches(expected, 'short');
    secretMatches(expected, `${expected}${expected}`);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
    for (const [a, b] of timingSafeEqual.mock.calls) {
      expect((a as Buffer).length).toBe(32);
      expect((b as Buffer).length).toBe(32);
    }
  });
});
