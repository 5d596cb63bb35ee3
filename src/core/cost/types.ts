// The true cost of a loan: the IRR of what was really received against what must be paid back.
import type { IsoDate } from '../dates';

export interface CashFlow {
  date: IsoDate;
  /** From the borrower's side: money received is positive, payments negative. Minor units. */
  amount: number;
}

export interface TrueCost {
  /** What actually reached the borrower at the start (principal less up-front fees). */
  received: number;
  /** Everything scheduled to be paid: principal, interest and fees. */
  totalRepaid: number;
  /** totalRepaid − received. */
  totalCost: number;
  /** Periods per year of the grid the IRR was solved on (12 for monthly loans, 365 for daily flows). */
  periodsPerYear: number;
  /** IRR per period as a fraction, or null when it has no solution (e.g. nothing repaid). */
  periodicRate: number | null;
  /** Nominal annual rate, periodic × periods per year (APR; 单利年化 in PBOC wording). */
  apr: number | null;
  /** Effective annual rate, (1 + periodic)^(periods per year) − 1 (compounded). */
  ear: number | null;
  /** The rate the contract advertises, as an annual fraction (a monthly rate × 12, a daily rate × basis). */
  advertisedAnnual: number;
}
