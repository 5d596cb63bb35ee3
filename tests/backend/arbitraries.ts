// fast-check arbitraries for a valid ledger: loans of every method with fees, penalties and paper, their
// payments, and an LPR series — everything the contract's schemas accept, nothing they refuse.
import fc from 'fast-check';
import {
  CLAUSES,
  MAX_RATE_PPM,
  PERMISSIONS,
  PRIVACY_TODOS,
  type LoanInput,
} from '../../src/contract';
import { JURISDICTIONS, LENDER_TYPES, type LprPoint } from '../../src/core/cost/legal-types';
import {
  ALLOCATION_COMPONENTS,
  FEE_KINDS,
  FEE_LABELS,
  FREQUENCIES,
  RATE_UNITS,
  type CustomRow,
  type FeeTerms,
  type LoanTerms,
  type PenaltyTerms,
} from '../../src/core/loans/types';
import { CURRENCY_CODES, MAX_MINOR } from '../../src/core/money';

const DAY_MS = 86_400_000;
const EPOCH_2000 = Date.UTC(2000, 0, 1);

/** A calendar date between 2000 and about 2040. */
export const isoDate = fc.integer({ min: 0, max: 15_000 }).map((d) => new Date(EPOCH_2000 + d * DAY_MS).toISOString().slice(0, 10));

export const instant = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map((ms) => new Date(ms).toISOString());

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Text as people type it, formula-like and Chinese included, trimmed and within `max` characters. */
export function text(max: number, minLength = 1): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.constantFrom('房贷', '=SUM(A1)', '+86 138', '-5', '@home', '花呗 分期', 'a,b;"c"', 'line\nbreak'),
    )
    .map((s) => s.trim())
    .filter((s) => s.length >= minLength && s.length <= max);
}

const fee: fc.Arbitrary<FeeTerms> = fc
  .record({
    kind: fc.constantFrom(...FEE_KINDS),
    label: fc.constantFrom(...FEE_LABELS),
    amount: fc.oneof(
      fc.record({ type: fc.constant('fixed' as const), minor: fc.integer({ min: 0, max: 10_000_000 }) }),
      fc.record({ type: fc.constant('percent-of-principal' as const), ppm: fc.integer({ min: 0, max: 1_000_000 }) }),
    ),
    dueDate: isoDate,
  })
  .map(({ dueDate, ...rest }) => (rest.kind === 'one-off' ? { ...rest, dueDate } : rest));

const penalty: fc.Arbitrary<PenaltyTerms> = fc.record({
  rate: fc.oneof(
    fc.constant({ type: 'none' as const }),
    fc.record({ type: fc.constant('multiplier' as const), ppm: fc.integer({ min: 0, max: 10_000_000 }) }),
    fc.record({ type: fc.constant('daily' as const), ppm: fc.integer({ min: 0, max: 100_000 }) }),
  ),
  base: fc.constantFrom('overdue-principal' as const, 'overdue-amount' as const),
  lateFee: fc.oneof(
    fc.constant({ type: 'none' as const }),
    fc.record({ type: fc.constant('fixed' as const), minor: fc.integer({ min: 0, max: 1_000_000 }) }),
    fc.record({ type: fc.constant('percent-of-installment' as const), ppm: fc.integer({ min: 0, max: 1_000_000 }) }),
  ),
  graceDays: fc.integer({ min: 0, max: 90 }),
});

const rate = fc.constantFrom(...RATE_UNITS).chain((unit) =>
  fc.record({
    ppm: fc.integer({ min: 0, max: MAX_RATE_PPM[unit] }),
    unit: fc.constant(unit),
    accrual: fc.constantFrom('periodic' as const, 'daily' as const),
    dayCountBasis: fc.constantFrom(360 as const, 365 as const),
  }),
);

const customRows = (start: string): fc.Arbitrary<CustomRow[]> =>
  fc.array(
    fc.record({
      dueDate: fc.integer({ min: 1, max: 3000 }).map((d) => addDays(start, d)),
      principal: fc.integer({ min: 0, max: 10_000_000 }),
      interest: fc.integer({ min: 0, max: 1_000_000 }),
      fees: fc.integer({ min: 0, max: 100_000 }),
    }),
    { minLength: 1, maxLength: 6 },
  );

