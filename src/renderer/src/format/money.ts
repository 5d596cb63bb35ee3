// Amounts leave the domain as integer minor units; this turns them into the user's locale format.
// The decimal string goes to Intl directly, so no binary float ever rounds a displayed amount.
import { minorToDecimalString, type CurrencyCode } from '../../../core/money';

type NumericString = `${number}`;

export function formatMoney(minor: number, currency: CurrencyCode, locale: string): string {
  const text = minorToDecimalString(minor, currency) as NumericString;
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(text);
}

/** The symbol a field shows as its prefix ("¥" in zh-CN, "CN¥" in en for CNY). */
export function currencySymbol(currency: CurrencyCode, locale: string): string {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(0);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}
