// Loan inputs the renderer tests share: the textbook mortgage (1,000,000 at 4.9 % over 360 months) and a
// 12-period card installment plan, in the contract's shape.
import type { LoanInput } from '../../src/contract/loans';
import { DEFAULT_ALLOCATION_ORDER, NO_PENALTY, type LoanTerms } from '../../src/core/loans/types';

export function annuityTerms(over: Partial<LoanTerms> = {}): LoanTerms {
  return {
    method: 'annuity',
    principal: 100_000_000,
    startDate: '2025-03-15',
    termPeriods: 360,
    frequency: 'monthly',
    rate: { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
    fees: [],
    penalty: NO_PENALTY,
    allocationOrder: [...DEFAULT_ALLOCATION_ORDER],
    ...over,
  };
}

export function loanInput(over: Partial<LoanInput> = {}, terms: Partial<LoanTerms> = {}): LoanInput {
  return {
    name: 'Mortgage',
    lender: 'Harbor Bank',
    currency: 'CNY',
    jurisdiction: 'CN',
    lenderType: 'bank',
    militaryBorrower: false,
    terms: annuityTerms(terms),
    paper: { clauses: {}, permissions: {}, done: [] },
    ...over,
  };
}

/** 分期 12,000 over 12 months at a 0.6 % fee per period: 1,000 principal + 72 fee = 1,072 a month. */
export function cardInstallmentInput(startDate = '2026-01-15'): LoanInput {
  return loanInput(
    { name: 'Phone', lender: 'Card issuer', lenderType: 'credit-card' },
    {
      method: 'card-installment',
      principal: 1_200_000,
      startDate,
      termPeriods: 12,
      rate: { ppm: 0, unit: 'month', accrual: 'periodic', dayCountBasis: 365 },
      installmentFeePpm: 6_000,
    },
  );
}
