// 提前还款: what a prepayment does once whatever was due on its date is settled — the fee, the principal
// repaid, and the later installments recalculated (shorter term or lower installment) or gone.
import Decimal from 'decimal.js';
import { daysBetween, type IsoDate } from '../dates';
import { roundMinor } from '../money';
import { allocatePayment, sumParts, ZERO_PARTS } from './allocation';
import { newRow, owedOf, payRow, type Row } from './ledger-rows';
import type { AppliedPrepayment, Payment } from './ledger-types';
import { rescheduleAfterPrepayment } from './reschedule';
import type { AllocationComponent, Installment, LoanTerms } from './types';

export interface PrepaymentResult {
  rows: Row[];
  applied: AppliedPrepayment;
  /** Money that found nothing left to pay. */
  unapplied: number;
}

/**
 * Applies `left` (the prepayment after it settled everything due on its date) to `rows`:
 * 1. the prepayment fee is taken first (at most what is left);
 * 2. the rest repays the principal of the installments after `afterPeriod` (the last one due on or
 *    before the date), at most all of it (then the loan is paid off);
 * 3. those installments are replaced by rescheduleAfterPrepayment(terms, schedule, afterPeriod,
 *    newBalance, mode), which amortises the new balance as if it were prepaid on the previous due date.
 *    The period in progress therefore keeps the interest the prepaid principal earned until the
 *    prepayment date: its interest = new interest + (scheduled interest − new interest) × days elapsed ÷
 *    days in the period, rounded half-up — the scheduled interest when prepaying on the period's last day.
 *    On a payoff that interest (and whatever the reschedule keeps, such as a card plan's remaining fees)
 *    is all that is left, due on the period's due date;
 * 4. the prepayment's own excess, and money paid ahead earlier on the replaced installments, go to the new
 *    installments oldest first (settling them on the prepayment date when they cover them); what does not
 *    fit is unapplied.
 */
export function applyPrepayment(
  terms: LoanTerms,
  rows: readonly Row[],
  payment: Payment,
  left: number,
  order: readonly AllocationComponent[],
): PrepaymentResult {
  const mode = payment.prepayment?.mode ?? 'shorten-term';
  const fee = Math.min(Math.max(0, payment.prepayment?.fee ?? 0), left);
  const rest = left - fee;
  const afterPeriod = rows.filter((row) => row.inst.dueDate <= payment.date).reduce((max, row) => Math.max(max, row.inst.period), 0);
  const earlier = rows.filter((row) => row.inst.period <= afterPeriod);
  const later = rows.filter((row) => row.inst.period > afterPeriod);
  const outstanding = later.reduce((sum, row) => sum + row.inst.principal, 0);
  const current = later[0];
  const skipped: AppliedPrepayment = { paymentId: payment.id, date: payment.date, mode, afterPeriod, fee, principal: 0, paidOff: false };
  if (rest <= 0 || outstanding <= 0 || !current) return { rows: [...rows], applied: skipped, unapplied: rest };

  const principal = Math.min(rest, outstanding);
  const newBalance = outstanding - principal;
  const recalculated = rescheduleAfterPrepayment(terms, rows.map((row) => row.inst), afterPeriod, newBalance, mode).filter(
    (inst) => inst.period > afterPeriod,
  );
  const periodStart = earlier.at(-1)?.inst.dueDate ?? terms.startDate;
  const replaced = keepAccruedInterest(recalculated, current.inst, periodStart, payment.date, afterPeriod, newBalance).map((inst) => newRow(inst));

  const credit = rest - principal + later.reduce((sum, row) => sum + sumParts(row.paid), 0);
  const reapplied = allocatePayment(credit, replaced.map(owedOf), order);
  replaced.forEach((row, i) => payRow(row, reapplied.parts[i] ?? ZERO_PARTS, payment.date));
  return {
    rows: [...earlier, ...replaced],
    applied: { ...skipped, principal, paidOff: newBalance === 0 },
    unapplied: reapplied.left,
  };
}

/**
 * The recalculated installments with the period in progress charged the interest earned until the
 * prepayment date (rule 3 above); periods renumbered from afterPeriod + 1.
 */
function keepAccruedInterest(
  recalculated: readonly Installment[],
  scheduled: Installment,
  periodStart: IsoDate,
  date: IsoDate,
  afterPeriod: number,
  newBalance: number,
): Installment[] {
  const index = recalculated.findIndex((inst) => inst.dueDate === scheduled.dueDate);
  const existing = index >= 0 ? recalculated[index] : undefined;
  const newInterest = existing?.interest ?? 0;
  const periodDays = daysBetween(periodStart, scheduled.dueDate);
  const elapsed = Math.min(Math.max(0, daysBetween(periodStart, date)), periodDays);
  const share = periodDays > 0 ? new Decimal(elapsed).div(periodDays) : new Decimal(0);
  const interest = newInterest + Math.max(0, roundMinor(new Decimal(scheduled.interest - newInterest).times(share)));
  const rows = [...recalculated];
  if (existing) {
    rows[index] = { ...existing, interest, total: existing.principal + interest + existing.fees };
  } else if (interest > 0) {
    const found = rows.findIndex((inst) => inst.dueDate > scheduled.dueDate);
    const at = found < 0 ? rows.length : found;
    const remaining = rows[at - 1]?.remaining ?? newBalance;
    rows.splice(at, 0, { period: 0, dueDate: scheduled.dueDate, principal: 0, interest, fees: 0, total: interest, remaining });
  }
  return rows.map((inst, i) => ({ ...inst, period: afterPeriod + 1 + i }));
}
