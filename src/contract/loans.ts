// Loan methods. Amounts are integer minor units, rates integer ppm, dates YYYY-MM-DD.
import { z } from 'zod';
import { isIsoDate } from '../core/dates';
import type { Installment, RepaymentMethod } from '../core/loans/types';
import { CURRENCY_CODES, MAX_MINOR, type CurrencyCode } from '../core/money';
import { MAX_ANNUAL_RATE_PPM } from '../core/rates';

export const MAX_TERM_MONTHS = 600;

const idSchema = z.string().uuid();

export const loanInputSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    lender: z.string().trim().min(1).max(120),
    currency: z.enum(CURRENCY_CODES as [CurrencyCode, ...CurrencyCode[]]).default('CNY'),
    principal: z.number().int().min(1).max(MAX_MINOR),
    annualRatePpm: z.number().int().min(0).max(MAX_ANNUAL_RATE_PPM),
    termMonths: z.number().int().min(1).max(MAX_TERM_MONTHS),
    startDate: z.string().refine(isIsoDate, { message: 'Expected a calendar date YYYY-MM-DD' }),
    method: z.literal('annuity').default('annuity'),
  })
  .strict();

export type LoanInput = z.input<typeof loanInputSchema>;

export interface Loan {
  id: string;
  name: string;
  lender: string;
  currency: CurrencyCode;
  principal: number;
  annualRatePpm: number;
  termMonths: number;
  startDate: string;
  method: RepaymentMethod;
  /** Bumped on every update; an update naming an older version is refused with CONFLICT. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface LoanSummary extends Loan {
  /** The regular installment (the first period's total). */
  monthlyPayment: number;
  /** The next installment due today or later, or null when the schedule has ended. */
  nextDue: { dueDate: string; amount: number; period: number } | null;
  /** Principal still owed after the installments already due before today. */
  remainingPrincipal: number;
}

export interface LoanDetail extends LoanSummary {
  schedule: Installment[];
}

export const loanSchemas = {
  get: z.object({ id: idSchema }).strict(),
  create: loanInputSchema,
  update: z.object({ id: idSchema, version: z.number().int().min(1), loan: loanInputSchema }).strict(),
  remove: z.object({ id: idSchema }).strict(),
};
