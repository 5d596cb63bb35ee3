// The record-payment dialog's values as typed, their defaults (today, and the amount due now), and
// validation into the contract's PaymentInput with a message key per field.
import type { PaymentInput } from '../../../../../contract/loans';
import { isIsoDate, type IsoDate } from '../../../../../core/dates';
import type { LedgerState, PrepaymentMode } from '../../../../../core/loans/ledger-types';
import type { CurrencyCode } from '../../../../../core/money';
import { minorToText, parseMoney } from '../editor/editor-parse';

export const NOTE_MAX = 1000;

export interface PaymentFormValues {
  date: string | null;
  amount: string;
  kind: 'regular' | 'prepayment';
  mode: PrepaymentMode;
  fee: string;
  note: string;
}

export type PaymentField = 'date' | 'amount' | 'fee' | 'note';

export interface PaymentProblem {
  key: 'date' | 'future' | 'beforeStart' | 'required' | 'amount' | 'amountZero' | 'feeTooBig' | 'tooLong';
  params?: Record<string, number>;
}

export type PaymentProblems = Partial<Record<PaymentField, PaymentProblem>>;

/**
 * What it takes to be up to date today: everything overdue plus whatever falls due on or before today
 * (penalty included); when nothing is due yet, the next installment still owed.
 */
export function amountDueNow(ledger: LedgerState, today: IsoDate): number {
  const dueNow = ledger.installments
    .filter((row) => row.status !== 'paid' && (row.status === 'overdue' || row.dueDate <= today))
    .reduce((sum, row) => sum + row.outstanding, 0);
  if (dueNow > 0) return dueNow;
  return ledger.installments.find((row) => row.status !== 'paid')?.outstanding ?? 0;
}

export function defaultPayment(ledger: LedgerState, currency: CurrencyCode, today: IsoDate): PaymentFormValues {
  const due = amountDueNow(ledger, today);
  return { date: today, amount: due > 0 ? minorToText(due, currency) : '', kind: 'regular', mode: 'shorten-term', fee: '', note: '' };
}

export interface PaymentContext {
  loanId: string;
  currency: CurrencyCode;
  startDate: IsoDate;
  today: IsoDate;
}

export function validatePayment(values: PaymentFormValues, ctx: PaymentContext): { input: PaymentInput | null; problems: PaymentProblems } {
  const problems: PaymentProblems = {};
  const date = values.date;
  if (!date || !isIsoDate(date)) problems.date = { key: 'date' };
  else if (date > ctx.today) problems.date = { key: 'future' };
  else if (date < ctx.startDate) problems.date = { key: 'beforeStart' };

  const amount = values.amount.trim() === '' ? null : parseMoney(values.amount, ctx.currency);
  if (values.amount.trim() === '') problems.amount = { key: 'required' };
  else if (amount === null) problems.amount = { key: 'amount' };
  else if (amount <= 0) problems.amount = { key: 'amountZero' };

  let fee = 0;
  if (values.kind === 'prepayment' && values.fee.trim() !== '') {
    const parsed = parseMoney(values.fee, ctx.currency);
    if (parsed === null) problems.fee = { key: 'amount' };
    else if (amount !== null && parsed > amount) problems.fee = { key: 'feeTooBig' };
    else fee = parsed;
  }
  if (values.note.trim().length > NOTE_MAX) problems.note = { key: 'tooLong', params: { max: NOTE_MAX } };

  if (Object.keys(problems).length > 0 || amount === null || !date) return { input: null, problems };
  return {
    input: {
      loanId: ctx.loanId,
      date,
      amount,
      kind: values.kind,
      ...(values.kind === 'prepayment' ? { prepayment: { mode: values.mode, fee } } : {}),
      note: values.note.trim(),
    },
    problems,
  };
}
