import { describe, expect, it } from 'vitest';
import type { LprPoint } from '../../../src/core/cost/legal-types';
import { DEFAULT_LPR, lprInForce } from '../../../src/core/cost/lpr-defaults';
import { RATE_RULES, TO_VERIFY } from '../../../src/core/cost/rate-rules';
import { rateWarnings, type RateWarningInput } from '../../../src/core/cost/rate-warnings';
import { trueCost } from '../../../src/core/cost/true-cost';
import type { TrueCost } from '../../../src/core/cost/types';
import { buildSchedule } from '../../../src/core/loans/schedule';
import type { LoanTerms } from '../../../src/core/loans/types';
import { cost, terms } from './fixtures';

function input(overrides: Partial<RateWarningInput> & { apr?: number | null; costOverrides?: Partial<TrueCost> }): RateWarningInput {
  const { apr, costOverrides, ...rest } = overrides;
  return {
    jurisdiction: 'CN',
    lenderType: 'bank',
    militaryBorrower: false,
    terms: terms({ startDate: '2025-01-10' }),
    cost: cost({ apr: apr === undefined ? 0.05 : apr, advertisedAnnual: apr ?? 0.05, ...costOverrides }),
    lpr: DEFAULT_LPR,
    ...rest,
  };
}

function ids(i: RateWarningInput): string[] {
  return rateWarnings(i).map((w) => w.ruleId);
}

const POINTS: LprPoint[] = [
  { effectiveDate: '2024-10-20', oneYearPpm: 31_000, source: 'b', confidence: 'M' },
  { effectiveDate: '2023-08-20', oneYearPpm: 34_500, source: 'a', confidence: 'M' },
  { effectiveDate: '2026-03-01', oneYearPpm: 30_000, source: 'c', confidence: 'S' },
];

describe('the LPR series', () => {
  it('holds the reference points with their confidence', () => {
    expect(DEFAULT_LPR.map((p) => [p.oneYearPpm, p.confidence])).toEqual([
      [34_500, 'M'],
      [33_500, 'M'],
      [31_000, 'M'],
      [30_000, 'S'],
    ]);
  });

  it('picks the point in force at the contract date, whatever the order given', () => {
    expect(lprInForce(POINTS, '2024-10-20')?.source).toBe('b');
    expect(lprInForce(POINTS, '2024-10-19')?.source).toBe('a');
    expect(lprInForce(POINTS, '2026-02-28')?.source).toBe('b');
    expect(lprInForce(POINTS, '2026-03-01')?.source).toBe('c');
    expect(lprInForce(POINTS, '2023-08-19')).toBeNull();
  });
});

describe('CN-RATE-01: private lending above 4 × the one-year LPR', () => {
  // 2025-01-10: 3.10 % in force → the line is 12.40 %.
  it('stays silent just below the line and speaks just above it', () => {
    expect(ids(input({ lenderType: 'private', apr: 0.124 }))).toEqual([]);
    expect(ids(input({ lenderType: 'private', apr: 0.12404 }))).toEqual([]);
    const [warning] = rateWarnings(input({ lenderType: 'private', apr: 0.1241 }));
    expect(warning).toMatchObject({ ruleId: 'CN-RATE-01', tier: 'likely-violation', measure: 'apr', measured: 0.1241 });
    expect(warning?.limit).toBeCloseTo(0.124, 12);
    // The rule is from primary text, the LPR figure is a recollection: the warning is as sure as the weaker.
    expect(warning?.confidence).toBe('M');
    expect(warning?.explanation.en).toContain('3.10%');
    expect(warning?.explanation.en).toContain('2025-01-10');
    expect(warning?.explanation.en).toContain('recollection');
    expect(warning?.explanation.en.endsWith(TO_VERIFY.en)).toBe(true);
    expect(warning?.explanation['zh-CN']).toContain('12.40%');
  });

  it('uses the LPR in force on the contract date, with its confidence', () => {
    const [march] = rateWarnings(input({ lenderType: 'private', apr: 0.121, terms: terms({ startDate: '2026-03-02' }) }));
    expect(march).toMatchObject({ ruleId: 'CN-RATE-01', confidence: 'S' });
    expect(march?.limit).toBeCloseTo(0.12, 12);
    expect(march?.explanation.en).not.toContain(TO_VERIFY.en);
    expect(ids(input({ lenderType: 'private', apr: 0.121, terms: terms({ startDate: '2026-02-28' }) }))).toEqual([]);
  });

  it('measures on the money received: a 10 % loan with 10 % taken off up front is above the line', () => {
    const loan: LoanTerms = terms({
      startDate: '2025-01-10',
      principal: 1_000_000,
      termPeriods: 12,
      rate: { ppm: 100_000, unit: 'year', accrual: 'periodic', dayCountBasis: 360 },
      fees: [{ kind: 'upfront-deducted', label: 'other', amount: { type: 'percent-of-principal', ppm: 100_000 } }],
    });
    const realCost = trueCost(loan, buildSchedule(loan));
    expect(realCost.apr ?? 0).toBeGreaterThan(0.124);
    expect(ids(input({ lenderType: 'private', terms: loan, cost: realCost }))).toEqual(['CN-RATE-01']);
    const noDeduction = { ...loan, fees: [] };
    expect(ids(input({ lenderType: 'private', terms: noDeduction, cost: trueCost(noDeduction, buildSchedule(noDeduction)) }))).toEqual([]);
  });

  it('does not apply to licensed lenders', () => {
    expect(ids(input({ lenderType: 'bank', apr: 0.2 }))).toEqual([]);
  });

  it('without an LPR for the contract date, informs (to verify) only against the earliest recorded point', () => {
    const early = terms({ startDate: '2021-06-01' });
    expect(ids(input({ lenderType: 'private', apr: 0.138, terms: early }))).toEqual([]);
    const [info] = rateWarnings(input({ lenderType: 'private', apr: 0.139, terms: early }));
    expect(info).toMatchObject({ ruleId: 'CN-RATE-01-LPR-MISSING', tier: 'information', confidence: 'M' });
    expect(info?.limit).toBeCloseTo(0.138, 12);
    expect(info?.explanation.en).toContain('no LPR for that date');
    expect(ids(input({ lenderType: 'private', apr: 0.5, terms: early, lpr: [] }))).toEqual(['CN-RATE-03']);
  });

  it('judges contracts before 2020-08-20 by the 24 % / 36 % regime, to verify', () => {
    const old = terms({ startDate: '2020-08-19' });
    expect(ids(input({ lenderType: 'private', apr: 0.24, terms: old }))).toEqual([]);
    const [mid] = rateWarnings(input({ lenderType: 'private', apr: 0.2401, terms: old }));
    expect(mid).toMatchObject({ ruleId: 'CN-RATE-01-PRE2020-24', tier: 'possible-issue', confidence: 'M' });
    expect(mid?.explanation.en).toContain(TO_VERIFY.en);
    expect(ids(input({ lenderType: 'private', apr: 0.3601, terms: old }))).toEqual(['CN-RATE-01-PRE2020-36', 'CN-RATE-03']);
    expect(ids(input({ lenderType: 'private', apr: 0.2401, terms: terms({ startDate: '2020-08-20' }), lpr: [] }))).toEqual([]);
  });
});

