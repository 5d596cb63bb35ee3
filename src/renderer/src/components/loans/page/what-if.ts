// The prepayment what-if: the loan's ledger computed twice by the pure core, as recorded and with one
// hypothetical prepayment added, so the page can say what it would change. Nothing is saved.
import type { IsoDate } from '../../../../../core/dates';
import { computeLedger } from '../../../../../core/loans/ledger';
import type { LedgerState, Payment, PrepaymentMode } from '../../../../../core/loans/ledger-types';
import type { LoanTerms } from '../../../../../core/loans/types';

export interface WhatIfInput {
  date: IsoDate;
  amount: number;
  mode: PrepaymentMode;
  fee: number;
}

export interface Outlook {
  /** Installments falling due after the prepayment date. */
  remainingCount: number;
  /** The first of them, in full (what the next payment would be). */
  nextInstallment: number | null;
  lastDue: IsoDate | null;
  /** Interest over the whole schedule, as it would be. */
  totalInterest: number;
  outstandingPrincipal: number;
}

export interface WhatIfResult {
  before: Outlook;
  after: Outlook;
  interestSaved: number;
  /** Principal the prepayment repaid ahead of schedule (0: it only covered what was due). */
  principalRepaid: number;
  paidOff: boolean;
}

const HYPOTHETICAL_ID = 'what-if';

function outlook(ledger: LedgerState, date: IsoDate): Outlook {
  const later = ledger.installments.filter((row) => row.dueDate > date);
  return {
    remainingCount: later.length,
    nextInstallment: later[0]?.total ?? null,
    lastDue: ledger.installments.at(-1)?.dueDate ?? null,
    totalInterest: ledger.installments.reduce((sum, row) => sum + row.interest, 0),
    outstandingPrincipal: ledger.totals.outstandingPrincipal,
  };
}

/** Compares the loan with and without one prepayment on `input.date` (payments after it are left out of both). */
export function whatIfPrepayment(terms: LoanTerms, payments: readonly Payment[], input: WhatIfInput): WhatIfResult {
  const recorded = payments.filter((payment) => payment.date <= input.date);
  const hypothetical: Payment = {
    id: HYPOTHETICAL_ID,
    date: input.date,
    amount: input.amount,
    kind: 'prepayment',
    prepayment: { mode: input.mode, fee: input.fee },
    note: '',
  };
  const beforeLedger = computeLedger(terms, recorded, input.date);
  const afterLedger = computeLedger(terms, [...recorded, hypothetical], input.date);
  const applied = afterLedger.prepayments.find((p) => p.paymentId === HYPOTHETICAL_ID);
  const before = outlook(beforeLedger, input.date);
  const after = outlook(afterLedger, input.date);
  return {
    before,
    after,
    interestSaved: before.totalInterest - after.totalInterest,
    principalRepaid: applied?.principal ?? 0,
    paidOff: applied?.paidOff ?? false,
  };
}
