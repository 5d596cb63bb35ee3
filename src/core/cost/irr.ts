// The internal rate of return of a loan's cash flows, the rate that makes their present value zero.
// Rates are not money, so the solver works in plain numbers; only the sums are taken with care.
import { daysBetween } from '../dates';
import type { CashFlow } from './types';

/** A flow at time `t`, measured in whatever unit the returned rate is per (periods, days or years). */
export interface TimedFlow {
  t: number;
  amount: number;
}

/**
 * Convergence: the Newton step (or the bracket) is below this, scaled by max(1, rate) above 0 and by
 * 1 + rate below it, so a rate near −100 % is still found to 12 significant digits of 1 + rate.
 */
export const IRR_TOLERANCE = 1e-12;
const MAX_ITERATIONS = 300;
const NEWTON_ITERATIONS = 50;
/** The bracket search steps out from 0 by 0.001·2^k per unit of time, up to about 10^9 per unit. */
const FIRST_STEP = 1e-3;
const MAX_STEPS = 41;

/**
 * Sum of integer amounts, exact: plain addition while every partial sum stays a safe integer, BigInt
 * otherwise. The sign of this sum is the sign of the present value at a rate of 0.
 */
export function exactSum(amounts: readonly number[]): number {
  let sum = 0;
  for (const amount of amounts) {
    sum += amount;
    if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(amount)) return bigSum(amounts);
  }
  return sum;
}

function bigSum(amounts: readonly number[]): number {
  if (!amounts.every((a) => Number.isInteger(a))) return neumaier(amounts.map((a) => a));
  return Number(amounts.reduce((acc, a) => acc + BigInt(a), 0n));
}

/** Neumaier's compensated sum: the error no longer grows with the number of terms. */
class CompensatedSum {
  private sum = 0;
  private compensation = 0;

  add(term: number): void {
    const next = this.sum + term;
    this.compensation += Math.abs(this.sum) >= Math.abs(term) ? this.sum - next + term : term - next + this.sum;
    this.sum = next;
  }

  get value(): number {
    return this.sum + this.compensation;
  }
}

function neumaier(terms: readonly number[]): number {
  const total = new CompensatedSum();
  for (const term of terms) total.add(term);
  return total.value;
}

interface Evaluation {
  value: number;
  slope: number;
}

/**
 * A function with the same sign and the same roots as the present value at rate r: the present value
 * itself for r ≥ 0, and the value carried forward to the last flow, Σ a·(1+r)^(T−t), for r < 0, where
 * discounting would overflow (a rate near −100 % multiplies early flows by huge factors).
 */
function evaluate(flows: readonly TimedFlow[], horizon: number, rate: number): Evaluation {
  const base = 1 + rate;
  const value = new CompensatedSum();
  const slope = new CompensatedSum();
  for (const { t, amount } of flows) {
    const exponent = rate >= 0 ? -t : horizon - t;
    const term = amount * Math.pow(base, exponent);
    value.add(term);
    slope.add((term * exponent) / base);
  }
  return { value: value.value, slope: slope.value };
}

