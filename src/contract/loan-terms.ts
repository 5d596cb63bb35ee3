// zod schemas for a loan's terms (src/core/loans/types.ts), shared by loan create/update and imports.
import { z } from 'zod';
import { isIsoDate } from '../core/dates';
import {
  ALLOCATION_COMPONENTS,
  FEE_KINDS,
  FEE_LABELS,
  FREQUENCIES,
  RATE_UNITS,
  REPAYMENT_METHODS,
  type LoanTerms,
} from '../core/loans/types';
import { MAX_MINOR } from '../core/money';

export const MAX_TERM_PERIODS = 1200;
/** 1000 %/year, 100 %/month, 10 %/day: far above any lawful rate, still recordable. */
export const MAX_RATE_PPM = { year: 10_000_000, month: 1_000_000, day: 100_000 } as const;

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Expected a calendar date YYYY-MM-DD' });
export const minorSchema = z.number().int().min(0).max(MAX_MINOR);
const ppm = (max: number) => z.number().int().min(0).max(max);

const feeSchema = z
  .object({
    kind: z.enum(FEE_KINDS),
    label: z.enum(FEE_LABELS),
    amount: z.discriminatedUnion('type', [
      z.object({ type: z.literal('fixed'), minor: minorSchema }).strict(),
      z.object({ type: z.literal('percent-of-principal'), ppm: ppm(1_000_000) }).strict(),
    ]),
    dueDate: isoDateSchema.optional(),
  })
  .strict()
  .refine((fee) => fee.kind !== 'one-off' || fee.dueDate !== undefined, {
    message: 'A one-off fee needs its due date',
    path: ['dueDate'],
  });

const penaltySchema = z
  .object({
    rate: z.discriminatedUnion('type', [
      z.object({ type: z.literal('none') }).strict(),
      z.object({ type: z.literal('multiplier'), ppm: ppm(10_000_000) }).strict(),
      z.object({ type: z.literal('daily'), ppm: ppm(100_000) }).strict(),
    ]),
    base: z.enum(['overdue-principal', 'overdue-amount']),
    lateFee: z.discriminatedUnion('type', [
      z.object({ type: z.literal('none') }).strict(),
      z.object({ type: z.literal('fixed'), minor: minorSchema }).strict(),
      z.object({ type: z.literal('percent-of-installment'), ppm: ppm(1_000_000) }).strict(),
    ]),
    graceDays: z.number().int().min(0).max(90),
  })
  .strict();

const customRowSchema = z
  .object({ dueDate: isoDateSchema, principal: minorSchema, interest: minorSchema, fees: minorSchema })
  .strict();

export const loanTermsSchema = z
  .object({
    method: z.enum(REPAYMENT_METHODS),
    principal: z.number().int().min(1).max(MAX_MINOR),
    startDate: isoDateSchema,
    termPeriods: z.number().int().min(1).max(MAX_TERM_PERIODS),
    frequency: z.enum(FREQUENCIES).default('monthly'),
    dueDay: z.number().int().min(1).max(31).optional(),
    firstDueDate: isoDateSchema.optional(),
    rate: z
      .object({
        ppm: z.number().int().min(0),
        unit: z.enum(RATE_UNITS),
        accrual: z.enum(['periodic', 'daily']).default('periodic'),
        dayCountBasis: z.union([z.literal(360), z.literal(365)]).default(365),
      })
      .strict()
      .refine((rate) => rate.ppm <= MAX_RATE_PPM[rate.unit], { message: 'Rate too high', path: ['ppm'] }),
    installmentFeePpm: ppm(1_000_000).optional(),
    revolving: z
      .object({
        statementDay: z.number().int().min(1).max(31),
        dueDay: z.number().int().min(1).max(31),
        minPaymentPpm: ppm(1_000_000),
        minPaymentFloor: minorSchema,
      })
      .strict()
      .optional(),
    customSchedule: z.array(customRowSchema).min(1).max(MAX_TERM_PERIODS).optional(),
    fees: z.array(feeSchema).max(20).default([]),
    penalty: penaltySchema.default({
      rate: { type: 'none' },
      base: 'overdue-principal',
      lateFee: { type: 'none' },
      graceDays: 0,
    }),
    allocationOrder: z
      .array(z.enum(ALLOCATION_COMPONENTS))
      .length(ALLOCATION_COMPONENTS.length)
      .refine((order) => new Set(order).size === order.length, { message: 'Each component exactly once' })
      .default(['fees', 'penalty', 'interest', 'principal']),
  })
  .strict()
  .superRefine((terms, ctx) => {
    if (terms.method === 'revolving' && !terms.revolving) {
      ctx.addIssue({ code: 'custom', message: 'A credit card needs its statement and minimum-payment terms', path: ['revolving'] });
    }
    if (terms.method === 'custom' && !terms.customSchedule) {
      ctx.addIssue({ code: 'custom', message: 'A custom schedule needs its rows', path: ['customSchedule'] });
    }
    if (terms.method === 'card-installment' && terms.installmentFeePpm === undefined) {
      ctx.addIssue({ code: 'custom', message: 'An installment plan needs its fee rate per period', path: ['installmentFeePpm'] });
    }
    if (terms.firstDueDate !== undefined && terms.firstDueDate <= terms.startDate) {
      ctx.addIssue({ code: 'custom', message: 'The first due date must come after the start date', path: ['firstDueDate'] });
    }
    if (terms.method === 'custom' && terms.customSchedule) {
      const principal = terms.customSchedule.reduce((sum, row) => sum + row.principal, 0);
      if (principal !== terms.principal) {
        ctx.addIssue({ code: 'custom', message: 'The rows’ principal must add up to the loan principal', path: ['customSchedule'] });
      }
    }
  });

// Compile-time check that the schema's output is exactly the domain type.
export type LoanTermsInput = z.input<typeof loanTermsSchema>;
const _termsMatch: (t: z.output<typeof loanTermsSchema>) => LoanTerms = (t) => t;
void _termsMatch;
