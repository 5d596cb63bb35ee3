// Typed text → integers, for the loan editor: percents and multiples to ppm, whole numbers, amounts to
// minor units. Nothing a user typed is ever rounded: too many decimals is a message, not a guess.
import Decimal from 'decimal.js';
import { minorToDecimalString, parseAmount, type CurrencyCode } from '../../../../../core/money';

const PLAIN_NUMBER = /^\d+(\.\d+)?$/;

function cleanNumber(text: string, strip: RegExp): string | null {
  const cleaned = text.trim().replace(strip, '');
  return PLAIN_NUMBER.test(cleaned) ? cleaned : null;
}

/** "0.6", "0.6 %" → 6 000 ppm; null when not a number, more than four decimals, or above `maxPpm`. */
export function parsePercentPpm(text: string, maxPpm: number): number | null {
  const cleaned = cleanNumber(text, /[%\s％]/g);
  if (cleaned === null || (cleaned.split('.')[1] ?? '').length > 4) return null;
  const ppm = new Decimal(cleaned).times(10_000);
  return ppm.gt(maxPpm) ? null : ppm.toNumber();
}

/** "1.5", "1.5×" → 1 500 000 (ppm of 1); up to four decimals. */
export function parseMultiplierPpm(text: string, maxPpm: number): number | null {
  const cleaned = cleanNumber(text, /[×xX倍\s]/g);
  if (cleaned === null || (cleaned.split('.')[1] ?? '').length > 4) return null;
  const ppm = new Decimal(cleaned).times(1_000_000);
  return ppm.gt(maxPpm) ? null : ppm.toNumber();
}

/** A whole number within [min, max], or null. */
export function parseWhole(text: string, min: number, max: number): number | null {
  const cleaned = text.trim();
  if (!/^\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value >= min && value <= max ? value : null;
}

/** Minor units from typed text ("12,000.50"), or null. */
export function parseMoney(text: string, currency: CurrencyCode): number | null {
  return parseAmount(text.trim(), currency);
}

/** ppm → the percent as typed back ("0.6"), without trailing zeros. */
export function ppmToPercentText(ppm: number): string {
  return new Decimal(ppm).div(10_000).toString();
}

/** ppm of 1 → the multiple as typed back ("1.5"). */
export function ppmToMultiplierText(ppm: number): string {
  return new Decimal(ppm).div(1_000_000).toString();
}

/** "1000000.00" → "1,000,000.00": easier to read back, and the parser accepts the commas. */
export function minorToText(minor: number, currency: CurrencyCode): string {
  const [whole = '', fraction] = minorToDecimalString(minor, currency).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}
