// A CSV import from file to ledger: parse, map columns, validate every row (the pure checks in
// src/core/csv, then the API's own schemas), and either report every issue or write it all at once.
import { randomUUID } from 'node:crypto';
import {
  DomainError,
  IMPORT_ISSUE_PATH_ROOT,
  loanInputSchema,
  loanTermsSchema,
  type FieldIssue,
  type ImportIssue,
  type ImportIssueCode,
  type ImportPreview,
  type Loan,
  type ParsedInput,
} from '../../contract';
import { completeMapping, mappingProblems, suggestMapping } from '../../core/csv/mapping';
import type { ParsedCsv } from '../../core/csv/types';
import { parseCsv } from './csv-text';
import type { ColumnMapping, ImportKind } from '../../core/csv/types';
import { sampleRows, validateLoanRows, validatePaymentRows, validateScheduleRows } from '../../core/csv/validate';
import type { LoanFields } from '../db/repositories/loans';
import { mustGetLoan, type Repositories } from '../handlers/loan-access';

export type ImportInput = ParsedInput<'transfer.commit'>;

export interface PreparedImport {
  preview: ImportPreview;
  /** Writes the rows; call only when the preview has no issues, inside the caller's transaction. */
  write(now: string): number;
}

function resolveMapping(kind: ImportKind, columns: string[], given: ColumnMapping | undefined): ColumnMapping {
  if (given === undefined) return suggestMapping(kind, columns);
  const problems = mappingProblems(kind, columns, given);
  if (problems.length > 0) {
    throw new DomainError(
      'INVALID_INPUT',
      'The column mapping does not fit this file',
      problems.map((p) => ({ path: ['mapping', p.field], message: p.problem })),
    );
  }
  return completeMapping(kind, given);
}

/** Where a loan-schema issue belongs in a loans file: the field (and so the column) and its code. */
function loanIssueField(path: readonly PropertyKey[]): { field: string; code: ImportIssueCode } {
  const [head, sub] = path;
  if (head === 'name' || head === 'lender') return { field: head, code: 'too-long' };
  if (head === 'currency') return { field: 'currency', code: 'currency' };
  const byTerm: Record<string, { field: string; code: ImportIssueCode }> = {
    principal: { field: 'principal', code: 'amount' },
    rate: { field: 'rate', code: 'rate' },
    termPeriods: { field: 'termPeriods', code: 'integer' },
    dueDay: { field: 'dueDay', code: 'integer' },
    startDate: { field: 'startDate', code: 'date' },
    installmentFeePpm: { field: 'installmentFeeRate', code: 'rate' },
  };
  return head === 'terms' && typeof sub === 'string' && byTerm[sub] ? byTerm[sub] : { field: '', code: 'invalid-loan' };
}

function issueAt(parsed: ParsedCsv, mapping: ColumnMapping, row: number, field: string, code: ImportIssueCode): ImportIssue {
  const index = mapping[field];
  const column = index === null || index === undefined ? '' : (parsed.columns[index] ?? '');
  const cells = parsed.rows.find((r) => r.row === row)?.cells ?? [];
  const text = index === null || index === undefined ? '' : (cells[index] ?? '').trim();
  return { row, column, field, code, value: text.length > 40 ? `${text.slice(0, 40)}…` : text };
}

function requireLoanId(input: ImportInput): string {
  if (input.loanId === undefined) {
    throw new DomainError('INVALID_INPUT', 'Choose the loan this file belongs to', [{ path: ['loanId'], message: 'Required' }]);
  }
  return input.loanId;
}

interface Plan {
  issues: ImportIssue[];
  write(now: string): number;
}

function planLoans(repos: Repositories, parsed: ParsedCsv, mapping: ColumnMapping): Plan {
  const { values, issues } = validateLoanRows(parsed, mapping);
  const loans: LoanFields[] = [];
  for (const { row, value } of values) {
    const checked = loanInputSchema.safeParse(value);
    if (checked.success) loans.push(checked.data);
    else {
      const seen = new Set<string>();
      for (const issue of checked.error.issues) {
        const { field, code } = loanIssueField(issue.path);
        if (seen.has(field)) continue;
        seen.add(field);
        issues.push(issueAt(parsed, mapping, row, field, code));
      }
    }
  }
  return {
    issues,
    write: (now) => {
      for (const fields of loans) repos.loans.insert({ ...fields, id: randomUUID(), version: 1, createdAt: now, updatedAt: now });
      return loans.length;
    },
  };
}

function planSchedule(repos: Repositories, parsed: ParsedCsv, mapping: ColumnMapping, loan: Loan): Plan {
  const { values, issues } = validateScheduleRows(parsed, mapping, {
    currency: loan.currency,
    principal: loan.terms.principal,
    startDate: loan.terms.startDate,
  });
  const rows = values.map((v) => v.value);
  const terms = { ...loan.terms, method: 'custom' as const, customSchedule: rows, termPeriods: rows.length };
  const checked = issues.length === 0 ? loanTermsSchema.safeParse(terms) : null;
  if (checked && !checked.success) issues.push({ row: 0, column: '', field: '', code: 'invalid-loan', value: '' });
  return {
    issues,
    write: (now) => {
      const { id, version, createdAt: _c, updatedAt: _u, ...fields } = loan;
      if (!checked?.success) return 0;
      if (!repos.loans.update(id, version, { ...fields, terms: checked.data }, now)) {
        throw new DomainError('CONFLICT', 'This loan was changed elsewhere; reload it and try again');
      }
      return rows.length;
    },
  };
}

function planPayments(repos: Repositories, parsed: ParsedCsv, mapping: ColumnMapping, loan: Loan): Plan {
  const { values, issues } = validatePaymentRows(parsed, mapping, loan.currency);
  for (const { row, value } of values) {
    if (value.date < loan.terms.startDate) issues.push(issueAt(parsed, mapping, row, 'date', 'date'));
  }
  return {
    issues,
    write: (now) => {
      for (const { value } of values) {
        repos.payments.insert({ id: randomUUID(), loanId: loan.id, kind: 'regular', ...value, createdAt: now });
      }
      return values.length;
    },
  };
}

/** Reads and checks a CSV import against the ledger as it is now. */
export function prepareImport(repos: Repositories, input: ImportInput): PreparedImport {
  const parsed = parseCsv(input.csv);
  const mapping = resolveMapping(input.kind, parsed.columns, input.mapping);
  const plan =
    input.kind === 'loans'
      ? planLoans(repos, parsed, mapping)
      : input.kind === 'schedule'
        ? planSchedule(repos, parsed, mapping, mustGetLoan(repos, requireLoanId(input)))
        : planPayments(repos, parsed, mapping, mustGetLoan(repos, requireLoanId(input)));
  const issues = [...plan.issues].sort((a, b) => a.row - b.row);
  return {
    preview: { columns: parsed.columns, mapping, rowCount: parsed.rows.length, sample: sampleRows(parsed, mapping), issues },
    write: (now) => plan.write(now),
  };
}

/** The issues as the API carries them: path ['row', row, column header, field], message the issue code. */
export function importIssuesAsFieldIssues(issues: readonly ImportIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ path: [IMPORT_ISSUE_PATH_ROOT, issue.row, issue.column, issue.field], message: issue.code }));
}
