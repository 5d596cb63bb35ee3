// Turns parsed CSV rows into loans, schedule rows or payments, or into issues that name the row (as the
// spreadsheet numbers it), the column header and what is wrong. Every row is checked, so the user sees
// all problems at once; the caller imports nothing while any issue remains.
import type { IsoDate } from '../dates';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY, type CustomRow, type LoanTerms } from '../loans/types';
import { minorToDecimalString, type CurrencyCode } from '../money';
import {
  parseAmountCell,
  parseCurrencyCell,
  parseDateCell,
  parseFrequencyCell,
  parseIntegerCell,
  parseMethodCell,
  parsePercentCell,
  parseRateUnitCell,
} from './cells';
import { rateUnitFromHeader } from './mapping';
import type { ParsedCsv } from './types';
import {
  REQUIRED_IMPORT_FIELDS,
  type ColumnMapping,
  type FromRow,
  type ImportedLoan,
  type ImportedPayment,
  type ImportIssue,
  type ImportIssueCode,
  type ImportKind,
} from './types';

/** The most data rows one file may hold, per kind (a schedule is at most MAX_TERM_PERIODS rows). */
export const MAX_IMPORT_ROWS: Record<ImportKind, number> = { loans: 1000, schedule: 1200, payments: 10_000 };
/** Longest text the ledger keeps, as the API's schemas say. */
export const MAX_TEXT = { name: 120, lender: 120, note: 1000 } as const;
/** Methods a loans file can describe: a credit card needs statement terms, a custom loan its rows. */
const ROW_METHODS = ['annuity', 'equal-principal', 'interest-only', 'bullet', 'card-installment'] as const;

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Problems with the file as a whole: required fields without a column, no rows, too many rows. */
export function fileIssues(kind: ImportKind, parsed: ParsedCsv, mapping: ColumnMapping): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const field of REQUIRED_IMPORT_FIELDS[kind]) {
    if (mapping[field] === null || mapping[field] === undefined) {
      issues.push({ row: 0, column: '', field, code: 'unmapped-required', value: '' });
    }
  }
  if (parsed.rows.length === 0) issues.push({ row: 0, column: '', field: '', code: 'no-rows', value: '' });
  if (parsed.rows.length > MAX_IMPORT_ROWS[kind]) {
    issues.push({ row: 0, column: '', field: '', code: 'too-many-rows', value: String(parsed.rows.length) });
  }
  return issues;
}

/** Reads the cells of one row by field, and records issues against that row. */
class RowReader {
  constructor(
    private readonly parsed: ParsedCsv,
    private readonly mapping: ColumnMapping,
    readonly row: number,
    private readonly cells: string[],
    readonly issues: ImportIssue[],
  ) {}

  column(field: string): string {
    const index = this.mapping[field];
    return index === null || index === undefined ? '' : (this.parsed.columns[index] ?? '');
  }

  text(field: string): string {
    const index = this.mapping[field];
    return index === null || index === undefined ? '' : (this.cells[index] ?? '').trim();
  }

  issue(field: string, code: ImportIssueCode): null {
    this.issues.push({ row: this.row, column: this.column(field), field, code, value: shorten(this.text(field)) });
    return null;
  }

  /** The cell read by `parse`; '' gives `fallback` when there is one, else a 'required' issue. */
  read<T>(field: string, parse: (text: string) => T | null, code: ImportIssueCode, fallback?: T): T | null {
    const text = this.text(field);
    if (text === '') return fallback !== undefined ? fallback : this.issue(field, 'required');
    const value = parse(text);
    return value === null ? this.issue(field, code) : value;
  }

  /** The text of a cell, trimmed, checked for presence and length. */
  words(field: string, max: number, required: boolean): string | null {
    const text = this.text(field);
    if (text === '' && required) return this.issue(field, 'required');
    return text.length > max ? this.issue(field, 'too-long') : text;
  }
}

function readers(parsed: ParsedCsv, mapping: ColumnMapping, issues: ImportIssue[]): RowReader[] {
  return parsed.rows.map((r) => new RowReader(parsed, mapping, r.row, r.cells, issues));
}

export interface Validated<T> {
  values: FromRow<T>[];
  issues: ImportIssue[];
}

