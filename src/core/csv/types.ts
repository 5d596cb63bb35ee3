// What a CSV import fills and how it reports problems. Kept in core so the pure parser and validator can
// name them; src/contract/transfer.ts re-exports the import names here for the API.
import type { IsoDate } from '../dates';
import type { CustomRow, LoanTerms } from '../loans/types';
import type { CurrencyCode } from '../money';

export const IMPORT_KINDS = ['loans', 'schedule', 'payments'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/**
 * The fields each import fills, in the order the mapping step shows them. Amounts are typed in major
 * units ("1,234.56"), rates in percent of the rate's unit ("4.9"), dates as YYYY-MM-DD (or YYYY/MM/DD).
 */
export const IMPORT_FIELDS = {
  loans: [
    'name',
    'lender',
    'currency',
    'method',
    'principal',
    'rate',
    'rateUnit',
    'termPeriods',
    'frequency',
    'startDate',
    'dueDay',
    'installmentFeeRate',
  ],
  schedule: ['dueDate', 'principal', 'interest', 'fees'],
  payments: ['date', 'amount', 'note'],
} as const satisfies Record<ImportKind, readonly string[]>;

export type ImportField<K extends ImportKind = ImportKind> = (typeof IMPORT_FIELDS)[K][number];

/** Fields an import cannot do without; the others take defaults. */
export const REQUIRED_IMPORT_FIELDS = {
  loans: ['name', 'lender', 'principal', 'rate', 'termPeriods', 'startDate'],
  schedule: ['dueDate', 'principal', 'interest'],
  payments: ['date', 'amount'],
} as const satisfies Record<ImportKind, readonly string[]>;

export const IMPORT_ISSUE_CODES = [
  'required',
  'amount',
  'rate',
  'integer',
  'date',
  'method',
  'currency',
  'frequency',
  'rate-unit',
  'unmapped-required',
  'no-rows',
  'too-many-rows',
  'principal-mismatch',
  'invalid-loan',
  'too-long',
] as const;
/** `too-long`: a text cell (name, lender, note) longer than the ledger keeps. */
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export interface ImportIssue {
  /**
   * The row as a spreadsheet numbers it: the header is row 1, the first data row 2 (the file line, unless a
   * quoted cell spans lines); 0 for a problem with the file as a whole.
   */
  row: number;
  /** The column's header text as it appears in the file ('' for whole-file problems). */
  column: string;
  field: string;
  code: ImportIssueCode;
  /** The offending cell, shortened. */
  value: string;
}

/** field → column index in the file, or null when the field is not in the file. */
export type ColumnMapping = Record<string, number | null>;

/** A loan as a loans file describes it: the backend adds jurisdiction, lender type and paper defaults. */
export interface ImportedLoan {
  name: string;
  lender: string;
  currency: CurrencyCode;
  terms: LoanTerms;
}

/** A payment as a payment-history file describes it: always a regular payment. */
export interface ImportedPayment {
  date: IsoDate;
  amount: number;
  note: string;
}

/** One value read from a data row, with the row it came from (for issues found later, by the backend). */
export interface FromRow<T> {
  row: number;
  value: T;
}

export type ImportedSchedule = CustomRow[];

// Parsed CSV, as the backend's reader (papaparse) hands it to validation.
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export interface CsvRow {
  /** The spreadsheet row number: the header is row 1, the first data row 2. */
  row: number;
  cells: string[];
}

export interface ParsedCsv {
  /** Header cells, trimmed; the column index is the position here. */
  columns: string[];
  /** Data rows that are not blank, each padded with '' to the header's width. */
  rows: CsvRow[];
  delimiter: CsvDelimiter;
}