describe('CN-RATE-02 and CN-RATE-03: 24 % and 36 %', () => {
  it('flags a licensed lender above 24 % as a possible issue, explaining there is no published cap', () => {
    for (const lenderType of ['bank', 'credit-card', 'consumer-finance', 'online-lender', 'microloan'] as const) {
      expect(ids(input({ lenderType, apr: 0.24 }))).toEqual([]);
      const [w] = rateWarnings(input({ lenderType, apr: 0.2401 }));
      expect(w).toMatchObject({ ruleId: 'CN-RATE-02', tier: 'possible-issue', confidence: 'S', limit: 0.24 });
      expect(w?.explanation.en).toContain('There is no published 24 % cap');
    }
    expect(ids(input({ lenderType: 'other', apr: 0.3 }))).toEqual([]);
  });

  it('above 36 %: likely violation for private lending, possible issue otherwise, both to verify', () => {
    expect(ids(input({ lenderType: 'online-lender', apr: 0.36 }))).toEqual(['CN-RATE-02']);
    const licensed = rateWarnings(input({ lenderType: 'online-lender', apr: 0.3601 }));
    expect(licensed.map((w) => [w.ruleId, w.tier, w.confidence])).toEqual([
      ['CN-RATE-02', 'possible-issue', 'S'],
      ['CN-RATE-03-OTHER', 'possible-issue', 'M'],
    ]);
    const priv = rateWarnings(input({ lenderType: 'private', apr: 0.3601, terms: terms({ startDate: '2026-04-01' }) }));
    expect(priv.map((w) => [w.ruleId, w.tier])).toEqual([
      ['CN-RATE-01', 'likely-violation'],
      ['CN-RATE-03', 'likely-violation'],
    ]);
    expect(priv[1]?.explanation.en).toContain(TO_VERIFY.en);
  });
});

describe('CN-DISC-01: the advertised figure far below the IRR', () => {
  it('informs when the APR is more than 2 points above the advertised rate, not for private lenders', () => {
    const card = input({ lenderType: 'credit-card', apr: 0.1303, costOverrides: { advertisedAnnual: 0.072 } });
    const [w] = rateWarnings(card);
    expect(w).toMatchObject({ ruleId: 'CN-DISC-01', tier: 'information', confidence: 'S', limit: 0.072, measured: 0.1303 });
    expect(w?.explanation.en).toContain('7.20%');
    expect(w?.explanation.en).toContain('13.03%');
    expect(ids({ ...card, cost: cost({ apr: 0.0919, advertisedAnnual: 0.072 }) })).toEqual([]);
    expect(ids({ ...card, cost: cost({ apr: 0.0921, advertisedAnnual: 0.072 }) })).toEqual(['CN-DISC-01']);
    expect(ids({ ...card, lenderType: 'private', cost: cost({ apr: 0.1, advertisedAnnual: 0.05 }) })).toEqual([]);
  });
});

