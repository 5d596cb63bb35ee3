// How one payment is split across what is owed: installments oldest first, and within each installment
// the contract's component order (default fees → penalty → interest → principal). Whole minor units only.
import type { PaidParts } from './ledger-types';
import { ALLOCATION_COMPONENTS, DEFAULT_ALLOCATION_ORDER, type AllocationComponent } from './types';

/** What is still owed on one installment, per component (penalty = penalty interest + late fee charged). */
export type OwedParts = PaidParts;

export interface Allocation {
  /** One entry per owed item, in the same order: what this payment put towards each component. */
  parts: PaidParts[];
  /** What was left after every item was paid in full. */
  left: number;
}

export const ZERO_PARTS: Readonly<PaidParts> = Object.freeze(zeroParts());

/** A fresh all-zero PaidParts. */
export function zeroParts(): PaidParts {
  return { principal: 0, interest: 0, fees: 0, penalty: 0 };
}

/**
 * The order to use: the contract's, with any component it forgot appended in the default order, so a
 * malformed order can never leave money unallocated.
 */
export function normalizeOrder(order: readonly AllocationComponent[] | undefined): AllocationComponent[] {
  const seen = new Set<AllocationComponent>();
  const result: AllocationComponent[] = [];
  for (const component of [...(order ?? []), ...DEFAULT_ALLOCATION_ORDER]) {
    if (ALLOCATION_COMPONENTS.includes(component) && !seen.has(component)) {
      seen.add(component);
      result.push(component);
    }
  }
  return result;
}

/** Splits `amount` over one installment's owed parts in `order`; never pays a component more than it owes. */
export function allocateToInstallment(
  amount: number,
  owed: OwedParts,
  order: readonly AllocationComponent[],
): { parts: PaidParts; left: number } {
  return splitInOrder(amount, owed, normalizeOrder(order));
}

/**
 * Splits a payment across owed items taken in the given order (the caller passes installments oldest
 * first); each item is paid in full, component by component, before the next one receives anything.
 */
export function allocatePayment(
  amount: number,
  owed: readonly OwedParts[],
  order: readonly AllocationComponent[] = DEFAULT_ALLOCATION_ORDER,
): Allocation {
  const normalized = normalizeOrder(order);
  let left = Math.max(0, amount);
  const parts = owed.map((item) => {
    if (left === 0) return zeroParts();
    const result = splitInOrder(left, item, normalized);
    left = result.left;
    return result.parts;
  });
  return { parts, left };
}

function splitInOrder(amount: number, owed: OwedParts, order: readonly AllocationComponent[]): { parts: PaidParts; left: number } {
  const parts = zeroParts();
  let left = Math.max(0, amount);
  for (const component of order) {
    const take = Math.min(left, Math.max(0, owed[component]));
    parts[component] = take;
    left -= take;
  }
  return { parts, left };
}

/** The sum of all components. */
export function sumParts(parts: PaidParts): number {
  return parts.principal + parts.interest + parts.fees + parts.penalty;
}

/** Component-wise a + b. */
export function addParts(a: PaidParts, b: PaidParts): PaidParts {
  return {
    principal: a.principal + b.principal,
    interest: a.interest + b.interest,
    fees: a.fees + b.fees,
    penalty: a.penalty + b.penalty,
  };
}
