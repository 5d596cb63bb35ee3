// What a loan really costs per year: the IRR of what was received against every scheduled payment,
// per period when the payments sit on the loan's regular grid, per day otherwise (PBOC 〔2021〕3号:
// IRR, compounding, every borrowing cost over the principal actually used).
import { dayOfMonth, dayOfMonthAfter, daysBetween, type IsoDate } from '../dates';
import { periodsPerYear } from '../loans/period-rate';
import type { Frequency, Installment, LoanTerms } from '../loans/types';
import { loanCashFlows } from './cash-flows';
import { exactSum, irrOnTimes, irrPeriodic } from './irr';
import type { CashFlow, TrueCost } from './types';

export { costExplanation } from './cost-explanation';

/** Flows off the regular grid are solved per calendar day; a year is 365 of them. */
export const DAYS_PER_YEAR = 365;

const STEP_DAYS = { biweekly: 14, weekly: 7 } as const;

/** Whole months from `start`'s month to `date`'s month, read from the ISO fields. */
function monthsApart(start: IsoDate, date: IsoDate): number {
  return (Number(date.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(date.slice(5, 7)) - Number(start.slice(5, 7));
}

/**
 * The period index of `date` on the grid start + k periods, or null. Monthly: the start's day in the k-th
 * month after it, clamped to shorter months from the anchor; the same day is on the grid at once, an earlier
 * one only when it is that month's clamped day (the date library is asked only then: it is the slow part).
 */
function gridIndex(start: IsoDate, frequency: Frequency, date: IsoDate): number | null {
  if (frequency === 'monthly') {
    const k = monthsApart(start, date);
    const day = dayOfMonth(start);
    if (k < 0) return null;
    if (dayOfMonth(date) === day) return k;
    return dayOfMonth(date) < day && dayOfMonthAfter(start, k, day) === date ? k : null;
  }
  const days = daysBetween(start, date);
  const step = STEP_DAYS[frequency];
  return days >= 0 && days % step === 0 ? days / step : null;
}

/**
 * The flows as one amount per period (flows in the same period summed, exactly: they are integers), when
 * every flow falls on the grid start + k periods; null as soon as one is off it (a first period longer or
 * shorter than the others, a due day other than the start's, a fee on a date of its own).
 */
export function periodicFlows(flows: readonly CashFlow[], start: IsoDate, frequency: Frequency): number[] | null {
  const indexed: { k: number; amount: number }[] = [];
  for (const flow of flows) {
    const k = gridIndex(start, frequency, flow.date);
    if (k === null) return null;
    indexed.push({ k, amount: flow.amount });
  }
  const length = Math.max(0, ...indexed.map((f) => f.k)) + 1;
  const perPeriod = Array.from({ length }, () => 0);
  for (const { k, amount } of indexed) perPeriod[k] = (perPeriod[k] ?? 0) + amount;
  return perPeriod;
}

/**
 * The rate the contract advertises, as an annual fraction: a yearly rate as stated, a monthly rate × 12,
 * a daily rate × dayCountBasis. A card installment's fee rate per period × periods per year is added (its
 * rate is usually 0, and the "annual" figure lenders quote is the monthly fee rate × 12). Summed in ppm.
 */
export function advertisedAnnual(terms: LoanTerms): number {
  const perYear = { year: 1, month: 12, day: terms.rate.dayCountBasis }[terms.rate.unit];
  const feePpm = terms.method === 'card-installment' ? (terms.installmentFeePpm ?? 0) * periodsPerYear(terms.frequency) : 0;
  return (terms.rate.ppm * perYear + feePpm) / 1_000_000;
}

function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

/**
 * The true cost of a schedule. On a regular grid (monthly, bi-weekly, weekly): IRR per period r,
 * periodsPerYear 12 / 26 / 52. Otherwise: IRR per day on the actual calendar days, periodsPerYear 365.
 * Then apr = r × periodsPerYear (nominal, 单利年化) and ear = (1 + r)^periodsPerYear − 1 (compounded).
 */
export function trueCost(terms: LoanTerms, schedule: readonly Installment[]): TrueCost {
  const flows = loanCashFlows(terms, schedule);
  const received = flows[0]?.amount ?? 0;
  const totalRepaid = exactSum(schedule.map((row) => row.total));
  const grid = periodicFlows(flows, terms.startDate, terms.frequency);
  const perYear = grid === null ? DAYS_PER_YEAR : periodsPerYear(terms.frequency);
  const periodicRate =
    grid === null
      ? irrOnTimes(flows.map((f) => ({ t: daysBetween(terms.startDate, f.date), amount: f.amount })))
      : irrPeriodic(grid);
  return {
    received,
    totalRepaid,
    totalCost: totalRepaid - received,
    periodsPerYear: perYear,
    periodicRate,
    apr: periodicRate === null ? null : periodicRate * perYear,
    ear: periodicRate === null ? null : finiteOrNull((1 + periodicRate) ** perYear - 1),
    advertisedAnnual: advertisedAnnual(terms),
  };
}
