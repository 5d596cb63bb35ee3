// The words a lender's or a user's spreadsheet uses for methods, frequencies, rate units, currencies and
// statuses, in English and Chinese: one table read by the cell parser and written by the exporter.
import type { InstallmentStatus } from '../loans/ledger-types';
import type { Frequency, RateUnit, RepaymentMethod } from '../loans/types';
import type { CurrencyCode } from '../money';

export type CsvLanguage = 'en' | 'zh-CN';

interface WordEntry<T extends string> {
  value: T;
  en: string;
  zh: string;
  /** Further spellings accepted on import (compared after `normaliseWord`). */
  aliases: string[];
}

export const METHOD_WORDS: WordEntry<RepaymentMethod>[] = [
  { value: 'annuity', en: 'annuity', zh: '等额本息', aliases: ['equal installments', 'equal installment', 'mortgage'] },
  { value: 'equal-principal', en: 'equal-principal', zh: '等额本金', aliases: ['equal principal'] },
  { value: 'interest-only', en: 'interest-only', zh: '先息后本', aliases: ['interest only', '按月付息到期还本'] },
  { value: 'bullet', en: 'bullet', zh: '一次性还本付息', aliases: ['到期一次性还本付息', '到期还本付息', 'lump sum'] },
  { value: 'card-installment', en: 'card-installment', zh: '分期', aliases: ['installment plan', 'card installment', '信用卡分期', '账单分期'] },
  { value: 'revolving', en: 'revolving', zh: '信用卡', aliases: ['credit card', '循环信用'] },
  { value: 'custom', en: 'custom', zh: '自定义', aliases: ['自定义计划'] },
];

export const FREQUENCY_WORDS: WordEntry<Frequency>[] = [
  { value: 'monthly', en: 'monthly', zh: '每月', aliases: ['month', '按月', '月'] },
  { value: 'biweekly', en: 'biweekly', zh: '每两周', aliases: ['bi-weekly', 'fortnightly', '双周', '两周', '每双周'] },
  { value: 'weekly', en: 'weekly', zh: '每周', aliases: ['week', '按周', '周'] },
];

export const RATE_UNIT_WORDS: WordEntry<RateUnit>[] = [
  { value: 'year', en: 'year', zh: '年', aliases: ['annual', 'yearly', 'per year', 'p.a.', 'apr', '年利率', '年化', '年息'] },
  { value: 'month', en: 'month', zh: '月', aliases: ['monthly', 'per month', '月利率', '月息'] },
  { value: 'day', en: 'day', zh: '日', aliases: ['daily', 'per day', '天', '日利率', '日息'] },
];

export const CURRENCY_WORDS: WordEntry<CurrencyCode>[] = [
  { value: 'CNY', en: 'CNY', zh: 'CNY', aliases: ['rmb', '人民币', '元', '¥', '￥'] },
  { value: 'HKD', en: 'HKD', zh: 'HKD', aliases: ['港币', '港元', 'hk$'] },
  { value: 'TWD', en: 'TWD', zh: 'TWD', aliases: ['新台币', '台币', 'nt$'] },
  { value: 'USD', en: 'USD', zh: 'USD', aliases: ['美元', 'us$', '$'] },
  { value: 'EUR', en: 'EUR', zh: 'EUR', aliases: ['欧元', '€'] },
  { value: 'GBP', en: 'GBP', zh: 'GBP', aliases: ['英镑', '£'] },
  { value: 'JPY', en: 'JPY', zh: 'JPY', aliases: ['日元', '円'] },
];

export const STATUS_WORDS: WordEntry<InstallmentStatus>[] = [
  { value: 'paid', en: 'paid', zh: '已还清', aliases: [] },
  { value: 'partly-paid', en: 'partly paid', zh: '部分已还', aliases: [] },
  { value: 'due', en: 'due', zh: '待还', aliases: [] },
  { value: 'overdue', en: 'overdue', zh: '逾期', aliases: [] },
  { value: 'upcoming', en: 'upcoming', zh: '未到期', aliases: [] },
];

/** Lower case, full-width letters and spaces folded, inner spaces collapsed, ends trimmed. */
export function normaliseWord(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The value a word names in a table (its English or Chinese label or an alias), or null. */
export function lookupWord<T extends string>(table: WordEntry<T>[], text: string): T | null {
  const word = normaliseWord(text);
  const entry = table.find((e) => [e.value, e.en, e.zh, ...e.aliases].some((w) => normaliseWord(w) === word));
  return entry ? entry.value : null;
}

/** The label a table gives a value in a language. */
export function wordFor<T extends string>(table: WordEntry<T>[], value: T, language: CsvLanguage): string {
  const entry = table.find((e) => e.value === value);
  if (!entry) return value;
  return language === 'en' ? entry.en : entry.zh;
}
