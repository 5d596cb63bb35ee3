// Cell parsers: what a lender's or user's spreadsheet writes, read exactly or refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parseAmountCell,
  parseCurrencyCell,
  parseDateCell,
  parseFrequencyCell,
  parseIntegerCell,
  parseMethodCell,
  parsePercentCell,
  parseRateUnitCell,
} from '../../../src/core/csv/cells';
import { MAX_MINOR, minorToDecimalString } from '../../../src/core/money';

describe('parseAmountCell', () => {
  it.each([
    ['1,234.56', 123_456],
    ['¥1,234.56', 123_456],
    ['￥ 1 234.5', 123_450],
    ['$12', 1200],
    ['1234.56元', 123_456],
    ['RMB 100', 10_000],
    ['1，000.00', 100_000],
    ['1,000,000', 100_000_000],
    ['0', 0],
    ['10.500', 1050],
  ])('reads %j as %i minor units of CNY', (text, minor) => {
    expect(parseAmountCell(text, 'CNY')).toBe(minor);
  });

  it.each(['', '-5', '1.234', 'abc', '1e5', '12.3.4', '(100)', '1 000,00', '1,00', '12,3456'])('refuses %j', (text) => {
    expect(parseAmountCell(text, 'CNY')).toBeNull();
  });

  it('uses the currency digits: yen has none', () => {
    expect(parseAmountCell('1,500', 'JPY')).toBe(1500);
    expect(parseAmountCell('1.5', 'JPY')).toBeNull();
  });

  it('refuses amounts above the ledger maximum', () => {
    expect(parseAmountCell(minorToDecimalString(MAX_MINOR, 'CNY'), 'CNY')).toBe(MAX_MINOR);
    expect(parseAmountCell(minorToDecimalString(MAX_MINOR + 1, 'CNY'), 'CNY')).toBeNull();
  });

  it('reads back any amount it formats (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_MINOR }), fc.constantFrom('CNY' as const, 'JPY' as const, 'USD' as const), (minor, cur) => {
        expect(parseAmountCell(minorToDecimalString(minor, cur), cur)).toBe(minor);
      }),
    );
  });
});

describe('parsePercentCell', () => {
  it.each([
    ['4.9', 49_000],
    ['4.90%', 49_000],
    ['0.05 %', 500],
    ['24', 240_000],
    ['3.1415', 31_415],
    ['４.９％', 49_000],
  ])('reads %j as %i ppm', (text, ppm) => {
    expect(parsePercentCell(text)).toBe(ppm);
  });

  it.each(['', 'x', '-1', '4.12345', '1/2'])('refuses %j', (text) => {
    expect(parsePercentCell(text)).toBeNull();
  });
});

describe('parseDateCell', () => {
  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026/03/05', '2026-03-05'],
    ['2026.3.5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['2026 年 12 月 31 日', '2026-12-31'],
  ])('reads %j', (text, iso) => {
    expect(parseDateCell(text)).toBe(iso);
  });

  it.each(['2026-02-30', '2026/13/01', '05/03/2026', '2026-3', '', 'tomorrow'])('refuses %j', (text) => {
    expect(parseDateCell(text)).toBeNull();
  });
});

describe('words', () => {
  it('reads integers with or without a unit', () => {
    expect(parseIntegerCell('12')).toBe(12);
    expect(parseIntegerCell('12期')).toBe(12);
    expect(parseIntegerCell('36 个月')).toBe(36);
    expect(parseIntegerCell('15日')).toBe(15);
    expect(parseIntegerCell('1.5')).toBeNull();
    expect(parseIntegerCell('-3')).toBeNull();
  });

  it.each([
    ['等额本息', 'annuity'],
    ['Annuity', 'annuity'],
    ['等额本金', 'equal-principal'],
    ['equal principal', 'equal-principal'],
    ['先息后本', 'interest-only'],
    ['一次性还本付息', 'bullet'],
    ['分期', 'card-installment'],
    ['custom', 'custom'],
    ['自定义', 'custom'],
  ])('reads the method %j', (text, method) => {
    expect(parseMethodCell(text)).toBe(method);
  });

  it('reads frequencies, rate units and currencies in both languages', () => {
    expect(parseMethodCell('balloon')).toBeNull();
    expect(parseFrequencyCell('每月')).toBe('monthly');
    expect(parseFrequencyCell('Bi-weekly')).toBe('biweekly');
    expect(parseFrequencyCell('每周')).toBe('weekly');
    expect(parseFrequencyCell('yearly')).toBeNull();
    expect(parseRateUnitCell('年')).toBe('year');
    expect(parseRateUnitCell('月利率')).toBe('month');
    expect(parseRateUnitCell('daily')).toBe('day');
    expect(parseCurrencyCell('人民币')).toBe('CNY');
    expect(parseCurrencyCell('usd')).toBe('USD');
    expect(parseCurrencyCell('XXX')).toBeNull();
  });
});
