// Money lives in integer minor units (分, cents) everywhere outside a calculation; this module converts
// between those integers and the decimal strings people type, and holds the one rounding rule we use.
import Decimal from 'decimal.js';

/** Currencies the app offers, with the number of minor-unit digits each uses. */
export const CURRENCIES = {
  CNY: 2,
  HKD: 2,
  TWD: 2,
  USD: 2,
  EUR: 2,
  GBP: 2,
  JPY: 0,
} as const;

export type CurrencyCode = keyof typeof CURRENCIES;

export const CURRENCY_CODES = Object.keys(CURRENCIES) as CurrencyCode[];

/** Largest amount we accept, in minor units: 100 billion in major units, far inside 2^53. */
export const MAX_MINOR = 100_000_000_000_00;

/** Rounds a decimal to a whole number of minor units, half away from zero (the 四舍五入 lenders use). */
export function roundMinor(value: Decimal): number {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/**
 * Parses a typed amount such as "1,234.5" into minor units. Returns null when the text is not a plain
 * non-negative number or has more decimals than the currency allows (we never round what a user typed).
 */
export function parseAmount(text: string, currency: CurrencyCode): number | null {
  const cleaned = text.replace(/[,\s，]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const digits = CURRENCIES[currency];
  const fraction = cleaned.split('.')[1] ?? '';
  if (fraction.length > digits) return null;
  const minor = new Decimal(cleaned).times(new Decimal(10).pow(digits));
  if (minor.gt(MAX_MINOR)) return null;
  return minor.toNumber();
}

/** The decimal string for an amount in minor units, e.g. 123456 CNY → "1234.56". */
export function minorToDecimalString(minor: number, currency: CurrencyCode): string {
  const digits = CURRENCIES[currency];
  return new Decimal(minor).div(new Decimal(10).pow(digits)).toFixed(digits);
}
