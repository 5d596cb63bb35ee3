// Rates are stored as integer parts per million of the rate (4.9 % = 0.049 = 49 000 ppm) so that every
// rate a contract can state to four decimals of a percent is exact, and never a binary float.
import Decimal from 'decimal.js';

/** Highest annual rate we accept: 1000 % (some illegal lenders charge more; we still want the loan recorded). */
export const MAX_ANNUAL_RATE_PPM = 10_000_000;

/** Parses a percent typed by the user ("4.9", "4.90 %") into ppm; null if not a number with ≤ 4 decimals. */
export function parsePercentToPpm(text: string): number | null {
  const cleaned = text.replace(/[%\s％]/g, '');
  if (!/^\d+(\.\d{1,4})?$/.test(cleaned)) return null;
  const ppm = new Decimal(cleaned).times(10_000);
  if (ppm.gt(MAX_ANNUAL_RATE_PPM)) return null;
  return ppm.toNumber();
}

/** ppm → the percent as a decimal string without trailing zeros ("4.9"). */
export function ppmToPercentString(ppm: number): string {
  return new Decimal(ppm).div(10_000).toString();
}

/** ppm → the rate as a Decimal fraction (49 000 → 0.049). */
export function ppmToFraction(ppm: number): Decimal {
  return new Decimal(ppm).div(1_000_000);
}
