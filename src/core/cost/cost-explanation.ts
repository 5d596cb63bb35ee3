// One sentence, in both languages, saying why the true annual rate differs from the advertised one:
// the figure alone does not tell a borrower what to question.
import { periodicFees, upfrontCharges } from '../loans/fees';
import type { LoanTerms } from '../loans/types';
import type { CurrencyCode } from '../money';
import { fill, money, percent } from './format';
import type { Bilingual } from './legal-types';
import type { TrueCost } from './types';

/** Rates closer than this (0.05 percentage point) are "the same" for the sentence. */
const SAME_RATE = 0.0005;

const NO_RATE: Bilingual = {
  en: 'The true annual rate cannot be worked out: no repayment is scheduled beyond what was received.',
  'zh-CN': '无法计算真实年化利率：没有安排超出到手金额的还款。',
};

const SAME: Bilingual = {
  en: 'The true annual rate is {apr}, the same as the {advertised} advertised: nothing is charged beyond the stated interest.',
  'zh-CN': '真实年化利率为 {apr}，与宣传的 {advertised} 一致：除约定利息外没有其他费用。',
};

const LOWER: Bilingual = {
  en: 'The true annual rate is {apr}, a little below the {advertised} advertised, because of when the payments fall and how the interest is counted.',
  'zh-CN': '真实年化利率为 {apr}，略低于宣传的 {advertised}，这是还款日期和计息方式造成的。',
};

const HIGHER_PREFIX: Bilingual = {
  en: 'The true annual rate is {apr}, not the {advertised} advertised, because ',
  'zh-CN': '真实年化利率为 {apr}，而不是宣传的 {advertised}，因为',
};

const REASONS = {
  deducted: {
    en: 'a {fee} fee was taken out of the amount you received and you pay interest on money you no longer have.',
    'zh-CN': '放款时先扣除了 {fee} 的费用（砍头息），到手的钱变少了，利息却仍按合同本金计算。',
  },
  paidSeparately: {
    en: 'you paid a {fee} fee at the start, so you had less of the money to use than the contract says.',
    'zh-CN': '借款时另外支付了 {fee} 的费用，实际可用的钱比合同金额少。',
  },
  installmentFee: {
    en: 'the fee is charged on the full original amount every month, even after you have repaid part of it.',
    'zh-CN': '每期手续费都按最初的分期本金收取，即使已经还掉一部分本金，手续费也不减少。',
  },
  fees: {
    en: 'fees charged with the installments come on top of the interest.',
    'zh-CN': '随每期还款收取的费用叠加在利息之上。',
  },
  daily360: {
    en: 'the daily rate is charged on all 365 days of the year, while the advertised figure counts only 360.',
    'zh-CN': '日利率按一年 365 天收取，而宣传的年利率只按 360 天折算。',
  },
  timing: {
    en: 'of when the payments fall and how the interest is counted (for example a first period longer than the others).',
    'zh-CN': '还款日期和计息方式（例如首期比其他各期长）。',
  },
} satisfies Record<string, Bilingual>;

function mainReason(terms: LoanTerms): { reason: Bilingual; fee: number } {
  const { deducted, paidSeparately } = upfrontCharges(terms);
  if (deducted > 0) return { reason: REASONS.deducted, fee: deducted };
  if (paidSeparately > 0) return { reason: REASONS.paidSeparately, fee: paidSeparately };
  if (terms.method === 'card-installment' && (terms.installmentFeePpm ?? 0) > 0) {
    return { reason: REASONS.installmentFee, fee: 0 };
  }
  const oneOff = terms.fees.some((fee) => fee.kind === 'one-off');
  if (periodicFees(terms) > 0 || oneOff) return { reason: REASONS.fees, fee: 0 };
  if (terms.rate.unit === 'day' && terms.rate.dayCountBasis === 360) return { reason: REASONS.daily360, fee: 0 };
  return { reason: REASONS.timing, fee: 0 };
}

/**
 * Why the true annual rate (APR from the IRR, as TrueCost gives it) differs from the advertised one, naming
 * the main cause: an up-front deduction (砍头息), a fee paid at the start, a card installment's fee on the
 * original principal, fees with the installments, a 360-day year, or the payment timing. Amounts are shown
 * in `currency`.
 */
export function costExplanation(cost: TrueCost, terms: LoanTerms, currency: CurrencyCode = 'CNY'): Bilingual {
  if (cost.apr === null) return NO_RATE;
  const rates = { apr: percent(cost.apr), advertised: percent(cost.advertisedAnnual) };
  const gap = cost.apr - cost.advertisedAnnual;
  if (Math.abs(gap) < SAME_RATE) return fill(SAME, rates);
  if (gap < 0) return fill(LOWER, rates);
  const { reason, fee } = mainReason(terms);
  const sentence = {
    en: HIGHER_PREFIX.en + reason.en,
    'zh-CN': HIGHER_PREFIX['zh-CN'] + reason['zh-CN'],
  };
  return fill(sentence, {
    ...rates,
    fee: { en: money(fee, currency, 'en'), 'zh-CN': money(fee, currency, 'zh-CN') },
  });
}
