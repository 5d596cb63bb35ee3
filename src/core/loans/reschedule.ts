// Recalculates what is left of a schedule after a prepayment (提前还款): either the same number of periods
// with a lower installment (减少月供) or the same installment over fewer periods (缩短期限).
//
// Conventions, stated once:
// - Rows 1..afterPeriod stay as they were; the new balance is amortised over the due dates after them, with
//   interest running from the last kept due date (or the start) — as if the prepayment were made on that
//   date; interest accrued between that date and the real prepayment day is the ledger's to settle.
// - annuity: 'lower-installment' recomputes the level payment over the remaining periods; 'shorten-term'
//   keeps the current payment (principal + interest of the next row) and drops periods at the end.
// - equal-principal: likewise with the principal part. interest-only: the principal stays due at the end,
//   interest falls (both modes). bullet: the single payment shrinks; its interest is the simple interest on
//   the new balance over the whole term (the prepaid part bears none).
// - card-installment: the fee is charged on the ORIGINAL principal every period to the original end — the
//   common practice of Chinese card issuers, whose remaining 分期手续费 stay owed after 提前还款 (some
//   collect them at once; check the card's terms) — so 'shorten-term' leaves fee-only rows at the end.
// - revolving and custom: 'lower-installment' scales later principal parts by newBalance ÷ old balance
//   (half-up, the last paying row absorbing the residual); 'shorten-term' keeps the principal parts and
//   drops them from the end. Each row's interest is scaled by its new opening balance ÷ its old one
//   (interest taken as proportional to what is owed); each row's own fees stay.
// - Periodic fees follow the remaining rows (fewer rows, fewer fees); one-off fees due after the last kept
//   row are placed again by the usual rule. A new balance of 0 leaves no installment rows (card fees aside).
import Decimal from 'decimal.js';
import type { IsoDate } from '../dates';
import { roundMinor } from '../money';
import { dueDates } from './due-dates';
import { applyFees } from './fees';
import type { PrepaymentMode } from './ledger-types';
import { annuityRows, levelPayment } from './methods/annuity';
import { bulletRow } from './methods/bullet';
import { cardInstallmentFee } from './methods/card-installment';
import { equalPart, equalPrincipalRows } from './methods/equal-principal';
import { interestOnlyRows } from './methods/interest-only';
import type { Segment } from './methods/segment';
import { periodRate } from './period-rate';
import { toInstallments } from './schedule';
import type { CustomRow, Installment, LoanTerms } from './types';

/**
 * The schedule after a prepayment made after installment `afterPeriod` (0: before the first) that leaves
 * `newBalance` of principal owed. `schedule` is the current one (possibly already rescheduled).
 * Throws a RangeError if a balance is left but no later due date carries principal.
 */
export function rescheduleAfterPrepayment(
  terms: LoanTerms,
  schedule: Installment[],
  afterPeriod: number,
  newBalance: number,
  mode: PrepaymentMode,
): Installment[] {
  const kept = schedule.filter((row) => row.period <= afterPeriod);
  const later = schedule.filter((row) => row.period > afterPeriod);
  const from = kept.at(-1)?.dueDate ?? terms.startDate;
  const rows =
    terms.method === 'custom' || terms.method === 'revolving'
      ? rescaleRows(givenRows(terms, later), newBalance, mode)
      : regridRows(terms, later, { balance: newBalance, dates: payingDates(later, newBalance), from }, mode);
  return [...kept, ...toInstallments(applyFees(terms, rows, kept.length > 0 ? from : null), newBalance, afterPeriod + 1)];
}

/** The later due dates that still carry principal: the periods left to re-amortise over. */
function payingDates(later: Installment[], newBalance: number): IsoDate[] {
  const last = later.findLastIndex((row) => row.principal > 0);
  if (newBalance > 0 && last < 0) throw new RangeError('No later due date is left to carry the balance');
  return later.slice(0, last + 1).map((row) => row.dueDate);
}

