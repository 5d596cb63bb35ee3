import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsClamped, isIsoDate, isoDateInZone } from '../../src/core/dates';
import { minorToDecimalString, parseAmount } from '../../src/core/money';
import { parsePercentToPpm, ppmToPercentString } from '../../src/core/rates';

describe('money', () => {
  it('parses typed amounts into minor units without rounding what the user typed', () => {
    expect(parseAmount('1,234.56', 'CNY')).toBe(123_456);
    expect(parseAmount(' 10 ', 'CNY')).toBe(1000);
    expect(parseAmount('0.5', 'CNY')).toBe(50);
    expect(parseAmount('1.234', 'CNY')).toBeNull();
    expect(parseAmount('12', 'JPY')).toBe(12);
    expect(parseAmount('12.5', 'JPY')).toBeNull();
    expect(parseAmount('-3', 'CNY')).toBeNull();
    expect(parseAmount('abc', 'CNY')).toBeNull();
    expect(parseAmount('1e5', 'CNY')).toBeNull();
  });

  it('property: minor units survive a round trip through the decimal string', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), (minor) => {
        expect(parseAmount(minorToDecimalString(minor, 'CNY'), 'CNY')).toBe(minor);
      }),
    );
  });
});

describe('rates', () => {
  it('parses percents to ppm exactly', () => {
    expect(parsePercentToPpm('4.9')).toBe(49_000);
    expect(parsePercentToPpm('4.9%')).toBe(49_000);
    expect(parsePercentToPpm('0.0001')).toBe(1);
    expect(parsePercentToPpm('36')).toBe(360_000);
    expect(parsePercentToPpm('4.90001')).toBeNull();
    expect(parsePercentToPpm('1001')).toBeNull();
    expect(ppmToPercentString(49_000)).toBe('4.9');
  });
});

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-01')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });

  it('adds months from the anchor with month-end clamping', () => {
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2026-01-31', 2)).toBe('2026-03-31');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('gives the calendar date in the user time zone', () => {
    const instant = new Date('2026-03-10T17:30:00Z');
    expect(isoDateInZone(instant, 'Asia/Shanghai')).toBe('2026-03-11');
    expect(isoDateInZone(instant, 'America/New_York')).toBe('2026-03-10');
  });
});