/** Rows of a loans file → loans with default fees, penalty and allocation (the file carries none). */
export function validateLoanRows(parsed: ParsedCsv, mapping: ColumnMapping): Validated<ImportedLoan> {
  const issues = fileIssues('loans', parsed, mapping);
  if (issues.length > 0) return { values: [], issues };
  const rateColumn = mapping['rate'];
  const headerUnit = rateColumn === null || rateColumn === undefined ? null : rateUnitFromHeader(parsed.columns[rateColumn] ?? '');
  const values: FromRow<ImportedLoan>[] = [];
  for (const r of readers(parsed, mapping, issues)) {
    const before = issues.length;
    const name = r.words('name', MAX_TEXT.name, true);
    const lender = r.words('lender', MAX_TEXT.lender, true);
    const currency = r.read<CurrencyCode>('currency', parseCurrencyCell, 'currency', 'CNY');
    const method = r.read('method', parseMethodCell, 'method', 'annuity' as const);
    const importable = method === null ? null : (ROW_METHODS as readonly string[]).includes(method) ? method : r.issue('method', 'method');
    const principal = r.read('principal', (t) => (currency === null ? null : positive(parseAmountCell(t, currency))), 'amount');
    const ratePpm = r.read('rate', parsePercentCell, 'rate');
    const unit = r.read('rateUnit', parseRateUnitCell, 'rate-unit', headerUnit ?? 'year');
    const termPeriods = r.read('termPeriods', (t) => positive(parseIntegerCell(t)), 'integer');
    const frequency = r.read('frequency', parseFrequencyCell, 'frequency', 'monthly' as const);
    const startDate = r.read('startDate', parseDateCell, 'date');
    const dueDay = r.text('dueDay') === '' ? undefined : r.read('dueDay', (t) => dayOfMonth(parseIntegerCell(t)), 'integer');
    const feeText = r.text('installmentFeeRate');
    const feePpm = feeText === '' ? undefined : r.read('installmentFeeRate', parsePercentCell, 'rate');
    if (importable === 'card-installment' && feeText === '') r.issue('installmentFeeRate', 'required');
    if (issues.length > before) continue;
    if (name === null || lender === null || currency === null || importable === null || principal === null) continue;
    if (ratePpm === null || unit === null || termPeriods === null || frequency === null || startDate === null) continue;
    if (dueDay === null || feePpm === null) continue;
    const terms: LoanTerms = {
      method: importable,
      principal,
      startDate,
      termPeriods,
      frequency,
      ...(dueDay === undefined ? {} : { dueDay }),
      rate: { ppm: ratePpm, unit, accrual: 'periodic', dayCountBasis: 365 },
      ...(feePpm === undefined ? {} : { installmentFeePpm: feePpm }),
      fees: [],
      penalty: { ...NO_PENALTY },
      allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    };
    values.push({ row: r.row, value: { name, lender, currency, terms } });
  }
  return { values, issues };
}

function positive(n: number | null): number | null {
  return n !== null && n > 0 ? n : null;
}

function dayOfMonth(n: number | null): number | null {
  return n !== null && n >= 1 && n <= 31 ? n : null;
}

export interface ScheduleContext {
  currency: CurrencyCode;
  /** The loan's principal: the rows' principal must add up to it. */
  principal: number;
  /** Due dates must fall after the loan's start. */
  startDate: IsoDate;
}

/** Rows of a lender's schedule → the custom rows of the loan, in due-date order. */
export function validateScheduleRows(parsed: ParsedCsv, mapping: ColumnMapping, loan: ScheduleContext): Validated<CustomRow> {
  const issues = fileIssues('schedule', parsed, mapping);
  if (issues.length > 0) return { values: [], issues };
  const amount = (t: string): number | null => parseAmountCell(t, loan.currency);
  const afterStart = (t: string): IsoDate | null => {
    const date = parseDateCell(t);
    return date !== null && date > loan.startDate ? date : null;
  };
  const values: FromRow<CustomRow>[] = [];
  for (const r of readers(parsed, mapping, issues)) {
    const before = issues.length;
    const dueDate = r.read('dueDate', afterStart, 'date');
    const principal = r.read('principal', amount, 'amount');
    const interest = r.read('interest', amount, 'amount');
    const fees = r.read('fees', amount, 'amount', 0);
    if (issues.length > before || dueDate === null || principal === null || interest === null || fees === null) continue;
    values.push({ row: r.row, value: { dueDate, principal, interest, fees } });
  }
  if (issues.length === 0) {
    const total = values.reduce((sum, v) => sum + v.value.principal, 0);
    if (total !== loan.principal) {
      const column = parsed.columns[mapping['principal'] ?? -1] ?? '';
      const value = `${minorToDecimalString(total, loan.currency)} ≠ ${minorToDecimalString(loan.principal, loan.currency)}`;
      issues.push({ row: 0, column, field: 'principal', code: 'principal-mismatch', value });
    }
  }
  values.sort((a, b) => (a.value.dueDate < b.value.dueDate ? -1 : a.value.dueDate > b.value.dueDate ? 1 : a.row - b.row));
  return { values, issues };
}

/** Rows of a payment history → regular payments in the loan's currency. */
export function validatePaymentRows(parsed: ParsedCsv, mapping: ColumnMapping, currency: CurrencyCode): Validated<ImportedPayment> {
  const issues = fileIssues('payments', parsed, mapping);
  if (issues.length > 0) return { values: [], issues };
  const values: FromRow<ImportedPayment>[] = [];
  for (const r of readers(parsed, mapping, issues)) {
    const before = issues.length;
    const date = r.read('date', parseDateCell, 'date');
    const amount = r.read('amount', (t) => positive(parseAmountCell(t, currency)), 'amount');
    const note = r.words('note', MAX_TEXT.note, false);
    if (issues.length > before || date === null || amount === null || note === null) continue;
    values.push({ row: r.row, value: { date, amount, note } });
  }
  return { values, issues };
}

/** The first `count` rows as the import reads them: field → cell text, for the preview table. */
export function sampleRows(parsed: ParsedCsv, mapping: ColumnMapping, count = 20): Record<string, string>[] {
  return parsed.rows.slice(0, count).map((r) =>
    Object.fromEntries(
      Object.entries(mapping)
        .filter((entry): entry is [string, number] => entry[1] !== null)
        .map(([field, index]) => [field, r.cells[index] ?? '']),
    ),
  );
}
