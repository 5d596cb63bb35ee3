// The running state of each installment while payments are replayed: what was paid, what penalty has
// accrued (owed, or still pending inside the grace days) and when it was settled. Rules: see penalty.ts.
import type Decimal from 'decimal.js';
import { addDaysIso, type IsoDate } from '../dates';
import { zeroParts, type OwedParts } from './allocation';
import type { PaidParts } from './ledger-types';
import { accruePenalty, lateFeeAmount, penaltyBase } from './penalty';
import type { Installment, PenaltyTerms } from './types';

export interface Row {
  inst: Installment;
  paid: PaidParts;
  /** Penalty interest owed (accrued after grace ran out, or accrued within grace once it ran out). */
  penaltyInterest: number;
  /** Penalty interest accrued within the grace days: dropped if settled in time, owed otherwise. */
  pending: number;
  lateFee: number;
  graceExpired: boolean;
  /** The end of the last accrual segment, or null before the first one. */
  accruedTo: IsoDate | null;
  /** dueDate + graceDays, worked out once when first needed. */
  graceEnd: IsoDate | null;
  settledOn: IsoDate | null;
}

export interface PenaltyContext {
  penalty: PenaltyTerms;
  /** The daily penalty rate (penaltyDailyRate(terms)). */
  rate: Decimal;
}

export function newRow(inst: Installment): Row {
  return {
    inst,
    paid: zeroParts(),
    penaltyInterest: 0,
    pending: 0,
    lateFee: 0,
    graceExpired: false,
    accruedTo: null,
    graceEnd: null,
    settledOn: null,
  };
}

/** What the row still owes today; pending penalty (within grace) is not owed. */
export function owedOf(row: Row): OwedParts {
  return {
    principal: row.inst.principal - row.paid.principal,
    interest: row.inst.interest - row.paid.interest,
    fees: row.inst.fees - row.paid.fees,
    penalty: row.penaltyInterest + row.lateFee - row.paid.penalty,
  };
}

export function owedTotal(row: Row): number {
  const owed = owedOf(row);
  return owed.principal + owed.interest + owed.fees + owed.penalty;
}

/** The index of the first unsettled row at or after `from` (rows never become unsettled again). */
export function firstOpenIndex(rows: readonly Row[], from: number): number {
  let i = from;
  while (i < rows.length && rows[i]?.settledOn !== null) i += 1;
  return i;
}

/**
 * Brings every unsettled row to `date` before anything happens on that date: accrues the segment since
 * the last event on the base as it stood, charges pending penalty and the late fee once grace has run
 * out, and settles rows that owe nothing once due (an empty installment). Rows are in due-date order;
 * those before `start` are settled.
 */
export function advanceRows(rows: readonly Row[], date: IsoDate, ctx: PenaltyContext, start = 0): void {
  for (let i = start; i < rows.length; i += 1) {
    const row = rows[i];
    if (!row || row.inst.dueDate > date) break;
    if (row.settledOn !== null) continue;
    if (owedTotal(row) <= 0) {
      settle(row, row.inst.dueDate);
      continue;
    }
    const from = row.accruedTo ?? row.inst.dueDate;
    if (date > from) {
      const amount = accruePenalty(penaltyBase(ctx.penalty.base, owedOf(row)), ctx.rate, from, date);
      if (row.graceExpired) row.penaltyInterest += amount;
      else row.pending += amount;
      row.accruedTo = date;
    }
    row.graceEnd ??= addDaysIso(row.inst.dueDate, ctx.penalty.graceDays);
    if (!row.graceExpired && date > row.graceEnd) {
      row.graceExpired = true;
      row.penaltyInterest += row.pending;
      row.pending = 0;
      row.lateFee = lateFeeAmount(ctx.penalty.lateFee, row.inst.total);
    }
  }
}

/** Adds a payment's parts to a row and settles it on `date` when nothing is left owing. */
export function payRow(row: Row, parts: PaidParts, date: IsoDate): void {
  const received = parts.principal + parts.interest + parts.fees + parts.penalty;
  if (received === 0) return;
  row.paid = {
    principal: row.paid.principal + parts.principal,
    interest: row.paid.interest + parts.interest,
    fees: row.paid.fees + parts.fees,
    penalty: row.paid.penalty + parts.penalty,
  };
  if (owedTotal(row) <= 0) settle(row, date);
}

/** Settled rows accrue nothing more; penalty still pending within grace is simply never charged. */
function settle(row: Row, date: IsoDate): void {
  row.settledOn = date;
}