/** Methods on a regular grid of due dates: re-run the method on the new balance. */
function regridRows(terms: LoanTerms, later: Installment[], segment: Segment, mode: PrepaymentMode): CustomRow[] {
  const rows = segment.balance > 0 ? rerunMethod(terms, later, segment, mode === 'shorten-term') : [];
  return terms.method === 'card-installment' ? withCardFees(terms, rows, segment.from) : rows;
}

function rerunMethod(terms: LoanTerms, later: Installment[], segment: Segment, shorten: boolean): CustomRow[] {
  const next = later[0];
  const n = segment.dates.length;
  const keepNext = shorten && n > 1 && next !== undefined;
  switch (terms.method) {
    case 'annuity': {
      const payment = keepNext ? next.principal + next.interest : levelPayment(segment.balance, periodRate(terms), n);
      return annuityRows(terms, segment, payment, shorten);
    }
    case 'equal-principal':
    case 'card-installment': {
      const part = keepNext ? next.principal : equalPart(segment.balance, n);
      return equalPrincipalRows(terms, segment, part, shorten);
    }
    case 'interest-only':
      return interestOnlyRows(terms, segment);
    case 'bullet': {
      const dueDate = segment.dates.at(-1);
      return dueDate === undefined ? [] : [bulletRow(terms, segment.balance, dueDate)];
    }
    case 'revolving':
    case 'custom':
      return [];
  }
}

/** Card plans: the fee on every remaining due date of the original plan, with or without principal. */
function withCardFees(terms: LoanTerms, rows: CustomRow[], from: IsoDate): CustomRow[] {
  const fee = cardInstallmentFee(terms);
  const byDate = new Map(rows.map((row) => [row.dueDate, row]));
  const dates = [...new Set([...dueDates(terms).filter((d) => d > from), ...byDate.keys()])].sort();
  return dates.map((dueDate) => ({ ...(byDate.get(dueDate) ?? { dueDate, principal: 0, interest: 0 }), fees: fee }));
}

/**
 * The later rows as the method gave them, without the loan's periodic and one-off fees (those are placed
 * again): custom rows keep their own fees (matched by date), projected card rows have none.
 */
function givenRows(terms: LoanTerms, later: Installment[]): CustomRow[] {
  if (terms.method === 'revolving') {
    return later.filter((row) => row.principal > 0).map(({ dueDate, principal, interest }) => ({ dueDate, principal, interest, fees: 0 }));
  }
  const ownFees = new Map<IsoDate, number[]>();
  for (const row of terms.customSchedule ?? []) ownFees.set(row.dueDate, [...(ownFees.get(row.dueDate) ?? []), row.fees]);
  const rows: CustomRow[] = [];
  for (const { dueDate, principal, interest } of later) {
    const fees = ownFees.get(dueDate)?.shift();
    if (fees !== undefined) rows.push({ dueDate, principal, interest, fees });
  }
  return rows;
}

/** Rescales given rows to a new balance (see the conventions at the top). */
function rescaleRows(rows: CustomRow[], newBalance: number, mode: PrepaymentMode): CustomRow[] {
  const oldBalance = rows.reduce((sum, row) => sum + row.principal, 0);
  const lastPaying = rows.findLastIndex((row) => row.principal > 0);
  if (newBalance > 0 && lastPaying < 0) throw new RangeError('No later due date is left to carry the balance');
  const factor = oldBalance > 0 ? new Decimal(newBalance).div(oldBalance) : new Decimal(0);
  let oldBefore = oldBalance;
  let newBefore = newBalance;
  const out = rows.map((row, i) => {
    const wanted = mode === 'shorten-term' ? row.principal : roundMinor(factor.times(row.principal));
    const principal = i === lastPaying ? newBefore : Math.min(newBefore, wanted);
    const interest = oldBefore > 0 ? roundMinor(new Decimal(row.interest).times(newBefore).div(oldBefore)) : row.interest;
    oldBefore -= row.principal;
    newBefore -= principal;
    return { ...row, principal, interest };
  });
  if (mode === 'lower-installment' && newBalance > 0) return out;
  const lastKept = out.findLastIndex((row) => row.principal > 0 || row.interest > 0 || row.fees > 0);
  return out.slice(0, lastKept + 1);
}
