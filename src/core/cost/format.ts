// Numbers as the cost explanations and rate warnings print them, the same way in both languages, so a
// sentence never shows a rate or an amount differently from the next one.
import { CURRENCIES, type CurrencyCode } from '../money';
import type { Bilingual } from './legal-types';

/** A fraction as a percent with fixed decimals: 0.13043 → "13.04%" (the UI shows rates to two decimals). */
export function percent(fraction: number, digits = 2): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** An amount in minor units for a locale, whole amounts without decimals: 100000 CNY → "¥1,000". */
export function money(minor: number, currency: CurrencyCode, locale: keyof Bilingual): string {
  const digits = CURRENCIES[currency];
  const major = minor / 10 ** digits;
  const whole = Number.isInteger(major);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: whole ? 0 : digits,
    maximumFractionDigits: digits,
  }).format(major);
}

/** Replaces each {name} in both languages' templates; a name without a value is left as written. */
export function fill(template: Bilingual, values: Record<string, Bilingual | string>): Bilingual {
  const render = (text: string, locale: keyof Bilingual): string =>
    text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : value[locale];
    });
  return { en: render(template.en, 'en'), 'zh-CN': render(template['zh-CN'], 'zh-CN') };
}
