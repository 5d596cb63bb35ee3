// The loan as the domain sees it. Amounts are integer minor units, rates integer ppm, dates ISO strings.
import type { IsoDate } from '../dates';

/** Repayment methods. Issue #2 ships 等额本息 (annuity); the others arrive with the loans issue. */
export type RepaymentMethod = 'annuity';

export interface LoanTerms {
  principal: number;
  annualRatePpm: number;
  termMonths: number;
  startDate: IsoDate;
  method: RepaymentMethod;
}

export interface Installment {
  period: number;
  dueDate: IsoDate;
  principal: number;
  interest: number;
  total: number;
  /** Principal still owed after this installment is paid. */
  remaining: number;
}
