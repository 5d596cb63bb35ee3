// The loans the bench runs on: two textbook 360-month loans and 100 varied ones (every method, fees,
// penalties, jurisdictions) with payments, generated from a fixed seed so every run measures the same work.
import type { Jurisdiction, LenderType } from '../src/core/cost/legal-types';
import type { Payment } from '../src/core/loans/ledger-types';
import { buildSchedule } from '../src/core/loans/schedule';
import {
  DEFAULT_ALLOCATION_ORDER,
  NO_PENALTY,
  REPAYMENT_METHODS,
  type FeeTerms,
  type Frequency,
  type LoanTerms,
  type RepaymentMethod,
} from '../src/core/loans/types';

export interface BenchLoan {
  terms: LoanTerms;
  payments: Payment[];
  jurisdiction: Jurisdiction;
  lenderType: LenderType;
  militaryBorrower: boolean;
}

/** The ledger is judged as of this date: many loans are part-way through, some overdue. */
export const AS_OF = '2027-06-30';

/** 1,000,000.00 over 360 months at 4.9 %: the textbook case. */
export function mortgage(method: 'annuity' | 'equal-principal'): LoanTerms {
  return {
    method,
    principal: 100_000_000,
    startDate: '2026-01-15',
    termPeriods: 360,
    frequency: 'monthly',
    rate: { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 360 },
    fees: [],
    penalty: NO_PENALTY,
    allocationOrder: DEFAULT_ALLOCATION_ORDER,
  };
}

/** A small linear congruential generator (Numerical Recipes constants): the same sequence on every run. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state % n;
  };
}

const FREQUENCIES: Frequency[] = ['monthly', 'monthly', 'biweekly', 'weekly'];
const LENDERS: LenderType[] = ['bank', 'credit-card', 'consumer-finance', 'online-lender', 'microloan', 'private'];
const PLACES: Jurisdiction[] = ['CN', 'CN', 'CN', 'UK', 'US'];

function feesFor(pick: (n: number) => number): FeeTerms[] {
  const fees: FeeTerms[] = [];
  if (pick(3) === 0) fees.push({ kind: 'upfront-deducted', label: 'service', amount: { type: 'percent-of-principal', ppm: 20_000 + pick(80_000) } });
  if (pick(3) === 0) fees.push({ kind: 'periodic', label: 'guarantee', amount: { type: 'fixed', minor: 500 + pick(5_000) } });
  if (pick(5) === 0) fees.push({ kind: 'one-off', label: 'membership', amount: { type: 'fixed', minor: 9_900 }, dueDate: '2026-06-20' });
  return fees;
}

function termsFor(method: RepaymentMethod, pick: (n: number) => number): LoanTerms {
  const frequency = method === 'card-installment' || method === 'revolving' ? 'monthly' : (FREQUENCIES[pick(4)] ?? 'monthly');
  const termPeriods = method === 'bullet' ? 1 : [3, 6, 12, 24, 36, 60, 120, 360][pick(8)] ?? 12;
  const base: LoanTerms = {
    method,
    principal: 100_000 * (1 + pick(2_000)),
    startDate: `2026-0${1 + pick(9)}-${String(1 + pick(28)).padStart(2, '0')}`,
    termPeriods,
    frequency,
    rate: { ppm: 30_000 + pick(330_000), unit: 'year', accrual: pick(4) === 0 ? 'daily' : 'periodic', dayCountBasis: pick(2) === 0 ? 360 : 365 },
    fees: feesFor(pick),
    penalty: {
      rate: { type: 'multiplier', ppm: 1_500_000 },
      base: 'overdue-principal',
      lateFee: pick(2) === 0 ? { type: 'none' } : { type: 'fixed', minor: 1_000 + pick(4_000) },
      graceDays: pick(4),
    },
    allocationOrder: DEFAULT_ALLOCATION_ORDER,
  };
  if (method === 'card-installment') return { ...base, rate: { ...base.rate, ppm: 0 }, installmentFeePpm: 5_000 + pick(3_000) };
  if (method === 'revolving') {
    return {
      ...base,
      rate: { ppm: 500, unit: 'day', accrual: 'daily', dayCountBasis: 365 },
      revolving: { statementDay: 5, dueDay: 25, minPaymentPpm: 100_000, minPaymentFloor: 10_000 },
    };
  }
  if (method === 'custom') {
    const rows = buildSchedule({ ...base, method: 'annuity', fees: [] });
    return { ...base, customSchedule: rows.map((r) => ({ dueDate: r.dueDate, principal: r.principal, interest: r.interest, fees: r.fees })) };
  }
  return base;
}

/** Pays the first installments on time, one of them short, and sometimes a prepayment. */
function paymentsFor(terms: LoanTerms, pick: (n: number) => number): Payment[] {
  const schedule = buildSchedule(terms).filter((r) => r.dueDate <= AS_OF);
  const paidCount = Math.max(0, schedule.length - pick(3));
  const payments: Payment[] = schedule.slice(0, paidCount).map((r, i) => ({
    id: `p${i}`,
    date: r.dueDate,
    amount: i === 2 ? Math.floor(r.total / 2) : r.total,
    kind: 'regular',
    note: '',
  }));
  const last = schedule[paidCount - 1];
  if (pick(4) === 0 && last !== undefined && terms.method !== 'revolving') {
    payments.push({
      id: 'prepay',
      date: last.dueDate,
      amount: Math.floor(last.remaining / 3),
      kind: 'prepayment',
      prepayment: { mode: pick(2) === 0 ? 'shorten-term' : 'lower-installment', fee: 0 },
      note: '',
    });
  }
  return payments;
}

/** 100 loans, every method in turn, from a fixed seed. */
export function variedLoans(count = 100): BenchLoan[] {
  const pick = seeded(20_260_115);
  return Array.from({ length: count }, (_, i) => {
    const method = REPAYMENT_METHODS[i % REPAYMENT_METHODS.length] ?? 'annuity';
    const terms = termsFor(method, pick);
    return {
      terms,
      payments: paymentsFor(terms, pick),
      jurisdiction: PLACES[pick(PLACES.length)] ?? 'CN',
      lenderType: LENDERS[pick(LENDERS.length)] ?? 'bank',
      militaryBorrower: pick(2) === 0,
    };
  });
}
