// Judges a loan's true cost against the rate rules for its jurisdiction and lender type (rate-rules.ts),
// and words each finding calmly, with its source and how sure that source is.
import type { IsoDate } from '../dates';
import type { LoanTerms } from '../loans/types';
import { fill, money, percent } from './format';
import type { Bilingual, Confidence, Jurisdiction, LenderType, LprPoint, RateWarning } from './legal-types';
import { lprInForce } from './lpr-defaults';
import { CONFIDENCE_WORDS, RATE_RULES, TO_VERIFY, type RateRule } from './rate-rules';
import type { TrueCost } from './types';

export interface RateWarningInput {
  jurisdiction: Jurisdiction;
  lenderType: LenderType;
  militaryBorrower: boolean;
  terms: LoanTerms;
  cost: TrueCost;
  lpr: readonly LprPoint[];
}

/**
 * A rate is "above" a limit only beyond half the display step (0.005 percentage point for annual rates,
 * shown to two decimals; 0.0005 for daily ones, shown to three): a flagged rate never prints as equal to
 * its limit, and the minor-unit rounding of an ordinary schedule (far below this) never trips a rule.
 */
const ANNUAL_MARGIN = 0.00005;
const DAILY_MARGIN = 0.000005;
const DAYS_PER_YEAR = 365;

const CONFIDENCE_ORDER: Confidence[] = ['M', 'S', 'V'];

function weakest(a: Confidence, b: Confidence): Confidence {
  return CONFIDENCE_ORDER.indexOf(a) <= CONFIDENCE_ORDER.indexOf(b) ? a : b;
}

/** The UK caps are in pounds, whatever currency the loan was entered in. */
function pounds(minor: number): Bilingual {
  return { en: money(minor, 'GBP', 'en'), 'zh-CN': money(minor, 'GBP', 'zh-CN') };
}

function applies(rule: RateRule, input: RateWarningInput): boolean {
  if (rule.jurisdiction !== input.jurisdiction) return false;
  if (rule.lenderTypes !== 'any' && !rule.lenderTypes.includes(input.lenderType)) return false;
  if (rule.militaryOnly === true && !input.militaryBorrower) return false;
  const date = input.terms.startDate;
  const window = rule.contractDates;
  if (window?.from !== undefined && date < window.from) return false;
  if (window?.before !== undefined && date >= window.before) return false;
  return true;
}

interface Finding {
  limit: number;
  measured: number;
  values: Record<string, Bilingual | string>;
  /** The data's confidence when weaker than the rule's (an LPR point). */
  dataConfidence?: Confidence;
}

function toWarning(rule: RateRule, finding: Finding): RateWarning {
  const confidence = weakest(rule.confidence, finding.dataConfidence ?? 'V');
  const filled = fill(rule.explanation, finding.values);
  const explanation =
    confidence === 'M'
      ? { en: `${filled.en} ${TO_VERIFY.en}`, 'zh-CN': `${filled['zh-CN']}${TO_VERIFY['zh-CN']}` }
      : filled;
  return {
    ruleId: rule.id,
    tier: rule.tier,
    confidence,
    limit: finding.limit,
    measured: finding.measured,
    measure: rule.measure,
    explanation,
    citation: rule.citation,
  };
}

function annualFinding(apr: number | null, limit: number): Finding | null {
  if (apr === null || !(apr > limit + ANNUAL_MARGIN)) return null;
  return { limit, measured: apr, values: { measured: percent(apr), limit: percent(limit) } };
}

/** 4 × the LPR in force at the contract date; when the table has none for it, the earliest point, for information. */
function lprFinding(multiple: number, when: 'in-force' | 'missing', input: RateWarningInput): Finding | null {
  const date: IsoDate = input.terms.startDate;
  const inForce = lprInForce(input.lpr, date);
  if ((when === 'in-force') !== (inForce !== null)) return null;
  const point = inForce ?? [...input.lpr].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1))[0] ?? null;
  if (point === null) return null;
  const lprRate = point.oneYearPpm / 1_000_000;
  const finding = annualFinding(input.cost.apr, (point.oneYearPpm * multiple) / 1_000_000);
  if (finding === null) return null;
  return {
    ...finding,
    dataConfidence: point.confidence,
    values: {
      ...finding.values,
      lpr: percent(lprRate),
      lprDate: point.effectiveDate,
      contractDate: date,
      lprSource: point.source,
      lprConfidence: CONFIDENCE_WORDS[point.confidence],
    },
  };
}

function judge(rule: RateRule, input: RateWarningInput): Finding | null {
  const { cost, terms } = input;
  const limit = rule.limit;
  switch (limit.kind) {
    case 'annual':
      return annualFinding(cost.apr, limit.value);
    case 'lpr-multiple':
      return lprFinding(limit.multiple, limit.lpr, input);
    case 'gap-over-advertised': {
      if (cost.apr === null || !(cost.apr - cost.advertisedAnnual > limit.value + ANNUAL_MARGIN)) return null;
      return {
        limit: cost.advertisedAnnual,
        measured: cost.apr,
        values: { measured: percent(cost.apr), advertised: percent(cost.advertisedAnnual) },
      };
    }
    case 'daily': {
      // The APR from the IRR, per day: interest and fees per day on the balance actually owed.
      if (cost.apr === null) return null;
      const daily = cost.apr / DAYS_PER_YEAR;
      if (!(daily > limit.value + DAILY_MARGIN)) return null;
      return { limit: limit.value, measured: daily, values: { measured: percent(daily, 3), limit: percent(limit.value, 1) } };
    }
    case 'total-cost-ratio': {
      // Exact in minor units: cost > value × received. Measured against what was received (the credit).
      if (cost.received <= 0 || !(cost.totalCost > limit.value * cost.received)) return null;
      const ratio = cost.totalCost / cost.received;
      return { limit: limit.value, measured: ratio, values: { measured: percent(ratio, 0), limit: percent(limit.value, 0) } };
    }
    case 'fee-minor': {
      const lateFee = terms.penalty.lateFee;
      if (lateFee.type !== 'fixed' || !(lateFee.minor > limit.value)) return null;
      return {
        limit: limit.value,
        measured: lateFee.minor,
        values: { measured: pounds(lateFee.minor), limit: pounds(limit.value) },
      };
    }
  }
}

/** Rule ids that give way to a stronger finding of the same rule (pre-2020 private loans: 36 % over 24 %). */
const SUPERSEDED_BY: Record<string, string> = { 'CN-RATE-01-PRE2020-24': 'CN-RATE-01-PRE2020-36' };

/**
 * The rate warnings for a loan, in rule-pack order. Which rules apply depends on the jurisdiction, the
 * lender type, the contract date (startDate) and, for the US Military Lending Act, the user's opt-in.
 * Annual limits are compared with the APR from the IRR (nominal, the lower of the two annual figures, so
 * no warning rests on compounding alone).
 */
export function rateWarnings(input: RateWarningInput): RateWarning[] {
  const warnings: RateWarning[] = [];
  for (const rule of RATE_RULES) {
    if (!applies(rule, input)) continue;
    const finding = judge(rule, input);
    if (finding !== null) warnings.push(toWarning(rule, finding));
  }
  const ids = new Set(warnings.map((w) => w.ruleId));
  return warnings.filter((w) => !ids.has(SUPERSEDED_BY[w.ruleId] ?? ''));
}
