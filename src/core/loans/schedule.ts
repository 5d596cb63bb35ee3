// One entry point from loan terms to a schedule, so callers never switch on the method themselves. Each
// method yields its rows (principal, interest, its own fees); the loan's fees are added the same way for all.
import type { IsoDate } from '../dates';
import { applyFees } from './fees';
import { annuitySchedule } from './methods/annuity';
import { bulletSchedule } from './methods/bullet';
import { cardInstallmentSchedule } from './methods/card-installment';
import { customSchedule } from './methods/custom';
import { equalPrincipalSchedule } from './methods/equal-principal';
import { interestOnlySchedule } from './methods/interest-only';
import { revolvingSchedule } from './methods/revolving';
import type { CustomRow, Installment, LoanTerms } from './types';

/** The method's own rows, before the loan's periodic and one-off fees. */
export function methodRows(terms: LoanTerms): CustomRow[] {
  switch (terms.method) {
    case 'annuity':
      return annuitySchedule(terms);
    case 'equal-principal':
      return equalPrincipalSchedule(terms);
    case 'interest-only':
      return interestOnlySchedule(terms);
    case 'bullet':
      return bulletSchedule(terms);
    case 'card-installment':
      return cardInstallmentSchedule(terms);
    case 'revolving':
      return revolvingSchedule(terms);
    case 'custom':
      return customSchedule(terms);
  }
}

/**
 * Every installment of the loan, in date order: principal, interest, fees (card-installment fees, periodic
 * fees, one-off fees on the first installment due on or after their date, or on a row of their own when
 * due after the last), total = principal + interest + fees, and the principal still owed afterwards.
 * Up-front fees are not installments: see upfrontCharges.
 */
export function buildSchedule(terms: LoanTerms): Installment[] {
  return toInstallments(applyFees(terms, methodRows(terms), null), terms.principal, 1);
}

/** Numbers rows from `firstPeriod` and works out totals and the principal left from `openingBalance`. */
export function toInstallments(rows: CustomRow[], openingBalance: number, firstPeriod: number): Installment[] {
  let remaining = openingBalance;
  return rows.map((row, i) => {
    remaining -= row.principal;
    return {
      period: firstPeriod + i,
      dueDate: row.dueDate,
      principal: row.principal,
      interest: row.interest,
      fees: row.fees,
      total: row.principal + row.interest + row.fees,
      remaining,
    };
  });
}

/** The first installment due on or after `today`, or null once the schedule has ended. */
export function nextInstallment(schedule: Installment[], today: IsoDate): Installment | null {
  return schedule.find((row) => row.dueDate >= today) ?? null;
}
