// What the loan list and the loan page show, computed in one place from the stored loan: the ledger on a
// date (payments applied, penalty accrued), the true cost of the resulting schedule, and the rate warnings.
import type { Loan, LoanDetail, LoanSummary } from '../../contract';
import type { LprPoint, RateWarning } from '../../core/cost/legal-types';
import { rateWarnings } from '../../core/cost/rate-warnings';
import { trueCost } from '../../core/cost/true-cost';
import type { IsoDate } from '../../core/dates';
import { computeLedger } from '../../core/loans/ledger';
import type { InstallmentState, LedgerState, Payment } from '../../core/loans/ledger-types';

const TIER_STRENGTH: RateWarning['tier'][] = ['likely-violation', 'possible-issue', 'information'];

/** The most common installment total; on a tie, the one that comes first (so equal principal shows its first). */
export function regularPayment(installments: readonly InstallmentState[]): number {
  const counts = new Map<number, number>();
  for (const row of installments) counts.set(row.total, (counts.get(row.total) ?? 0) + 1);
  let best = installments[0]?.total ?? 0;
  for (const [total, count] of counts) if (count > (counts.get(best) ?? 0)) best = total;
  return best;
}

function loanStatus(ledger: LedgerState): LoanSummary['status'] {
  if (ledger.installments.every((row) => row.status === 'paid')) return 'paid-off';
  return ledger.totals.overdueCount > 0 ? 'overdue' : 'on-track';
}

/** The loan with its ledger as of `asOf`, its true cost and the rate warnings against the LPR series given. */
export function describeLoan(loan: Loan, payments: readonly Payment[], lpr: readonly LprPoint[], asOf: IsoDate): LoanDetail {
  const ledger = computeLedger(loan.terms, payments, asOf);
  const cost = trueCost(loan.terms, ledger.installments);
  const warnings = rateWarnings({
    jurisdiction: loan.jurisdiction,
    lenderType: loan.lenderType,
    militaryBorrower: loan.militaryBorrower,
    terms: loan.terms,
    cost,
    lpr,
  });
  const next = ledger.nextDue;
  return {
    ...loan,
    regularPayment: regularPayment(ledger.installments),
    nextDue: next ? { dueDate: next.dueDate, amount: next.outstanding, period: next.period } : null,
    outstandingPrincipal: ledger.totals.outstandingPrincipal,
    overdue: {
      amount: ledger.totals.overdueAmount,
      count: ledger.totals.overdueCount,
      maxDaysPastDue: ledger.totals.maxDaysPastDue,
    },
    status: loanStatus(ledger),
    cost: { apr: cost.apr, ear: cost.ear, advertisedAnnual: cost.advertisedAnnual },
    warnings: {
      count: warnings.length,
      strongest: TIER_STRENGTH.find((tier) => warnings.some((w) => w.tier === tier)) ?? null,
    },
    ledger,
    payments: [...payments],
    trueCost: cost,
    rateWarnings: warnings,
  };
}

/** The list's view: the detail without the ledger, payments and full cost. */
export function summarize(detail: LoanDetail): LoanSummary {
  const { ledger: _ledger, payments: _payments, trueCost: _trueCost, rateWarnings: _warnings, ...summary } = detail;
  return summary;
}
