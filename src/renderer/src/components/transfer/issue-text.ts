// Import problems in the user's language, naming the row and the column as the file has them
// ("Row 7, column 本金: not an amount (“12,3a”)"), for the preview and for a refused commit alike.
import type { FieldIssue } from '../../../../contract/errors';
import { IMPORT_ISSUE_CODES, IMPORT_ISSUE_PATH_ROOT, type ImportIssue, type ImportIssueCode } from '../../../../contract/transfer';

/** The parts of vue-i18n's composer this module needs (so it is testable with any i18n instance). */
export interface Translator {
  t: (key: string, named: Record<string, unknown>) => string;
  te: (key: string) => boolean;
}

/** An issue as the UI lists it: an ImportIssue whose code (an ImportIssueCode) may be one this build does not know yet. */
export type ShownIssue = Omit<ImportIssue, 'code'> & { code: string };

function isIssueCode(value: string): value is ImportIssueCode {
  return (IMPORT_ISSUE_CODES as readonly string[]).includes(value);
}

/** The field's label, or the field name itself when it has none. */
export function fieldLabel(tr: Translator, field: string): string {
  const key = `transfer.field.${field}`;
  return field !== '' && tr.te(key) ? tr.t(key, {}) : field;
}

/** One sentence for one issue. */
export function issueText(tr: Translator, issue: ShownIssue): string {
  const problemKey = isIssueCode(issue.code) && tr.te(`transfer.problem.${issue.code}`) ? issue.code : 'unknown';
  const problem = tr.t(`transfer.problem.${problemKey}`, { field: fieldLabel(tr, issue.field) });
  if (issue.row <= 0) {
    return tr.t(issue.code === 'unmapped-required' ? 'transfer.issue.mapping' : 'transfer.issue.file', { problem });
  }
  const value = issue.value.trim();
  const withValue = value !== '';
  if (issue.column !== '') {
    return tr.t(withValue ? 'transfer.issue.cellValue' : 'transfer.issue.cell', {
      row: issue.row,
      column: issue.column,
      problem,
      value,
    });
  }
  return tr.t(withValue ? 'transfer.issue.rowValue' : 'transfer.issue.row', { row: issue.row, problem, value });
}

/**
 * A refused commit comes back as INVALID_INPUT whose issues have the path
 * [IMPORT_ISSUE_PATH_ROOT, <row, 0 for the whole file>, <column header>, <field>] and the issue code as
 * message (see src/contract/transfer.ts). Issues on other paths (the request itself) are left out.
 */
export function issuesFromCommitError(issues: readonly FieldIssue[]): ShownIssue[] {
  return issues.flatMap((issue): ShownIssue[] => {
    const [head, row, column, field] = issue.path;
    const line = Number(row);
    if (head !== IMPORT_ISSUE_PATH_ROOT || !Number.isInteger(line) || line < 0) return [];
    return [
      {
        row: line,
        column: typeof column === 'string' ? column : '',
        field: typeof field === 'string' ? field : '',
        code: issue.message,
        value: '',
      },
    ];
  });
}
