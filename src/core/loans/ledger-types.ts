// Payments and what they do to a schedule: the state of each installment on a given day.
import type { IsoDate } from '../dates';
import type { Installment } from './types';

export type PrepaymentMode = 'shorten-term' | 'lower-installment';

export interface Payment {
  id: string;
  date: IsoDate;
  amount: number;
  /** 'prepayment' (提前还款): what is left after settling anything due goes to principal, then the rest is recalculated. */
  kind: 'regular' | 'prepayment';
  prepayment?: { mode: PrepaymentMode; /** Prepayment fee (违约金), in minor units, taken from the amount first. */ fee: number };
  note: string;
}

export const INSTALLMENT_STATUSES = ['paid', 'partly-paid', 'due', 'overdue', 'upcoming'] as const;
/**
 * paid: settled in full · overdue: unpaid after its due date plus the grace days · due: the installment
 * to pay now (due today, within grace, or the next one coming) · partly-paid: some paid, not yet overdue ·
 * upcoming: later installments.
 */
export type InstallmentStatus = (typeof INSTALLMENT_STATUSES)[number];

export interface PaidParts {
  principal: number;
  interest: number;
  fees: number;
  penalty: number;
}

export interface InstallmentState extends Installment {
  status: InstallmentStatus;
  paid: PaidParts;
  /** Penalty interest plus late fee charged on this installment up to the as-of date (paid or not). */
  penaltyCharged: number;
  /** What is still owed on this installment today, penalty included. */
  outstanding: number;
  /** Days since the due date while unpaid (0 when paid on time or not yet due). */
  daysPastDue: number;
  /** The date it was fully settled, or null. */
  settledOn: IsoDate | null;
}

/** What one prepayment did after settling whatever was due on its date. */
export interface AppliedPrepayment {
  paymentId: string;
  date: IsoDate;
  mode: PrepaymentMode;
  /** The last installment due on or before the date; the ones after it were recalculated. */
  afterPeriod: number;
  /** Prepayment fee (违约金) taken, in minor units. */
  fee: number;
  /** Principal repaid ahead of schedule, in minor units. */
  principal: number;
  /**
   * True when it repaid all remaining principal: the later installments are gone, except what was
   * still owed for the period in progress (its interest up to the prepayment day), paid from the excess
   * when it covers it.
   */
  paidOff: boolean;
}

export interface LedgerState {
  asOf: IsoDate;
  /** The schedule after prepayments, with each installment's state. */
  installments: InstallmentState[];
  /** Each counted prepayment's effect, in the order applied. */
  prepayments: AppliedPrepayment[];
  totals: {
    paid: number;
    outstandingPrincipal: number;
    overdueAmount: number;
    overdueCount: number;
    penaltyOutstanding: number;
    maxDaysPastDue: number;
    /** Money paid beyond everything scheduled (a credit with the lender). */
    unapplied: number;
  };
  nextDue: InstallmentState | null;
}
