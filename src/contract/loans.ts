// Loan methods: the loan as recorded (who, what currency, under which rules, the terms and the paper),
// and what the backend computes from it (schedule with payments applied, true cost, rate warnings).
import { z } from 'zod';
import type { TrueCost } from '../core/cost/types';
import { JURISDICTIONS, LENDER_TYPES, type Jurisdiction, type LenderType, type RateWarning } from '../core/cost/legal-types';
import type { LedgerState, Payment } from '../core/loans/ledger-types';
import type { LoanTerms } from '../core/loans/types';
import { CURRENCY_CODES, type CurrencyCode } from '../core/money';
import { isoDateSchema, loanTermsSchema } from './loan-terms';

export const idSchema = z.string().uuid();

export const PERMISSIONS = ['contacts', 'location', 'photos', 'callLog', 'sms', 'camera'] as const;
export type AppPermission = (typeof PERMISSIONS)[number];

export const CLAUSES = ['fees', 'penalty', 'collection', 'dataSharing', 'disputeVenue', 'other'] as const;
export type ClauseKey = (typeof CLAUSES)[number];

export const PRIVACY_TODOS = [
  'revoke-contacts',
  'revoke-other-permissions',
  'request-contact-data-deletion',
  'keep-contract-copy',
] as const;
export type PrivacyTodo = (typeof PRIVACY_TODOS)[number];

const paperSchema = z
  .object({
    /** What the contract says, in the user's words; empty when not recorded. */
    clauses: z.partialRecord(z.enum(CLAUSES), z.string().max(4000)).default({}),
    /** Which phone permissions the lending app was given: true, false, or absent when unknown. */
    permissions: z.partialRecord(z.enum(PERMISSIONS), z.boolean()).default({}),
    /** Privacy to-dos ticked off. */
    done: z.array(z.enum(PRIVACY_TODOS)).max(PRIVACY_TODOS.length).default([]),
  })
  .strict();

export type LoanPaper = z.output<typeof paperSchema>;

export const loanInputSchema = z
  .object({
    name: z.string().trim().min(1).max(120),
    lender: z.string().trim().min(1).max(120),
    currency: z.enum(CURRENCY_CODES as [CurrencyCode, ...CurrencyCode[]]).default('CNY'),
    jurisdiction: z.enum(JURISDICTIONS).default('CN'),
    lenderType: z.enum(LENDER_TYPES).default('bank'),
    /** US Military Lending Act: opt in when the borrower is a covered service member or dependant. */
    militaryBorrower: z.boolean().default(false),
    terms: loanTermsSchema,
    paper: paperSchema.default({ clauses: {}, permissions: {}, done: [] }),
  })
  .strict();

export type LoanInput = z.input<typeof loanInputSchema>;

export interface Loan {
  id: string;
  name: string;
  lender: string;
  currency: CurrencyCode;
  jurisdiction: Jurisdiction;
  lenderType: LenderType;
  militaryBorrower: boolean;
  terms: LoanTerms;
  paper: LoanPaper;
  /** Bumped on every update; an update naming an older version is refused with CONFLICT. */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface LoanSummary extends Loan {
  /** The regular installment: the most common total among the scheduled installments. */
  regularPayment: number;
  /** The installment to pay next (today or later, or the oldest overdue), or null when paid off. */
  nextDue: { dueDate: string; amount: number; period: number } | null;
  outstandingPrincipal: number;
  overdue: { amount: number; count: number; maxDaysPastDue: number };
  status: 'on-track' | 'overdue' | 'paid-off';
  /** Headline true cost: effective annual rate (IRR, compounded) and APR, as fractions. */
  cost: Pick<TrueCost, 'apr' | 'ear' | 'advertisedAnnual'>;
  /** How many rate warnings apply, and the strongest tier among them. */
  warnings: { count: number; strongest: RateWarning['tier'] | null };
}

export interface LoanDetail extends LoanSummary {
  ledger: LedgerState;
  payments: Payment[];
  trueCost: TrueCost;
  rateWarnings: RateWarning[];
}

const paymentInputSchema = z
  .object({
    loanId: idSchema,
    date: isoDateSchema,
    amount: z.number().int().min(1).max(100_000_000_000_00),
    kind: z.enum(['regular', 'prepayment']).default('regular'),
    prepayment: z
      .object({ mode: z.enum(['shorten-term', 'lower-installment']), fee: z.number().int().min(0).max(100_000_000_000_00) })
      .strict()
      .optional(),
    note: z.string().max(1000).default(''),
  })
  .strict()
  .refine((p) => p.kind !== 'prepayment' || p.prepayment !== undefined, {
    message: 'A prepayment needs its recalculation mode',
    path: ['prepayment'],
  });

export type PaymentInput = z.input<typeof paymentInputSchema>;

export const loanSchemas = {
  get: z.object({ id: idSchema, asOf: isoDateSchema.optional() }).strict(),
  create: loanInputSchema,
  update: z.object({ id: idSchema, version: z.number().int().min(1), loan: loanInputSchema }).strict(),
  remove: z.object({ id: idSchema }).strict(),
  recordPayment: paymentInputSchema,
  deletePayment: z.object({ loanId: idSchema, paymentId: idSchema }).strict(),
};
