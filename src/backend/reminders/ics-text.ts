// The words the calendar export writes, in both languages. Discreet by default, because a phone shows event
// titles on its lock screen and in shared calendars; amounts are formatted exactly from minor units.
import { minorToDecimalString, type CurrencyCode } from '../../core/money';

export type IcsLanguage = 'zh-CN' | 'en';

export function calendarName(language: IcsLanguage): string {
  return language === 'zh-CN' ? '安心账本' : 'QuietLedger';
}

export function discreetTitle(language: IcsLanguage): string {
  return language === 'zh-CN' ? '还款日' : 'Payment due';
}

export function openAppText(language: IcsLanguage): string {
  return language === 'zh-CN' ? '打开安心账本查看详情。' : 'Open QuietLedger for the details.';
}

export function periodText(language: IcsLanguage, period: number): string {
  return language === 'zh-CN' ? `第 ${period} 期` : `Installment ${period}`;
}

type NumericString = `${number}`;

/**
 * An amount in minor units with its currency symbol, as the app shows it. Intl receives the exact decimal
 * string, never a binary float, so large amounts keep every digit.
 */
export function formatAmount(minor: number, currency: CurrencyCode, language: IcsLanguage): string {
  const text = minorToDecimalString(minor, currency) as NumericString;
  return new Intl.NumberFormat(language, { style: 'currency', currency }).format(text);
}

/** "<loan name> · <lender>: <amount>"; the lender part is left out when the loan has none. */
export function detailedTitle(name: string, lender: string, amount: string): string {
  const who = lender.trim() === '' ? name : `${name} · ${lender}`;
  return `${who}: ${amount}`;
}

export function detailedDescription(language: IcsLanguage, period: number): string {
  return language === 'zh-CN' ? `${periodText(language, period)}。${openAppText(language)}` : `${periodText(language, period)}. ${openAppText(language)}`;
}

/**
 * What an alarm says, from the day it actually fires (quiet hours can move it): never a name or an amount,
 * since alarms are what a lock screen shows.
 */
export function alarmText(language: IcsLanguage, daysBeforeDue: number): string {
  if (language === 'zh-CN') {
    if (daysBeforeDue < 0) return '有一笔还款已逾期';
    if (daysBeforeDue === 0) return '今天有一笔还款到期';
    if (daysBeforeDue === 1) return '有一笔还款明天到期';
    return `有一笔还款 ${daysBeforeDue} 天后到期`;
  }
  if (daysBeforeDue < 0) return 'A payment is overdue';
  if (daysBeforeDue === 0) return 'A payment is due today';
  if (daysBeforeDue === 1) return 'A payment is due tomorrow';
  return `A payment is due in ${daysBeforeDue} days`;
}