/** Loan terms of any method, valid for loanTermsSchema (custom rows add up, required parts present). */
export const loanTerms: fc.Arbitrary<LoanTerms> = fc
  .record({
    method: fc.constantFrom<LoanTerms['method']>('annuity', 'equal-principal', 'interest-only', 'bullet', 'card-installment', 'revolving', 'custom'),
    principal: fc.integer({ min: 1, max: MAX_MINOR }),
    startDate: isoDate,
    termPeriods: fc.integer({ min: 1, max: 1200 }),
    frequency: fc.constantFrom(...FREQUENCIES),
    dueDay: fc.option(fc.integer({ min: 1, max: 31 }), { nil: undefined }),
    firstDueOffset: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
    rate,
    installmentFeePpm: fc.integer({ min: 0, max: 1_000_000 }),
    revolving: fc.record({
      statementDay: fc.integer({ min: 1, max: 31 }),
      dueDay: fc.integer({ min: 1, max: 31 }),
      minPaymentPpm: fc.integer({ min: 0, max: 1_000_000 }),
      minPaymentFloor: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    fees: fc.array(fee, { maxLength: 3 }),
    penalty,
    allocationOrder: fc.shuffledSubarray([...ALLOCATION_COMPONENTS], { minLength: 4, maxLength: 4 }),
  })
  .chain(
    (t): fc.Arbitrary<typeof t & { rows: CustomRow[] | undefined }> =>
      t.method === 'custom' ? customRows(t.startDate).map((rows) => ({ ...t, rows })) : fc.constant({ ...t, rows: undefined }),
  )
  .map(({ firstDueOffset, dueDay, installmentFeePpm, revolving, rows, ...t }): LoanTerms => ({
    ...t,
    ...(dueDay === undefined ? {} : { dueDay }),
    ...(firstDueOffset === undefined ? {} : { firstDueDate: addDays(t.startDate, firstDueOffset) }),
    ...(t.method === 'card-installment' ? { installmentFeePpm } : {}),
    ...(t.method === 'revolving' ? { revolving } : {}),
    ...(rows === undefined
      ? {}
      : { customSchedule: rows, principal: Math.max(1, rows.reduce((s, r) => s + r.principal, 0)) }),
  }))
  .filter((t) => t.customSchedule === undefined || t.customSchedule.reduce((s, r) => s + r.principal, 0) === t.principal);

export const paper = fc.record({
  clauses: fc.dictionary(fc.constantFrom(...CLAUSES), text(4000), { maxKeys: 3 }),
  permissions: fc.dictionary(fc.constantFrom(...PERMISSIONS), fc.boolean(), { maxKeys: 3 }),
  done: fc.uniqueArray(fc.constantFrom(...PRIVACY_TODOS), { maxLength: PRIVACY_TODOS.length }),
});

export const loanInput: fc.Arbitrary<LoanInput> = fc.record({
  name: text(120),
  lender: text(120),
  currency: fc.constantFrom(...CURRENCY_CODES),
  jurisdiction: fc.constantFrom(...JURISDICTIONS),
  lenderType: fc.constantFrom(...LENDER_TYPES),
  militaryBorrower: fc.boolean(),
  terms: loanTerms,
  paper,
});

const payment = fc
  .record({
    id: fc.uuid({ version: 4 }),
    date: isoDate,
    amount: fc.integer({ min: 1, max: MAX_MINOR }),
    kind: fc.constantFrom('regular' as const, 'prepayment' as const),
    mode: fc.constantFrom('shorten-term' as const, 'lower-installment' as const),
    fee: fc.integer({ min: 0, max: 1_000_000 }),
    note: text(1000, 0),
    createdAt: instant,
  })
  .map(({ mode, fee: prepaymentFee, ...p }) => (p.kind === 'prepayment' ? { ...p, prepayment: { mode, fee: prepaymentFee } } : p));

export const documentLoan = fc
  .record({ id: fc.uuid({ version: 4 }), version: fc.integer({ min: 1, max: 50 }), createdAt: instant, updatedAt: instant, loan: loanInput, payments: fc.array(payment, { maxLength: 4 }) })
  .map(({ loan, ...rest }) => ({ ...loan, ...rest }));

export const lprPoint: fc.Arbitrary<LprPoint> = fc.record({
  effectiveDate: isoDate,
  oneYearPpm: fc.integer({ min: 0, max: 1_000_000 }),
  source: text(500),
  confidence: fc.constantFrom('V' as const, 'S' as const, 'M' as const),
});

/** A whole export document, every id unique. */
export const ledgerDocument = fc
  .record({
    loans: fc.array(documentLoan, { maxLength: 4 }),
    lpr: fc.uniqueArray(lprPoint, { maxLength: 4, selector: (p) => p.effectiveDate }),
    exportedAt: instant,
  })
  .map((d) => ({ format: 'quietledger-export', version: 1, ...d }))
  .filter((d) => {
    const ids = d.loans.flatMap((l) => [l.id, ...l.payments.map((p) => p.id)]);
    return new Set(ids).size === ids.length;
  });
