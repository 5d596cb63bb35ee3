// The ledger as CSV tables a spreadsheet opens safely: a header row in the user's language, amounts in
// major units with the currency's digits, and no cell a spreadsheet would run as a formula (the text
// itself is written by the backend's csv-text.ts). The headers are ones `suggestMapping` maps back, so an export imports again.
import type { InstallmentState, Payment } from '../loans/ledger-types';
import { minorToDecimalString, type CurrencyCode } from '../money';
import { ppmToPercentString } from '../rates';
import type { ImportedLoan } from './types';
import { FREQUENCY_WORDS, METHOD_WORDS, RATE_UNIT_WORDS, STATUS_WORDS, wordFor, type CsvLanguage } from './words';

/** A cell a spreadsheet would run as a formula (OWASP CSV injection): = + - @ tab CR, behind any quotes. */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
/** A cell neutralised by `neutraliseCell`: one added quote in front of something formula-like. */
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/**
 * Prefixes a single quote to a cell a spreadsheet would treat as a formula. Cells that already start with
 * quotes before a formula character get one more, so `restoreCell` undoes exactly what was added.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_LIKE.test(text) ? `'${text}` : text;
}

/** The inverse of `neutraliseCell`, applied to every cell read, so export → import gives back the text. */
export function restoreCell(text: string): string {
  return NEUTRALISED.test(text) ? text.slice(1) : text;
}

export interface CsvTable {
  header: string[];
  rows: string[][];
}

const HEADERS = {
  loans: {
    en: ['Name', 'Lender', 'Currency', 'Method', 'Principal', 'Rate (%)', 'Rate unit', 'Term (periods)', 'Frequency', 'Start date', 'Due day', 'Installment fee rate (%)'],
    zh: ['借款名称', '出借方', '币种', '还款方式', '本金', '利率（%）', '利率单位', '期数', '还款频率', '开始日期', '还款日', '分期手续费率（%）'],
  },
  schedule: {
    en: ['Period', 'Due date', 'Principal', 'Interest', 'Fees', 'Total', 'Remaining', 'Status', 'Paid', 'Penalty', 'Outstanding', 'Days past due'],
    zh: ['期次', '还款日', '本金', '利息', '费用', '应还合计', '剩余本金', '状态', '已还', '罚息', '未还', '逾期天数'],
  },
  payments: {
    en: ['Loan', 'Date', 'Amount', 'Kind', 'Note'],
    zh: ['借款名称', '还款日期', '还款金额', '类型', '备注'],
  },
} as const;

function headers(kind: keyof typeof HEADERS, language: CsvLanguage): string[] {
  return [...HEADERS[kind][language === 'en' ? 'en' : 'zh']];
}

/** One row per loan with the terms a loans import reads back. */
export function loansTable(loans: readonly ImportedLoan[], language: CsvLanguage): CsvTable {
  const rows = loans.map(({ name, lender, currency, terms }) => [
    name,
    lender,
    currency,
    wordFor(METHOD_WORDS, terms.method, language),
    minorToDecimalString(terms.principal, currency),
    ppmToPercentString(terms.rate.ppm),
    wordFor(RATE_UNIT_WORDS, terms.rate.unit, language),
    String(terms.termPeriods),
    wordFor(FREQUENCY_WORDS, terms.frequency, language),
    terms.startDate,
    terms.dueDay === undefined ? '' : String(terms.dueDay),
    terms.installmentFeePpm === undefined ? '' : ppmToPercentString(terms.installmentFeePpm),
  ]);
  return { header: headers('loans', language), rows };
}

/** A loan's schedule as computed on a day, with each installment's status (imports back as a custom schedule). */
export function scheduleTable(installments: readonly InstallmentState[], currency: CurrencyCode, language: CsvLanguage): CsvTable {
  const money = (minor: number): string => minorToDecimalString(minor, currency);
  const rows = installments.map((row) => [
    String(row.period),
    row.dueDate,
    money(row.principal),
    money(row.interest),
    money(row.fees),
    money(row.total),
    money(row.remaining),
    wordFor(STATUS_WORDS, row.status, language),
    money(row.paid.principal + row.paid.interest + row.paid.fees + row.paid.penalty),
    money(row.penaltyCharged),
    money(row.outstanding),
    String(row.daysPastDue),
  ]);
  return { header: headers('schedule', language), rows };
}

export interface PaymentLine {
  loanName: string;
  currency: CurrencyCode;
  payment: Payment;
}

const KIND_WORDS = { regular: { en: 'regular', zh: '正常还款' }, prepayment: { en: 'prepayment', zh: '提前还款' } } as const;

/** Payments, one per row; the loan column only when the file holds more than one loan's payments. */
export function paymentsTable(lines: readonly PaymentLine[], language: CsvLanguage, withLoan: boolean): CsvTable {
  const all = headers('payments', language);
  const rows = lines.map(({ loanName, currency, payment }) => {
    const cells = [
      loanName,
      payment.date,
      minorToDecimalString(payment.amount, currency),
      KIND_WORDS[payment.kind][language === 'en' ? 'en' : 'zh'],
      payment.note,
    ];
    return withLoan ? cells : cells.slice(1);
  });
  return { header: withLoan ? all : all.slice(1), rows };
}
