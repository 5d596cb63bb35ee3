// Import and export: CSV with a column-mapping step and an all-or-nothing commit, and a JSON export of
// the whole ledger that imports back exactly.
import { z } from 'zod';
import { IMPORT_KINDS, type ImportIssue } from '../core/csv/types';
import { idSchema } from './loans';
import { LANGUAGES } from './prefs';

export {
  IMPORT_FIELDS,
  IMPORT_ISSUE_CODES,
  IMPORT_KINDS,
  REQUIRED_IMPORT_FIELDS,
  type ImportField,
  type ImportIssue,
  type ImportIssueCode,
  type ImportKind,
} from '../core/csv/types';

/** First element of the path of every FieldIssue `transfer.commit` reports for a file (see `commit` below). */
export const IMPORT_ISSUE_PATH_ROOT = 'row';

const MAX_CSV_CHARS = 5_000_000;

const importSchema = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    csv: z.string().max(MAX_CSV_CHARS),
    /** field → column index in the file; omitted: the backend suggests one from the header names. */
    mapping: z.record(z.string(), z.number().int().min(0).nullable()).optional(),
    /** The loan a schedule or payment history belongs to. */
    loanId: idSchema.optional(),
  })
  .strict()
  .refine((input) => input.kind === 'loans' || input.loanId !== undefined, {
    message: 'Choose the loan this file belongs to',
    path: ['loanId'],
  });

export interface ImportPreview {
  columns: string[];
  /** The mapping used (the one given, or the suggested one). */
  mapping: Record<string, number | null>;
  rowCount: number;
  /** The first rows as the import reads them, field → cell text. */
  sample: Record<string, string>[];
  issues: ImportIssue[];
}

export interface ExportFile {
  filename: string;
  mimeType: 'text/csv' | 'application/json' | 'text/calendar';
  content: string;
}

export const transferSchemas = {
  /** Reads the file and reports every issue (ImportIssue[]); writes nothing. */
  preview: importSchema,
  /**
   * Writes every row in one transaction, or nothing. Any issue → DomainError 'INVALID_INPUT' whose issues
   * each have path [IMPORT_ISSUE_PATH_ROOT ('row'), <row: header = 1, 0 for the whole file>, <column header
   * as in the file, '' if none>, <field>] and message = the ImportIssueCode, for the UI to translate. A
   * mapping naming an unknown field or a column past the last → INVALID_INPUT, path ['mapping', <field>].
   * 'schedule' makes the loan method 'custom' with the file's rows; 'payments' adds regular payments.
   */
  commit: importSchema,
  exportCsv: z
    .object({
      kind: z.enum(IMPORT_KINDS),
      loanId: idSchema.optional(),
      /** Language of the header row and of words in cells (method, frequency); default: the saved preference, else English. */
      language: z.enum(LANGUAGES).optional(),
    })
    .strict(),
  exportJson: z.object({}).strict().optional(),
  importJson: z.object({ content: z.string().max(50_000_000) }).strict(),
};