function signOf(x: number): number {
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** Rates to try, stepping out from 0 alternately up and down, evenly spaced in log(1 + r). */
function probes(): { up: number[]; down: number[] } {
  const up: number[] = [];
  const down: number[] = [];
  for (let k = 0; k < MAX_STEPS; k += 1) {
    const u = FIRST_STEP * 2 ** k;
    up.push(u);
    down.push(-u / (1 + u));
  }
  return { up, down };
}

const PROBES = probes();

/** A bracket [lo, hi] whose ends have opposite signs, searched from 0 outwards, or null. */
function findBracket(flows: readonly TimedFlow[], horizon: number, atZero: number): [number, number] | null {
  const s0 = signOf(atZero);
  let previousUp = 0;
  let previousDown = 0;
  let upOpen = true;
  let downOpen = true;
  for (let k = 0; k < MAX_STEPS && (upOpen || downOpen); k += 1) {
    if (upOpen) {
      const r = PROBES.up[k] ?? 0;
      const v = evaluate(flows, horizon, r).value;
      if (!Number.isFinite(v)) upOpen = false;
      else if (signOf(v) !== s0) return [previousUp, r];
      else previousUp = r;
    }
    if (downOpen) {
      const r = PROBES.down[k] ?? 0;
      const v = evaluate(flows, horizon, r).value;
      if (!Number.isFinite(v)) downOpen = false;
      else if (signOf(v) !== s0) return [r, previousDown];
      else previousDown = r;
    }
  }
  return null;
}

/**
 * Safeguarded Newton: a Newton step when it stays inside the bracket, a bisection otherwise, so the
 * bracket shrinks at every step and the answer cannot escape it.
 */
function solveInBracket(flows: readonly TimedFlow[], horizon: number, bracket: [number, number]): number {
  let [lo, hi] = bracket;
  const signLo = signOf(evaluate(flows, horizon, lo).value);
  let rate = (lo + hi) / 2;
  for (let i = 0; i < MAX_ITERATIONS; i += 1) {
    const { value, slope } = evaluate(flows, horizon, rate);
    if (value === 0) return rate;
    if (signOf(value) === signLo) lo = rate;
    else hi = rate;
    let next = rate - value / slope;
    if (!Number.isFinite(next) || next <= lo || next >= hi) next = (lo + hi) / 2;
    const scale = IRR_TOLERANCE * (next >= 0 ? Math.max(1, next) : 1 + next);
    if (Math.abs(next - rate) <= scale || hi - lo <= scale) return next;
    rate = next;
  }
  return rate;
}

/** Plain Newton from 0, as long as it stays finite and above −100 %: fast for every ordinary loan. */
function newton(flows: readonly TimedFlow[], horizon: number): number | null {
  let rate = 0;
  for (let i = 0; i < NEWTON_ITERATIONS; i += 1) {
    const { value, slope } = evaluate(flows, horizon, rate);
    if (value === 0) return rate;
    const next = rate - value / slope;
    if (!Number.isFinite(next) || next <= -1) return null;
    if (Math.abs(next - rate) <= IRR_TOLERANCE * (next >= 0 ? Math.max(1, next) : 1 + next)) return next;
    rate = next;
  }
  return null;
}

/**
 * The rate per unit of t at which the flows' present value is zero, or null when there is none: fewer
 * than two flows, a non-finite amount, no sign change among the amounts, or no root in (−100 %, 10^9).
 * Newton from 0 first; when it fails to settle, a bracket searched outwards from 0 and a safeguarded
 * Newton inside it. With one sign change (a loan: money in, then payments out) the root is unique; with
 * more there may be several, and the one returned is the one these searches from 0 reach first.
 */
export function irrOnTimes(flows: readonly TimedFlow[]): number | null {
  if (flows.length < 2) return null;
  if (!flows.every((f) => Number.isFinite(f.amount) && Number.isFinite(f.t))) return null;
  if (!flows.some((f) => f.amount > 0) || !flows.some((f) => f.amount < 0)) return null;
  const start = Math.min(...flows.map((f) => f.t));
  const shifted = flows.map((f) => ({ t: f.t - start, amount: f.amount }));
  const horizon = Math.max(...shifted.map((f) => f.t));
  const atZero = exactSum(shifted.map((f) => f.amount));
  if (atZero === 0) return 0;
  const quick = newton(shifted, horizon);
  if (quick !== null) return quick;
  const bracket = findBracket(shifted, horizon, atZero);
  return bracket === null ? null : solveInBracket(shifted, horizon, bracket);
}

/** IRR per period of flows one period apart (flows[0] now, flows[k] after k periods). */
export function irrPeriodic(flows: readonly number[]): number | null {
  return irrOnTimes(flows.map((amount, t) => ({ t, amount })));
}

/**
 * IRR of dated flows as an effective annual rate, time counted in days ÷ `basis` from the earliest
 * flow (Excel's XIRR): Σ amount × (1 + rate)^(−days/basis) = 0.
 */
export function xirr(flows: readonly CashFlow[], basis = 365): number | null {
  if (flows.length === 0) return null;
  const first = flows.reduce((min, f) => (f.date < min ? f.date : min), flows[0]?.date ?? '');
  return irrOnTimes(flows.map((f) => ({ t: daysBetween(first, f.date) / basis, amount: f.amount })));
}
