// Rates as people read them: always two decimals and a percent sign, in the user's locale. Fractions
// (0.2399) come from the true-cost engine; ppm (49 000) from the contract's stated rate.
import Decimal from 'decimal.js';

/** 0.2399 → "23.99%"; null (no solution) → "—". */
export function formatRateFraction(fraction: number | null, locale: string): string {
  if (fraction === null || !Number.isFinite(fraction)) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(fraction);
}

/** ppm of a rate → "4.90%" (two decimals at least, up to four when the contract states more). */
export function formatPpmPercent(ppm: number, locale: string): string {
  const percent = new Decimal(ppm).div(10_000).toNumber();
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(percent)}%`;
}

/** The gap between two annual fractions in percentage points, two decimals ("2.35"). */
export function formatPoints(diff: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(diff * 100);
}
