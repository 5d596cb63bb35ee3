// Rate limits by jurisdiction and lender type, as data the true-cost warnings are judged against.
// Facts come from ../shared/reference/collection-rules.md; each carries its confidence so the UI can
// label unconfirmed ones "to verify" and never state them as certain.
import type { IsoDate } from '../dates';

export const JURISDICTIONS = ['CN', 'US', 'UK', 'OTHER'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const LENDER_TYPES = [
  'bank',
  'credit-card',
  'consumer-finance',
  'online-lender',
  'microloan',
  'private',
  'hcstc',
  'other',
] as const;
/**
 * bank 银行 · credit-card 信用卡 · consumer-finance 消费金融公司 · online-lender 网贷平台/助贷 ·
 * microloan 小额贷款公司 · private 民间借贷 (person to person or a non-licensed lender) ·
 * hcstc UK high-cost short-term credit (payday) · other.
 */
export type LenderType = (typeof LENDER_TYPES)[number];

/** [V] primary text read · [S] secondary source · [M] recollection, unconfirmed ("to verify"). */
export type Confidence = 'V' | 'S' | 'M';

export type WarningTier = 'likely-violation' | 'possible-issue' | 'information';

/** One point of China's one-year Loan Prime Rate series (贷款市场报价利率). */
export interface LprPoint {
  effectiveDate: IsoDate;
  oneYearPpm: number;
  source: string;
  confidence: Confidence;
}

export interface Bilingual {
  en: string;
  'zh-CN': string;
}

export interface RateWarning {
  ruleId: string;
  tier: WarningTier;
  confidence: Confidence;
  /** The limit as an annual fraction (0.24), or for a daily or total-cost cap the cap in its own unit. */
  limit: number;
  /** The loan's figure the limit was compared with, in the same unit. */
  measured: number;
  measure: 'apr' | 'ear' | 'daily-rate' | 'total-cost-ratio' | 'default-fee';
  /** A plain sentence in both languages; information, not legal advice. */
  explanation: Bilingual;
  citation: string;
}
