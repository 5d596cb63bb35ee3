// The rate-limit rule pack as data, from ../shared/reference/collection-rules.md: each rule's tier,
// confidence, limit, citation and explanation, so the rules can be reviewed without reading the logic.
import type { IsoDate } from '../dates';
import type { Bilingual, Confidence, Jurisdiction, LenderType, RateWarning, WarningTier } from './legal-types';

export type RuleLimit =
  /** An annual rate (fraction) compared with the loan's APR from the IRR. */
  | { kind: 'annual'; value: number }
  /**
   * A multiple of the one-year LPR in force at the contract date. 'in-force': judged when the series has
   * a point for that date; 'missing': when it has none, against the earliest point, for information.
   */
  | { kind: 'lpr-multiple'; multiple: number; lpr: 'in-force' | 'missing' }
  /** Interest and fees per day as a share of what is owed (fraction). */
  | { kind: 'daily'; value: number }
  /** Total cost of credit over the amount of credit received. */
  | { kind: 'total-cost-ratio'; value: number }
  /** A default (late) fee in minor units. */
  | { kind: 'fee-minor'; value: number }
  /** How far the APR may exceed the advertised annual rate (fraction) before the rule speaks. */
  | { kind: 'gap-over-advertised'; value: number };

export interface RateRule {
  id: string;
  jurisdiction: Jurisdiction;
  lenderTypes: readonly LenderType[] | 'any';
  /** Contracts dated in [from, before): the limits of Chinese private lending changed on 2020-08-20. */
  contractDates?: { from?: IsoDate; before?: IsoDate };
  /** US Military Lending Act: only when the user says the borrower is covered. */
  militaryOnly?: boolean;
  tier: WarningTier;
  /** The rule's own confidence; a warning is never surer than the data it used (an LPR point). */
  confidence: Confidence;
  limit: RuleLimit;
  measure: RateWarning['measure'];
  citation: string;
  /** Template: {measured}, {limit}, and per rule {lpr}, {lprDate}, {contractDate}, {lprSource}, {lprConfidence}, {advertised}. */
  explanation: Bilingual;
}

/** The day the 2020 revision of the SPC private-lending rules (4 × LPR) took effect. */
export const LPR_REGIME_START = '2020-08-20';

export const LICENSED_LENDERS: readonly LenderType[] = ['bank', 'credit-card', 'consumer-finance', 'online-lender', 'microloan'];
const NOT_PRIVATE: readonly LenderType[] = [...LICENSED_LENDERS, 'hcstc', 'other'];

const SPC_2020 =
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定（2020 年修正）第 25–29 条，第 26 条（预先扣除的利息：按实际出借金额认定本金）；民法典第 670 条 · SPC Provisions on Private Lending Cases (2020 rev.) Arts 25–29, Art. 26; Civil Code Art. 670';
const SPC_2015 =
  '最高人民法院关于审理民间借贷案件适用法律若干问题的规定（2015）· SPC Provisions on Private Lending Cases (2015): the 24 % / 36 % rule (to verify)';
const ILLEGAL_LENDING_2019 =
  '最高人民法院、最高人民检察院、公安部、司法部《关于办理非法放贷刑事案件若干问题的意见》（2019）· 2019 opinion on illegal lending cases (to verify)';
const UK_HCSTC = 'FCA Handbook CONC 5A.3.3R; CONC 5A.5.2R';

