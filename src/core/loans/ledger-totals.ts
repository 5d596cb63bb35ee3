// Turns the replayed rows into what the loan page shows: each installment's state on the as-of date, the
// loan's totals and the installment to pay next.
import type { IsoDate } from '../dates';
import { sumParts } from './allocation';
import { owedOf, type Row } from './ledger-rows';
import type { InstallmentState, LedgerState } from './ledger-types';
import { assignStatuses, daysPastDue } from './status';

export function toInstallmentStates(rows: readonly Row[], asOf: IsoDate, graceDays: number): InstallmentState[] {
  const statuses = assignStatuses(
    rows.map((row) => ({ dueDate: row.inst.dueDate, settledOn: row.settledOn, paidAnything: sumParts(row.paid) > 0 })),
    asOf,
    graceDays,
  );
  return rows.map((row, i) => {
    const owed = owedOf(row);
    const { period, dueDate, principal, interest, fees, total, remaining } = row.inst;
    const { principal: paidPrincipal, interest: paidInterest, fees: paidFees, penalty: paidPenalty } = row.paid;
    return {
      period,
      dueDate,
      principal,
      interest,
      fees,
      total,
      remaining,
      status: statuses[i] ?? 'upcoming',
      paid: { principal: paidPrincipal, interest: paidInterest, fees: paidFees, penalty: paidPenalty },
      penaltyCharged: row.penaltyInterest + row.lateFee,
      outstanding: owed.principal + owed.interest + owed.fees + owed.penalty,
      daysPastDue: daysPastDue({ dueDate: row.inst.dueDate, settledOn: row.settledOn }, asOf),
      settledOn: row.settledOn,
    };
  });
}

/**
 * Loan totals. paid: every counted payment, unapplied money included. overdueAmount, overdueCount and
 * maxDaysPastDue count overdue installments only (an installment within its grace days shows its days
 * since the due date but is not overdue). penaltyOutstanding: penalty charged and not yet paid.
 */
export function ledgerTotals(installments: readonly InstallmentState[], paid: number, unapplied: number): LedgerState['totals'] {
  const overdue = installments.filter((row) => row.status === 'overdue');
  return {
    paid,
    outstandingPrincipal: installments.reduce((sum, row) => sum + Math.max(0, row.principal - row.paid.principal), 0),
    overdueAmount: overdue.reduce((sum, row) => sum + row.outstanding, 0),
    overdueCount: overdue.length,
    penaltyOutstanding: installments.reduce((sum, row) => sum + Math.max(0, row.penaltyCharged - row.paid.penalty), 0),
    maxDaysPastDue: overdue.reduce((max, row) => Math.max(max, row.daysPastDue), 0),
    unapplied,
  };
}

/**
 * The oldest overdue installment if any, else the current one (the first not paid: 'due', or
 * 'partly-paid' when part of it is paid); null once everything is paid.
 */
export function nextDueOf(installments: readonly InstallmentState[]): InstallmentState | null {
  return installments.find((row) => row.status === 'overdue') ?? installments.find((row) => row.status !== 'paid') ?? null;
}
