// The loan form's values as typed text, their validation (which message key each field shows), and
// the mapping from the backend's INVALID_INPUT issue paths back to the fields.
import type { FieldIssue } from '../../../../contract/errors';
import { MAX_TERM_MONTHS, type Loan, type LoanInput } from '../../../../contract/loans';
import { isIsoDate } from '../../../../core/dates';
import { annuityPayment } from '../../../../core/loans/annuity';
import { minorToDecimalString, parseAmount, type CurrencyCode } from '../../../../core/money';
import { parsePercentToPpm, ppmToPercentString } from '../../../../core/rates';

export const NAME_MAX = 120;

export interface LoanFormValues {
  name: string;
  lender: string;
  currency: CurrencyCode;
  principal: string;
  rate: string;
  term: string;
  startDate: string | null;
}

export type LoanField = 'name' | 'lender' | 'currency' | 'principal' | 'rate' | 'term' | 'startDate';

/** An i18n key under `loanForm.invalid` with its parameters. */
export interface FieldProblem {
  key: 'required' | 'tooLong' | 'amount' | 'amountZero' | 'rate' | 'term' | 'date' | 'server';
  params?: Record<string, number>;
}

export type FieldProblems = Partial<Record<LoanField, FieldProblem>>;

export function emptyLoanForm(today: string): LoanFormValues {
  return { name: '', lender: '', currency: 'CNY', principal: '', rate: '', term: '', startDate: today };
}

/** "1000000.00" → "1,000,000.00": easier to read back, and parseAmount accepts the commas. */
function groupThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function loanToForm(loan: Loan): LoanFormValues {
  return {
    name: loan.name,
    lender: loan.lender,
    currency: loan.currency,
    principal: groupThousands(minorToDecimalString(loan.principal, loan.currency)),
    rate: ppmToPercentString(loan.annualRatePpm),
    term: String(loan.termMonths),
    startDate: loan.startDate,
  };
}

function parseTerm(text: string): number | null {
  const cleaned = text.trim();
  if (!/^\d+$/.test(cleaned)) return null;
  const months = Number(cleaned);
  return months >= 1 && months <= MAX_TERM_MONTHS ? months : null;
}

function textProblem(text: string): FieldProblem | undefined {
  if (text.trim() === '') return { key: 'required' };
  if (text.trim().length > NAME_MAX) return { key: 'tooLong', params: { max: NAME_MAX } };
  return undefined;
}

/** Checks every field; `input` is set only when all of them are valid. */
export function validateLoanForm(values: LoanFormValues): { input: LoanInput | null; problems: FieldProblems } {
  const problems: FieldProblems = {};
  const nameProblem = textProblem(values.name);
  if (nameProblem) problems.name = nameProblem;
  const lenderProblem = textProblem(values.lender);
  if (lenderProblem) problems.lender = lenderProblem;

  const principal = values.principal.trim() === '' ? null : parseAmount(values.principal.trim(), values.currency);
  if (values.principal.trim() === '') problems.principal = { key: 'required' };
  else if (principal === null) problems.principal = { key: 'amount' };
  else if (principal <= 0) problems.principal = { key: 'amountZero' };

  const rate = values.rate.trim() === '' ? null : parsePercentToPpm(values.rate.trim());
  if (values.rate.trim() === '') problems.rate = { key: 'required' };
  else if (rate === null) problems.rate = { key: 'rate' };

  const term = parseTerm(values.term);
  if (values.term.trim() === '') problems.term = { key: 'required' };
  else if (term === null) problems.term = { key: 'term', params: { max: MAX_TERM_MONTHS } };

  if (!values.startDate || !isIsoDate(values.startDate)) problems.startDate = { key: 'date' };

  if (Object.keys(problems).length > 0 || principal === null || rate === null || term === null || !values.startDate) {
    return { input: null, problems };
  }
  return {
    input: {
      name: values.name.trim(),
      lender: values.lender.trim(),
      currency: values.currency,
      principal,
      annualRatePpm: rate,
      termMonths: term,
      startDate: values.startDate,
      method: 'annuity',
    },
    problems,
  };
}

/** The monthly payment for the live preview, or null until amount, rate and term all parse. */
export function previewPayment(values: LoanFormValues): number | null {
  const principal = parseAmount(values.principal.trim(), values.currency);
  const rate = parsePercentToPpm(values.rate.trim());
  const term = parseTerm(values.term);
  if (principal === null || principal <= 0 || rate === null || term === null) return null;
  return annuityPayment(principal, rate, term);
}

const ISSUE_FIELDS: Record<string, LoanField> = {
  name: 'name',
  lender: 'lender',
  currency: 'currency',
  principal: 'principal',
  annualRatePpm: 'rate',
  termMonths: 'term',
  startDate: 'startDate',
};

/** Maps backend issues (paths like ['principal'] or ['loan', 'termMonths']) to form fields. */
export function problemsFromIssues(issues: FieldIssue[]): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of issues) {
    const field = [...issue.path].reverse().find((part): part is string => typeof part === 'string' && part in ISSUE_FIELDS);
    const mapped = field === undefined ? undefined : ISSUE_FIELDS[field];
    if (mapped) problems[mapped] = { key: 'server' };
  }
  return problems;
}
