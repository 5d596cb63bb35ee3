// Replays the payments recorded against a loan over its schedule, so the loan page can say, as of any
// date, what each installment has received, what is overdue, the penalty charged and what is left.
//
// Rules, stated once:
// - Only payments dated on or before asOf count. They are applied in date order; payments on the same
//   date in the order given. Before each payment (and at asOf) penalty is brought up to that date
//   (penalty.ts: grace, daily penalty on the overdue base per segment, late fee once).
// - A regular payment goes to installments oldest first (by due date); within an installment, in
//   terms.allocationOrder (default fees → penalty → interest → principal; penalty includes late fees).
//   Installments due on or before the payment date come first, being the oldest; what is left pays the
//   next installments ahead of time, in order. Money beyond the whole schedule is totals.unapplied (a
//   credit with the lender).
// - A prepayment first settles what is due or overdue on its date exactly like a regular payment (but
//   pays nothing ahead), then ledger-prepayment.ts takes the fee, repays principal and recalculates the
//   later installments with rescheduleAfterPrepayment, or removes them when the loan is paid off. The
//   period in progress keeps the interest the prepaid principal earned up to the prepayment day (pro
//   rata by days) rather than the whole period's, as a bank's payoff quote does.
// - An installment is settled on the date it owes nothing more, penalty included; statuses and
//   daysPastDue: status.ts; totals and nextDue: ledger-totals.ts.
// - Conservation: the parts paid on the installments + prepayment fees and principal + unapplied always
//   equal totals.paid.
import { compareIsoDates, type IsoDate } from '../dates';
import { allocatePayment, normalizeOrder, sumParts, type OwedParts } from './allocation';
import { applyPrepayment } from './ledger-prepayment';
import { advanceRows, firstOpenIndex, newRow, owedOf, payRow, type PenaltyContext, type Row } from './ledger-rows';
import { ledgerTotals, nextDueOf, toInstallmentStates } from './ledger-totals';
import type { AppliedPrepayment, LedgerState, Payment } from './ledger-types';
import { penaltyDailyRate } from './penalty';
import { buildSchedule } from './schedule';
import type { AllocationComponent, LoanTerms } from './types';

/** The loan's state on `asOf`, with every payment dated on or before it applied. */
export function computeLedger(terms: LoanTerms, payments: readonly Payment[], asOf: IsoDate): LedgerState {
  const order = normalizeOrder(terms.allocationOrder);
  const ctx: PenaltyContext = { penalty: terms.penalty, rate: penaltyDailyRate(terms) };
  const counted = payments
    .filter((payment) => payment.date <= asOf)
    .map((payment, index) => ({ payment, index }))
    .sort((a, b) => compareIsoDates(a.payment.date, b.payment.date) || a.index - b.index)
    .map(({ payment }) => payment);

  let rows: Row[] = [...buildSchedule(terms)]
    .sort((a, b) => compareIsoDates(a.dueDate, b.dueDate) || a.period - b.period)
    .map((inst) => newRow(inst));
  let open = 0;
  let unapplied = 0;
  let paid = 0;
  const prepayments: AppliedPrepayment[] = [];

  for (const payment of counted) {
    const amount = Math.max(0, payment.amount);
    paid += amount;
    open = firstOpenIndex(rows, open);
    advanceRows(rows, payment.date, ctx, open);
    if (payment.kind === 'prepayment') {
      const due = rows.filter((row) => row.inst.dueDate <= payment.date);
      const left = applyTo(due, amount, payment.date, order);
      const result = applyPrepayment(terms, rows, payment, left, order);
      rows = result.rows;
      open = 0;
      unapplied += result.unapplied;
      prepayments.push(result.applied);
    } else {
      unapplied += applyTo(rows, amount, payment.date, order, open);
    }
  }
  advanceRows(rows, asOf, ctx, firstOpenIndex(rows, open));

  const installments = toInstallmentStates(rows, asOf, terms.penalty.graceDays);
  return {
    asOf,
    installments,
    prepayments,
    totals: ledgerTotals(installments, paid, unapplied),
    nextDue: nextDueOf(installments),
  };
}

/** Pays the unsettled `rows` (from `start`) oldest first in `order`; returns what was left over. */
function applyTo(rows: readonly Row[], amount: number, date: IsoDate, order: readonly AllocationComponent[], start = 0): number {
  // Only the unsettled rows the amount can reach: a payment never touches more than it can cover.
  const reached: Row[] = [];
  const owed: OwedParts[] = [];
  let reach = 0;
  for (let i = start; i < rows.length && reach < amount; i += 1) {
    const row = rows[i];
    if (!row || row.settledOn !== null) continue;
    const parts = owedOf(row);
    reached.push(row);
    owed.push(parts);
    reach += sumParts(parts);
  }
  const allocation = allocatePayment(amount, owed, order);
  reached.forEach((row, i) => {
    const parts = allocation.parts[i];
    if (parts) payRow(row, parts, date);
  });
  return allocation.left;
}
