// Turns one spreadsheet cell into a value: amounts in major units with separators and currency signs,
// percentages, dates in the common Chinese and ISO spellings, whole numbers and named choices. Each
// parser answers null for text it cannot read exactly; nothing is rounded or guessed.
import Decimal from 'decimal.js';
import { isIsoDate, type IsoDate } from '../dates';
import type { Frequency, RateUnit, RepaymentMethod } from '../loans/types';
import { CURRENCIES, MAX_MINOR, type CurrencyCode } from '../money';
import { CURRENCY_WORDS, FREQUENCY_WORDS, lookupWord, METHOD_WORDS, RATE_UNIT_WORDS } from './words';

/** Currency signs, codes and words a lender's statement may put around an amount. */
const CURRENCY_NOISE = /(?:人民币|rmb|cny|usd|hkd|twd|eur|gbp|jpy|us\$|hk\$|nt\$|[¥$€£円元])/gi;

/**
 * An amount typed in major units ("1,234.56", "¥1 234.56", "1234.5元") → minor units of `currency`.
 * Null when it is not a non-negative number, has more decimals than the currency keeps, or is too large.
 * Trailing zeros beyond the currency's digits are accepted ("10.500"); other extra digits are not rounded.
 */
export function parseAmountCell(text: string, currency: CurrencyCode): number | null {
  const spaced = text.normalize('NFKC').replace(CURRENCY_NOISE, '').replace(/\s/g, '');
  // Commas only as thousands separators in groups of three: "1 000,00" (a decimal comma) is refused, not misread.
  if (spaced.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(spaced)) return null;
  const cleaned = spaced.replace(/,/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const digits = CURRENCIES[currency];
  const fraction = cleaned.split('.')[1] ?? '';
  if (fraction.length > digits && !/^0+$/.test(fraction.slice(digits))) return null;
  const minor = new Decimal(cleaned).times(new Decimal(10).pow(digits));
  if (!minor.isInteger() || minor.gt(MAX_MINOR)) return null;
  return minor.toNumber();
}

/**
 * A percentage ("4.9", "4.90%", "0.05 %") → ppm of the rate (4.9 % = 49 000). The number is read as a
 * percent even without the sign; at most four decimals, since ppm keeps no more.
 */
export function parsePercentCell(text: string): number | null {
  const cleaned = text.normalize('NFKC').replace(/[\s%]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const ppm = new Decimal(cleaned).times(10_000);
  if (!ppm.isInteger() || ppm.gt(Number.MAX_SAFE_INTEGER)) return null;
  return ppm.toNumber();
}

const DATE_PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/,
];

/** A date as YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日 → 'YYYY-MM-DD', or null if not a real day. */
export function parseDateCell(text: string): IsoDate | null {
  const cleaned = text.normalize('NFKC').trim();
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(cleaned);
    if (!match) continue;
    const [, y = '', m = '', d = ''] = match;
    const iso = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
    return isIsoDate(iso) ? iso : null;
  }
  return null;
}

/** A whole number ("12", "12期", "12 个月") → 12, or null. */
export function parseIntegerCell(text: string): number | null {
  const cleaned = text.normalize('NFKC').trim().replace(/\s*(期|个月|月|天|日|号|periods?|months?)$/i, '');
  if (!/^\d{1,9}$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** 等额本息 / annuity, 等额本金 / equal-principal, 先息后本, 一次性还本付息, 分期, 信用卡, 自定义 / custom. */
export function parseMethodCell(text: string): RepaymentMethod | null {
  return lookupWord(METHOD_WORDS, text);
}

export function parseFrequencyCell(text: string): Frequency | null {
  return lookupWord(FREQUENCY_WORDS, text);
}

export function parseRateUnitCell(text: string): RateUnit | null {
  return lookupWord(RATE_UNIT_WORDS, text);
}

export function parseCurrencyCell(text: string): CurrencyCode | null {
  return lookupWord(CURRENCY_WORDS, text);
}