describe('UK high-cost short-term credit (CONC 5A)', () => {
  const uk = (costOverrides: Partial<TrueCost>, lateFee?: number): RateWarningInput =>
    input({
      jurisdiction: 'UK',
      lenderType: 'hcstc',
      costOverrides: { apr: 0.5, ...costOverrides },
      terms: terms({
        penalty: {
          rate: { type: 'none' },
          base: 'overdue-principal',
          lateFee: lateFee === undefined ? { type: 'none' } : { type: 'fixed', minor: lateFee },
          graceDays: 0,
        },
      }),
    });

  it('caps interest and fees at 0.8 % a day', () => {
    expect(ids(uk({ apr: 0.008 * 365 }))).toEqual([]);
    const [w] = rateWarnings(uk({ apr: 0.00801 * 365 }));
    expect(w).toMatchObject({ ruleId: 'UK-HCSTC-01-DAILY', tier: 'likely-violation', measure: 'daily-rate', limit: 0.008 });
    expect(w?.measured).toBeCloseTo(0.00801, 12);
    expect(w?.explanation.en).toContain('0.801%');
  });

  it('caps the default fee at £15', () => {
    expect(ids(uk({}, 1500))).toEqual([]);
    const [w] = rateWarnings(uk({}, 1501));
    expect(w).toMatchObject({ ruleId: 'UK-HCSTC-01-FEE', measured: 1501, limit: 1500, measure: 'default-fee' });
    expect(w?.explanation.en).toContain('£15.01');
  });

  it('caps the total cost at 100 % of the credit received', () => {
    expect(ids(uk({ received: 30_000, totalCost: 30_000 }))).toEqual([]);
    const [w] = rateWarnings(uk({ received: 30_000, totalCost: 30_001 }));
    expect(w).toMatchObject({ ruleId: 'UK-HCSTC-01-TOTAL', measure: 'total-cost-ratio', limit: 1 });
  });

  it('applies only to HCSTC lenders in the UK', () => {
    const high = uk({ apr: 5, received: 10, totalCost: 100 }, 5000);
    expect(ids(high)).toHaveLength(3);
    expect(ids({ ...high, lenderType: 'bank' })).toEqual([]);
    expect(ids({ ...high, jurisdiction: 'US' })).toEqual([]);
  });
});

describe('US Military Lending Act', () => {
  it('applies only when the user opts in, above a 36 % MAPR, to verify', () => {
    const us = input({ jurisdiction: 'US', lenderType: 'online-lender', apr: 0.5 });
    expect(ids(us)).toEqual([]);
    expect(ids({ ...us, militaryBorrower: true, cost: cost({ apr: 0.36 }) })).toEqual([]);
    const [w] = rateWarnings({ ...us, militaryBorrower: true, cost: cost({ apr: 0.3601 }) });
    expect(w).toMatchObject({ ruleId: 'US-MLA-01', tier: 'likely-violation', confidence: 'M', limit: 0.36 });
    expect(w?.explanation.en).toContain(TO_VERIFY.en);
  });
});

describe('the rule pack', () => {
  it('gives every rule a unique id, a citation and both languages', () => {
    expect(new Set(RATE_RULES.map((r) => r.id)).size).toBe(RATE_RULES.length);
    for (const rule of RATE_RULES) {
      expect(rule.citation.length).toBeGreaterThan(10);
      expect(rule.explanation.en.length).toBeGreaterThan(40);
      expect(rule.explanation['zh-CN'].length).toBeGreaterThan(20);
    }
  });

  it('says nothing without a rate, and nothing in other jurisdictions', () => {
    expect(ids(input({ lenderType: 'private', apr: null }))).toEqual([]);
    expect(ids(input({ jurisdiction: 'OTHER', lenderType: 'private', apr: 2 }))).toEqual([]);
  });

  it('fills every placeholder and marks every unconfirmed finding "to verify"', () => {
    const inputs = [
      input({ lenderType: 'private', apr: 0.9, costOverrides: { advertisedAnnual: 0.1 } }),
      input({ lenderType: 'private', apr: 0.9, terms: terms({ startDate: '2019-01-01' }) }),
      input({ lenderType: 'private', apr: 0.9, terms: terms({ startDate: '2021-01-01' }) }),
      input({ lenderType: 'online-lender', apr: 0.9, costOverrides: { advertisedAnnual: 0.1 } }),
      input({ jurisdiction: 'US', militaryBorrower: true, apr: 0.9 }),
    ];
    const all = inputs.flatMap((i) => rateWarnings(i));
    expect(all.length).toBeGreaterThanOrEqual(9);
    for (const w of all) {
      expect(w.explanation.en).not.toMatch(/[{}]/);
      expect(w.explanation['zh-CN']).not.toMatch(/[{}]/);
      expect(w.explanation.en.includes(TO_VERIFY.en)).toBe(w.confidence === 'M');
      expect(w.explanation['zh-CN'].includes(TO_VERIFY['zh-CN'])).toBe(w.confidence === 'M');
    }
  });
});
