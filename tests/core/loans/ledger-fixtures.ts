// Loan terms and payments for the ledger tests: a 12 %/year annuity and small custom schedules whose
// numbers are easy to check by hand. Fixed dates only.
import type { Payment } from '../../../src/core/loans/ledger-types';
import {
  DEFAULT_ALLOCATION_ORDER,
  NO_PENALTY,
  type AllocationComponent,
  type CustomRow,
  type LoanTerms,
  type PenaltyTerms,
} from '../../../src/core/loans/types';

/** 12,000.00 over 12 months at 12 %/year (1 %/month), from 2026-01-15: 106,619 minor units a month. */
export function annuityTerms(overrides: Partial<LoanTerms> = {}): LoanTerms {
  return {
    method: 'annuity',
    principal: 1_200_000,
    startDate: '2026-01-15',
    termPeriods: 12,
    frequency: 'monthly',
    rate: { ppm: 120_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
    fees: [],
    penalty: NO_PENALTY,
    allocationOrder: DEFAULT_ALLOCATION_ORDER,
    ...overrides,
  };
}

/** 1.5× the contract rate on the overdue principal, with optional grace and late fee. */
export function multiplierPenalty(overrides: Partial<PenaltyTerms> = {}): PenaltyTerms {
  return {
    rate: { type: 'multiplier', ppm: 1_500_000 },
    base: 'overdue-principal',
    lateFee: { type: 'none' },
    graceDays: 0,
    ...overrides,
  };
}

/** A custom schedule from rows, started 2026-01-15. */
export function customTerms(rows: CustomRow[], overrides: Partial<LoanTerms> = {}): LoanTerms {
  return {
    method: 'custom',
    principal: rows.reduce((sum, row) => sum + row.principal, 0),
    startDate: '2026-01-15',
    termPeriods: rows.length,
    frequency: 'monthly',
    rate: { ppm: 0, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
    customSchedule: rows,
    fees: [],
    penalty: NO_PENALTY,
    allocationOrder: DEFAULT_ALLOCATION_ORDER,
    ...overrides,
  };
}

/** Three installments of 110.00 (100.00 principal + 10.00 interest) due on the 15th, Feb–Apr 2026. */
export const THREE_ROWS: CustomRow[] = [
  { dueDate: '2026-02-15', principal: 10_000, interest: 1_000, fees: 0 },
  { dueDate: '2026-03-15', principal: 10_000, interest: 1_000, fees: 0 },
  { dueDate: '2026-04-15', principal: 10_000, interest: 1_000, fees: 0 },
];

let counter = 0;

export function pay(date: string, amount: number, note = ''): Payment {
  counter += 1;
  return { id: `p${counter}`, date, amount, kind: 'regular', note };
}

export function prepay(date: string, amount: number, mode: 'shorten-term' | 'lower-installment', fee = 0): Payment {
  counter += 1;
  return { id: `pre${counter}`, date, amount, kind: 'prepayment', prepayment: { mode, fee }, note: '' };
}

export const PRINCIPAL_FIRST: AllocationComponent[] = ['principal', 'interest', 'fees', 'penalty'];
