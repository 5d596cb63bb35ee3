// When each installment falls due. Monthly dates are always computed from one anchor with the month-end
// rule (a due day of 31 is 28/29 Feb and 31 Mar again), never chained from the previous date.
import { addDaysIso, dayOfMonth, dayOfMonthAfter, type IsoDate } from '../dates';
import type { LoanTerms } from './types';

const STEP_DAYS = { biweekly: 14, weekly: 7 } as const;

/**
 * The first `count` due dates (default: termPeriods).
 * - monthly: the first is firstDueDate, or the due day in the month after the start; later ones fall on
 *   the due day (default: firstDueDate's day, else the start date's day), clamped to shorter months;
 * - bi-weekly / weekly: every 14 / 7 days from the first due date (default: start + 14 / 7 days);
 * - revolving: monthly on the card's due day, the first one after the statement date (startDate) —
 *   which puts it in the next month when the due day is not after the statement day; frequency is ignored;
 * - custom: the rows' own dates, sorted.
 * A bullet loan uses the last of these dates (its one installment falls termPeriods periods after the start).
 */
export function dueDates(terms: LoanTerms, count: number = terms.termPeriods): IsoDate[] {
  if (terms.method === 'custom' && terms.customSchedule) {
    return terms.customSchedule
      .map((row) => row.dueDate)
      .sort()
      .slice(0, count);
  }
  if (terms.method === 'revolving' && terms.revolving) {
    const day = terms.revolving.dueDay;
    const first = terms.firstDueDate ?? firstDayAfter(terms.startDate, day);
    return monthly(first, 0, day, count, first);
  }
  if (terms.frequency === 'monthly') {
    const day = terms.dueDay ?? dayOfMonth(terms.firstDueDate ?? terms.startDate);
    if (terms.firstDueDate !== undefined) return monthly(terms.firstDueDate, 0, day, count, terms.firstDueDate);
    return monthly(terms.startDate, 1, day, count, null);
  }
  const step = STEP_DAYS[terms.frequency];
  const first = terms.firstDueDate ?? addDaysIso(terms.startDate, step);
  return Array.from({ length: count }, (_, k) => addDaysIso(first, k * step));
}

/** Dates on `day` in the months `offset`, `offset + 1`, … after the anchor; `first`, when set, replaces the first. */
function monthly(anchor: IsoDate, offset: number, day: number, count: number, first: IsoDate | null): IsoDate[] {
  return Array.from({ length: count }, (_, k) =>
    k === 0 && first !== null ? first : dayOfMonthAfter(anchor, offset + k, day),
  );
}

/** The first date strictly after `date` that falls on `day` of its month (clamped at month end). */
function firstDayAfter(date: IsoDate, day: number): IsoDate {
  const sameMonth = dayOfMonthAfter(date, 0, day);
  return sameMonth > date ? sameMonth : dayOfMonthAfter(date, 1, day);
}
