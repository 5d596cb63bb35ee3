// What the editor says about a field: an i18n key under `loanEditor.invalid` with its parameters, keyed
// by a field path ('principal', 'fees.0.amount', 'customRows.2.dueDate'). Backend INVALID_INPUT issues,
// whose paths follow the contract's shape, are mapped to the same paths.
import type { FieldIssue } from '../../../../../contract/errors';

export type ProblemKey =
  | 'required'
  | 'tooLong'
  | 'amount'
  | 'amountZero'
  | 'percent'
  | 'rate'
  | 'term'
  | 'date'
  | 'dayOfMonth'
  | 'multiplier'
  | 'graceDays'
  | 'firstDueAfterStart'
  | 'rowAfterStart'
  | 'rowOrder'
  | 'customEmpty'
  | 'server';

export interface FieldProblem {
  key: ProblemKey;
  params?: Record<string, number>;
}

export type EditorProblems = Record<string, FieldProblem>;

const TERMS_FIELDS: Record<string, string> = {
  principal: 'principal',
  startDate: 'startDate',
  termPeriods: 'termPeriods',
  frequency: 'frequency',
  dueDay: 'dueDay',
  firstDueDate: 'firstDueDate',
  rate: 'rate',
  installmentFeePpm: 'installmentFee',
  allocationOrder: 'allocationOrder',
};

const REVOLVING_FIELDS: Record<string, string> = {
  statementDay: 'statementDay',
  dueDay: 'cardDueDay',
  minPaymentPpm: 'minPaymentPercent',
  minPaymentFloor: 'minPaymentFloor',
};

const PENALTY_FIELDS: Record<string, string> = { rate: 'penaltyValue', lateFee: 'lateFeeValue', graceDays: 'graceDays' };

function termsField(rest: (string | number)[], method: string): string | null {
  const [head, second, third] = rest;
  if (head === 'principal' && method === 'custom') return 'customRows';
  if (head === 'revolving') return typeof second === 'string' ? (REVOLVING_FIELDS[second] ?? 'statementDay') : 'statementDay';
  if (head === 'penalty') return typeof second === 'string' ? (PENALTY_FIELDS[second] ?? 'penaltyValue') : 'penaltyValue';
  if (head === 'customSchedule') {
    if (typeof second !== 'number') return 'customRows';
    return typeof third === 'string' ? `customRows.${second}.${third}` : `customRows.${second}.principal`;
  }
  if (head === 'fees' && typeof second === 'number') return `fees.${second}.${third === 'dueDate' ? 'dueDate' : 'amount'}`;
  return typeof head === 'string' ? (TERMS_FIELDS[head] ?? null) : null;
}

/** The editor field a contract issue path points at (paths may start with 'loan' for updates). */
export function fieldForIssuePath(path: (string | number)[], method: string): string | null {
  const rest = path[0] === 'loan' ? path.slice(1) : path;
  const [head, ...tail] = rest;
  if (head === 'terms') return termsField(tail, method);
  if (head === 'paper') return tail[0] === 'clauses' && typeof tail[1] === 'string' ? `clauses.${tail[1]}` : null;
  if (head === 'name' || head === 'lender' || head === 'currency' || head === 'jurisdiction' || head === 'lenderType') return head;
  return null;
}

/** Backend (or schema) issues as field problems; issues naming no field are left to the form message. */
export function problemsFromIssues(issues: FieldIssue[], method: string): EditorProblems {
  const problems: EditorProblems = {};
  for (const issue of issues) {
    const field = fieldForIssuePath(issue.path, method);
    if (field && !problems[field]) problems[field] = { key: 'server' };
  }
  return problems;
}
