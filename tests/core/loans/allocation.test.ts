// allocatePayment: oldest first, the contract's component order within each installment, never more
// than owed, and the remainder handed back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocatePayment, allocateToInstallment, normalizeOrder, sumParts } from '../../../src/core/loans/allocation';
import { ALLOCATION_COMPONENTS, type AllocationComponent } from '../../../src/core/loans/types';

const owed = { principal: 9_000, interest: 1_000, fees: 300, penalty: 200 };

describe('allocateToInstallment', () => {
  it('pays fees, penalty, interest, then principal by default', () => {
    const { parts, left } = allocateToInstallment(1_400, owed, ['fees', 'penalty', 'interest', 'principal']);
    expect(parts).toEqual({ fees: 300, penalty: 200, interest: 900, principal: 0 });
    expect(left).toBe(0);
  });

  it('honours a principal-first order', () => {
    const { parts } = allocateToInstallment(9_500, owed, ['principal', 'interest', 'fees', 'penalty']);
    expect(parts).toEqual({ principal: 9_000, interest: 500, fees: 0, penalty: 0 });
  });

  it('hands back what is left after the installment is paid in full', () => {
    const { parts, left } = allocateToInstallment(11_000, owed, ['fees', 'penalty', 'interest', 'principal']);
    expect(sumParts(parts)).toBe(10_500);
    expect(left).toBe(500);
  });
});

describe('allocatePayment', () => {
  it('settles the first item in full before the second receives anything', () => {
    const second = { principal: 5_000, interest: 500, fees: 0, penalty: 0 };
    const result = allocatePayment(11_000, [owed, second]);
    expect(result.parts[0]).toEqual(owed);
    expect(result.parts[1]).toEqual({ principal: 0, interest: 500, fees: 0, penalty: 0 });
    expect(result.left).toBe(0);
  });

  it('returns the money beyond everything owed', () => {
    expect(allocatePayment(20_000, [owed]).left).toBe(9_500);
  });
});

describe('normalizeOrder', () => {
  it('appends forgotten components in the default order', () => {
    expect(normalizeOrder(['interest'])).toEqual(['interest', 'fees', 'penalty', 'principal']);
    expect(normalizeOrder(undefined)).toEqual(['fees', 'penalty', 'interest', 'principal']);
  });
});

const partsArb = fc.record({
  principal: fc.integer({ min: 0, max: 1_000_000 }),
  interest: fc.integer({ min: 0, max: 100_000 }),
  fees: fc.integer({ min: 0, max: 10_000 }),
  penalty: fc.integer({ min: 0, max: 10_000 }),
});
const orderArb = fc.shuffledSubarray<AllocationComponent>([...ALLOCATION_COMPONENTS], { minLength: 4, maxLength: 4 });

describe('allocatePayment properties', () => {
  it('conserves money and never pays a component more than it owes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.array(partsArb, { maxLength: 8 }), orderArb, (amount, items, order) => {
        const result = allocatePayment(amount, items, order);
        const allocated = result.parts.reduce((sum, parts) => sum + sumParts(parts), 0);
        expect(allocated + result.left).toBe(amount);
        result.parts.forEach((parts, i) => {
          const item = items[i];
          if (!item) throw new Error('missing item');
          for (const component of ALLOCATION_COMPONENTS) expect(parts[component]).toBeLessThanOrEqual(item[component]);
        });
        const owedTotal = items.reduce((sum, item) => sum + sumParts(item), 0);
        expect(result.left).toBe(Math.max(0, amount - owedTotal));
      }),
    );
  });
});
