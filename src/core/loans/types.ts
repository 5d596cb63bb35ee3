// The loan as the lender's paper states it: how it is repaid, how interest accrues, which fees and
// penalties apply, and in which order a payment is applied. Amounts are integer minor units, rates
// integer ppm (parts per million of the rate: 4.9 % = 49 000), dates 'YYYY-MM-DD'.
import type { IsoDate } from '../dates';

export const REPAYMENT_METHODS = [
  'annuity',
  'equal-principal',
  'interest-only',
  'bullet',
  'card-installment',
  'revolving',
  'custom',
] as const;
/**
 * annuity 等额本息 · equal-principal 等额本金 · interest-only 先息后本 · bullet 一次性还本付息 ·
 * card-installment 分期 (principal split evenly + a fee of principal × fee rate each period) ·
 * revolving (credit card: statement, minimum payment, daily interest) · custom (rows typed or imported).
 */
export type RepaymentMethod = (typeof REPAYMENT_METHODS)[number];

export const FREQUENCIES = ['monthly', 'biweekly', 'weekly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const RATE_UNITS = ['year', 'month', 'day'] as const;
/** The unit the contract states its rate in: 年利率, 月利率, 日利率. */
export type RateUnit = (typeof RATE_UNITS)[number];

export interface RateTerms {
  /** The rate as stated, in ppm of its unit (日息万五 = 0.05 %/day = 500 ppm with unit 'day'). */
  ppm: number;
  unit: RateUnit;
  /**
   * 'periodic': each period's interest is balance × the period rate (annual ÷ periods per year; a
   * monthly rate as stated; a daily rate × dayCountBasis ÷ periods per year, i.e. × 30 a month on a 360-day
   * basis; see loans/period-rate.ts). 'daily': balance × daily rate × the actual days in the period
   * (online lenders' 按日计息).
   */
  accrual: 'periodic' | 'daily';
  /** Days per year used to convert between annual and daily rates. */
  dayCountBasis: 360 | 365;
}

export const FEE_KINDS = ['upfront-deducted', 'upfront-paid', 'periodic', 'one-off'] as const;
/**
 * upfront-deducted 砍头息: taken out of the amount paid to you · upfront-paid: paid separately at the
 * start · periodic: added to every installment · one-off: due once on its own date.
 */
export type FeeKind = (typeof FEE_KINDS)[number];

export const FEE_LABELS = ['service', 'guarantee', 'membership', 'insurance', 'other'] as const;
export type FeeLabel = (typeof FEE_LABELS)[number];

export type FeeAmount = { type: 'fixed'; minor: number } | { type: 'percent-of-principal'; ppm: number };

export interface FeeTerms {
  kind: FeeKind;
  label: FeeLabel;
  amount: FeeAmount;
  /** For one-off fees only: the date it is due. */
  dueDate?: IsoDate;
}

export type PenaltyRate =
  | { type: 'none' }
  /** A multiple of the contract rate, in ppm of 1 (1.5× = 1 500 000). */
  | { type: 'multiplier'; ppm: number }
  /** Its own daily rate, in ppm. */
  | { type: 'daily'; ppm: number };

export type LateFee =
  | { type: 'none' }
  | { type: 'fixed'; minor: number }
  /** A share of the installment that went overdue, in ppm. */
  | { type: 'percent-of-installment'; ppm: number };

export interface PenaltyTerms {
  /** 罚息: accrues per day on the overdue base from the day after the due date, once grace has run out. */
  rate: PenaltyRate;
  /** What penalty interest is charged on. */
  base: 'overdue-principal' | 'overdue-amount';
  /** 滞纳金: charged once per installment still unpaid when the grace period ends. */
  lateFee: LateFee;
  /** Days after the due date during which a payment is still on time. */
  graceDays: number;
}

export const ALLOCATION_COMPONENTS = ['fees', 'penalty', 'interest', 'principal'] as const;
export type AllocationComponent = (typeof ALLOCATION_COMPONENTS)[number];

export interface RevolvingTerms {
  /** Day of month the statement is cut (1–31, clamped at month end). */
  statementDay: number;
  /** Day of month the payment is due (1–31, clamped); in the month after the statement if not after it. */
  dueDay: number;
  /** Minimum payment: this share of the statement balance (ppm; 10 % = 100 000)… */
  minPaymentPpm: number;
  /** …but at least this much (minor units), or the whole balance when smaller. */
  minPaymentFloor: number;
}

export interface CustomRow {
  dueDate: IsoDate;
  principal: number;
  interest: number;
  fees: number;
}

export interface LoanTerms {
  method: RepaymentMethod;
  /** Contract principal (借款本金), before any up-front deduction. For revolving: the statement balance. */
  principal: number;
  /** Disbursement date; for revolving, the date of the statement balance. */
  startDate: IsoDate;
  /** Number of installments (for bullet: 1; for revolving: ignored, the projection runs to zero). */
  termPeriods: number;
  frequency: Frequency;
  /** Monthly loans: day of month payments fall due (31 = the last day of shorter months). Default: start day. */
  dueDay?: number;
  /** The first due date, when the lender sets one; later dates follow the frequency (and dueDay). */
  firstDueDate?: IsoDate;
  /** The contract's interest rate. For card installments it is usually 0, the cost being the fee. */
  rate: RateTerms;
  /** Card installments: the fee per period, in ppm of the original principal (0.6 % = 6 000). */
  installmentFeePpm?: number;
  revolving?: RevolvingTerms;
  /** For method 'custom': the lender's own rows. */
  customSchedule?: CustomRow[];
  fees: FeeTerms[];
  penalty: PenaltyTerms;
  /** The order a payment is applied within each installment, oldest installment first. */
  allocationOrder: AllocationComponent[];
}

export interface Installment {
  period: number;
  dueDate: IsoDate;
  principal: number;
  interest: number;
  /** Periodic and one-off fees falling on this installment (card installment fees included). */
  fees: number;
  total: number;
  /** Principal still owed after this installment is paid. */
  remaining: number;
}

export const DEFAULT_ALLOCATION_ORDER: AllocationComponent[] = ['fees', 'penalty', 'interest', 'principal'];

export const NO_PENALTY: PenaltyTerms = {
  rate: { type: 'none' },
  base: 'overdue-principal',
  lateFee: { type: 'none' },
  graceDays: 0,
};