export const RATE_RULES: readonly RateRule[] = [
  {
    id: 'CN-RATE-01',
    jurisdiction: 'CN',
    lenderTypes: ['private'],
    contractDates: { from: LPR_REGIME_START },
    tier: 'likely-violation',
    confidence: 'V',
    limit: { kind: 'lpr-multiple', multiple: 4, lpr: 'in-force' },
    measure: 'apr',
    citation: SPC_2020,
    explanation: {
      en: 'The true annual rate of {measured}, worked out on the money you actually received, is above {limit}: four times the one-year LPR of {lpr} in force on the contract date, {contractDate}. For private loans, courts do not support interest above this line, so the part above it may not be owed. LPR figure from {lprDate}: {lprSource} (confidence: {lprConfidence}).',
      'zh-CN':
        '按实际到手的金额计算，真实年化利率为 {measured}，高于 {limit}，即合同成立日（{contractDate}）一年期 LPR {lpr} 的四倍。对民间借贷，超过这一标准的利息法院不予支持，超出部分可能无需支付。LPR 数据（自 {lprDate} 起）：{lprSource}（可信度：{lprConfidence}）。',
    },
  },
  {
    id: 'CN-RATE-01-LPR-MISSING',
    jurisdiction: 'CN',
    lenderTypes: ['private'],
    contractDates: { from: LPR_REGIME_START },
    tier: 'information',
    confidence: 'M',
    limit: { kind: 'lpr-multiple', multiple: 4, lpr: 'missing' },
    measure: 'apr',
    citation: SPC_2020,
    explanation: {
      en: 'The true annual rate is {measured}. For private loans, courts do not support interest above four times the one-year LPR in force on the contract date, {contractDate}, but the rate table has no LPR for that date. With the earliest recorded one ({lpr} from {lprDate}) the line would be {limit}; the LPR then may have been different. You can add it in Settings to check.',
      'zh-CN':
        '真实年化利率为 {measured}。对民间借贷，超过合同成立日（{contractDate}）一年期 LPR 四倍的利息法院不予支持，但利率表中没有该日的 LPR。按已记录最早的 LPR（自 {lprDate} 起 {lpr}）计算，这一标准为 {limit}；当时的 LPR 可能不同。您可以在设置中补充后再核对。',
    },
  },
  {
    id: 'CN-RATE-01-PRE2020-36',
    jurisdiction: 'CN',
    lenderTypes: ['private'],
    contractDates: { before: LPR_REGIME_START },
    tier: 'likely-violation',
    confidence: 'M',
    limit: { kind: 'annual', value: 0.36 },
    measure: 'apr',
    citation: SPC_2015,
    explanation: {
      en: 'The true annual rate of {measured} is above 36 %. For private loans made before 20 August 2020, interest above 36 % a year was not enforceable under the earlier court rules, so the part above it may not be owed.',
      'zh-CN':
        '真实年化利率为 {measured}，高于 36%。对 2020 年 8 月 20 日之前成立的民间借贷，按原司法解释，超过年利率 36% 的利息无效，超出部分可能无需支付。',
    },
  },
  {
    id: 'CN-RATE-01-PRE2020-24',
    jurisdiction: 'CN',
    lenderTypes: ['private'],
    contractDates: { before: LPR_REGIME_START },
    tier: 'possible-issue',
    confidence: 'M',
    limit: { kind: 'annual', value: 0.24 },
    measure: 'apr',
    citation: SPC_2015,
    explanation: {
      en: 'The true annual rate of {measured} is above 24 %. For private loans made before 20 August 2020, courts did not order interest above 24 % a year to be paid, though interest already paid up to 36 % was usually not returned.',
      'zh-CN':
        '真实年化利率为 {measured}，高于 24%。对 2020 年 8 月 20 日之前成立的民间借贷，法院不支持出借人请求支付超过年利率 24% 的利息，但已支付的 36% 以内的利息通常不予返还。',
    },
  },
  {
    id: 'CN-RATE-02',
    jurisdiction: 'CN',
    lenderTypes: LICENSED_LENDERS,
    tier: 'possible-issue',
    confidence: 'S',
    limit: { kind: 'annual', value: 0.24 },
    measure: 'apr',
    citation:
      '无公开发布的上限。依据：最高人民法院 法发〔2017〕22号（待核实）；国家金融监督管理总局 金规〔2025〕9号第 6 条（助贷，据报道） · No published cap. Basis: SPC Fa Fa [2017] No. 22 (to verify); NFRA Jin Gui [2025] No. 9 Art. 6 on bank partnership lending (as reported)',
    explanation: {
      en: 'The true annual rate of {measured}, fees included, is above 24 %. There is no published 24 % cap for licensed lenders: the line comes from a 2017 Supreme People’s Court opinion (not yet confirmed) and, as reported, a 2025 regulator notice on lending through partners, and it is used as a guide. A cost this high may be worth raising with the lender or a regulator.',
      'zh-CN':
        '计入各项费用，真实年化利率为 {measured}，高于 24%。持牌机构并没有公开发布的 24% 上限：这一标准来自 2017 年最高人民法院的意见（尚未核实）以及据报道 2025 年监管部门关于助贷业务的通知，通常作为参考。这样的成本可能值得向贷款机构或监管部门提出。',
    },
  },
  {
    id: 'CN-RATE-03',
    jurisdiction: 'CN',
    lenderTypes: ['private'],
    tier: 'likely-violation',
    confidence: 'M',
    limit: { kind: 'annual', value: 0.36 },
    measure: 'apr',
    citation: ILLEGAL_LENDING_2019,
    explanation: {
      en: 'The true annual rate of {measured} is above 36 %. When someone lends to the public as a business without a licence, a 2019 opinion on illegal lending treats interest above 36 % a year as a mark of an illegal lending business.',
      'zh-CN':
        '真实年化利率为 {measured}，高于 36%。对未经许可、以放贷为业的出借人，2019 年关于非法放贷的意见将年利率超过 36% 作为认定非法放贷的标准之一。',
    },
  },
  {
    id: 'CN-RATE-03-OTHER',
    jurisdiction: 'CN',
    lenderTypes: NOT_PRIVATE,
    tier: 'possible-issue',
    confidence: 'M',
    limit: { kind: 'annual', value: 0.36 },
    measure: 'apr',
    citation: ILLEGAL_LENDING_2019,
    explanation: {
      en: 'The true annual rate of {measured} is above 36 %. A 2019 opinion treats this level as a mark of illegal lending when the lender has no licence; if this lender is licensed, a cost this high may still be worth raising with a regulator.',
      'zh-CN':
        '真实年化利率为 {measured}，高于 36%。2019 年的意见将这一水平作为认定无牌照非法放贷的标准之一；即使该机构持有牌照，这样的成本也可能值得向监管部门反映。',
    },
  },
  {
    id: 'CN-DISC-01',
    jurisdiction: 'CN',
    lenderTypes: NOT_PRIVATE,
    tier: 'information',
    confidence: 'S',
    limit: { kind: 'gap-over-advertised', value: 0.02 },
    measure: 'apr',
    citation: '中国人民银行公告〔2021〕第 3 号 · PBOC Announcement [2021] No. 3',
    explanation: {
      en: 'The advertised {advertised} is a simple figure; counting every fee and what you actually owe each period, the annual rate is {measured}. PBOC Announcement [2021] No. 3 asks lenders to show this annualised rate (IRR) on loan offers, so you may ask the lender for it.',
      'zh-CN':
        '宣传的 {advertised} 是简单折算的利率；计入全部费用并按每期实际占用的本金计算，年化利率为 {measured}。中国人民银行公告〔2021〕第 3 号要求贷款产品展示这种年化利率（IRR），您可以要求贷款机构提供。',
    },
  },
  {
    id: 'UK-HCSTC-01-DAILY',
    jurisdiction: 'UK',
    lenderTypes: ['hcstc'],
    tier: 'likely-violation',
    confidence: 'S',
    limit: { kind: 'daily', value: 0.008 },
    measure: 'daily-rate',
    citation: UK_HCSTC,
    explanation: {
      en: 'Interest and fees on this loan come to about {measured} a day of the amount owed, above the {limit} a day cap for high-cost short-term credit. Charges above the cap may not be enforceable.',
      'zh-CN': '这笔贷款的利息和费用约为每天欠款的 {measured}，高于英国高成本短期贷款每天 {limit} 的上限。超出上限的收费可能无法强制执行。',
    },
  },
  {
    id: 'UK-HCSTC-01-FEE',
    jurisdiction: 'UK',
    lenderTypes: ['hcstc'],
    tier: 'likely-violation',
    confidence: 'S',
    limit: { kind: 'fee-minor', value: 1500 },
    measure: 'default-fee',
    citation: UK_HCSTC,
    explanation: {
      en: 'The default fee of {measured} is above the {limit} cap on default fees for high-cost short-term credit. The part above the cap may not be enforceable.',
      'zh-CN': '违约费 {measured} 高于英国高成本短期贷款 {limit} 的违约费上限。超出部分可能无法强制执行。',
    },
  },
  {
    id: 'UK-HCSTC-01-TOTAL',
    jurisdiction: 'UK',
    lenderTypes: ['hcstc'],
    tier: 'likely-violation',
    confidence: 'S',
    limit: { kind: 'total-cost-ratio', value: 1 },
    measure: 'total-cost-ratio',
    citation: 'FCA Handbook CONC 5A.3.2R; CONC 5A.5.2R',
    explanation: {
      en: 'Interest and fees add up to {measured} of the amount you received, above the {limit} total cost cap for high-cost short-term credit. Charges above the cap may not be enforceable.',
      'zh-CN': '利息和费用合计为到手金额的 {measured}，高于英国高成本短期贷款 {limit} 的总成本上限。超出上限的收费可能无法强制执行。',
    },
  },
  {
    id: 'US-MLA-01',
    jurisdiction: 'US',
    lenderTypes: 'any',
    militaryOnly: true,
    tier: 'likely-violation',
    confidence: 'M',
    limit: { kind: 'annual', value: 0.36 },
    measure: 'apr',
    citation: 'Military Lending Act, 10 U.S.C. § 987; 32 CFR Part 232 (36 % MAPR)',
    explanation: {
      en: 'The annual rate of {measured}, fees included (the Military APR), is above the 36 % limit of the Military Lending Act for covered service members and their dependants. A loan above it may be void, and you may ask the lender or the CFPB about it.',
      'zh-CN':
        '计入费用的年化利率（军人年化利率 MAPR）为 {measured}，高于美国《军人借贷法》对现役军人及其家属规定的 36% 上限。超过上限的贷款合同可能无效，您可以向贷款机构或 CFPB 咨询。',
    },
  },
];

/** Added to every explanation whose confidence is 'M'. */
export const TO_VERIFY: Bilingual = {
  en: 'This rule comes from a source we have not yet confirmed; check it before relying on it.',
  'zh-CN': '此条依据尚未核实，请先核对再作依据。',
};

/** Added after each explanation: the app informs, it does not advise. */
export const NOT_ADVICE: Bilingual = {
  en: 'This is information, not legal advice.',
  'zh-CN': '以上仅为信息提示，不构成法律意见。',
};

/** How each confidence level reads inside an explanation. */
export const CONFIDENCE_WORDS: Record<Confidence, Bilingual> = {
  V: { en: 'primary text read', 'zh-CN': '已核对原文' },
  S: { en: 'secondary source', 'zh-CN': '二手来源' },
  M: { en: 'unconfirmed, to verify', 'zh-CN': '未经核实，待核对' },
};
