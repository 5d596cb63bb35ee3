import { describe, expect, it } from 'vitest';
import { costExplanation, trueCost } from '../../../src/core/cost/true-cost';
import { buildSchedule } from '../../../src/core/loans/schedule';
import type { LoanTerms } from '../../../src/core/loans/types';
import { cost, terms } from './fixtures';

function explain(loan: LoanTerms): { en: string; 'zh-CN': string } {
  return costExplanation(trueCost(loan, buildSchedule(loan)), loan);
}

const yearly = (ppm: number): LoanTerms['rate'] => ({ ppm, unit: 'year', accrual: 'periodic', dayCountBasis: 360 });

describe('costExplanation', () => {
  it('names an up-front deduction, with the amount, in both languages', () => {
    const text = explain(
      terms({
        principal: 1_000_000,
        termPeriods: 12,
        rate: yearly(120_000),
        fees: [{ kind: 'upfront-deducted', label: 'service', amount: { type: 'fixed', minor: 100_000 } }],
      }),
    );
    expect(text.en).toBe(
      'The true annual rate is 32.50%, not the 12.00% advertised, because a ¥1,000 fee was taken out of the amount you received and you pay interest on money you no longer have.',
    );
    expect(text['zh-CN']).toBe(
      '真实年化利率为 32.50%，而不是宣传的 12.00%，因为放款时先扣除了 ¥1,000 的费用（砍头息），到手的钱变少了，利息却仍按合同本金计算。',
    );
  });

  it('shows amounts in the loan currency', () => {
    const loan = terms({
      principal: 1_000_000,
      termPeriods: 12,
      fees: [{ kind: 'upfront-paid', label: 'insurance', amount: { type: 'fixed', minor: 25_050 } }],
    });
    const text = costExplanation(trueCost(loan, buildSchedule(loan)), loan, 'USD');
    expect(text.en).toContain('you paid a $250.50 fee at the start');
    expect(text['zh-CN']).toContain('另外支付了 $250.50 的费用');
  });

  it('explains a card installment fee charged on the original principal', () => {
    const text = explain(
      terms({
        method: 'card-installment',
        principal: 1_200_000,
        termPeriods: 12,
        rate: { ppm: 0, unit: 'month', accrual: 'periodic', dayCountBasis: 360 },
        installmentFeePpm: 6_000,
      }),
    );
    expect(text.en).toBe(
      'The true annual rate is 13.03%, not the 7.20% advertised, because the fee is charged on the full original amount every month, even after you have repaid part of it.',
    );
    expect(text['zh-CN']).toContain('每期手续费都按最初的分期本金收取');
  });

  it('explains periodic fees, and a daily rate counted over 360 days', () => {
    const withFees = explain(
      terms({ principal: 1_000_000, termPeriods: 12, fees: [{ kind: 'periodic', label: 'guarantee', amount: { type: 'fixed', minor: 2_000 } }] }),
    );
    expect(withFees.en).toContain('because fees charged with the installments come on top of the interest.');
    const daily = explain(terms({ principal: 1_000_000, termPeriods: 12, rate: { ppm: 500, unit: 'day', accrual: 'daily', dayCountBasis: 360 } }));
    expect(daily.en).toContain('counts only 360');
  });

  it('says when the true rate is the advertised one, and when it cannot be worked out', () => {
    expect(explain(terms()).en).toBe(
      'The true annual rate is 4.90%, the same as the 4.90% advertised: nothing is charged beyond the stated interest.',
    );
    const none = costExplanation(cost({ apr: null, ear: null, periodicRate: null }), terms());
    expect(none.en).toContain('cannot be worked out');
    expect(none['zh-CN']).toContain('无法计算');
  });

  it('never leaves a placeholder unfilled', () => {
    const cases = [cost({ apr: 0.3 }), cost({ apr: 0.1 }), cost({ apr: 0.12 }), cost({ apr: null })];
    for (const c of cases) {
      const text = costExplanation(c, terms({ fees: [{ kind: 'upfront-deducted', label: 'service', amount: { type: 'fixed', minor: 1 } }] }));
      expect(text.en).not.toMatch(/[{}]/);
      expect(text['zh-CN']).not.toMatch(/[{}]/);
    }
  });
});
