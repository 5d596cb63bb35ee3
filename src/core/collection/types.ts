// The shapes of the collector-contact log as the conduct rules read them: one entry per contact, the
// people in the user's circle, and the findings a rule pack produces. Instants are UTC ISO strings; the
// time zone of the person contacted is kept beside each one, because the rules judge local hours.
import type { Bilingual, Confidence, Jurisdiction, WarningTier } from '../cost/legal-types';

export const CONTACT_CHANNELS = ['call', 'sms', 'im', 'app', 'email', 'letter', 'visit'] as const;
/** call 电话 · sms 短信 · im 微信/即时通讯 · app 应用内消息 · email 邮件 · letter 信件 · visit 上门. */
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** 'inbound': the collector or lender reached out (the usual case) · 'outbound': the user contacted them. */
export const CONTACT_DIRECTIONS = ['inbound', 'outbound'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

export const CONTACT_TAGS = [
  'threat',
  'insult',
  'impersonation',
  'disclosure',
  'fake-documents',
  'public-posting',
  'third-party',
  'contact-list',
  'false-claims',
  'fees-or-new-loan',
  'no-identification',
  'entered-home',
  'refused-further-contact',
  'cease-requested',
  'has-attorney',
  'prior-agreement',
] as const;
/**
 * What happened, as the user tags it (the form offers the ones that fit the channel):
 * threat 威胁 · insult 辱骂 · impersonation 冒充公检法/律师 · disclosure 向他人透露欠款 · fake-documents 伪造文书 ·
 * public-posting 公开张贴/曝光 · third-party 联系了第三人 · contact-list 爆通讯录/群发 · false-claims 夸大后果/虚假信息 ·
 * fees-or-new-loan 收取催收费/诱导借新还旧 · no-identification 未表明身份 · entered-home 未经同意进入住所 ·
 * refused-further-contact (a third party) asked not to be contacted again · cease-requested the user asked,
 * in writing, to stop contact · has-attorney the user told them a lawyer represents them ·
 * prior-agreement the user agreed to this contact time beforehand.
 */
export type ContactTag = (typeof CONTACT_TAGS)[number];

export const CIRCLE_RELATIONS = ['parent', 'partner', 'child', 'sibling', 'relative', 'friend', 'colleague', 'employer', 'other'] as const;
export type CircleRelation = (typeof CIRCLE_RELATIONS)[number];

export interface CirclePerson {
  id: string;
  /** What the user calls them (妈妈, "Mum"); never needs a real name. */
  alias: string;
  relation: CircleRelation;
  /** Optional phone number or account, as the user typed it. */
  number: string;
}

/** Who was contacted: the user themselves, or a person from their circle. */
export type ContactTarget = { kind: 'self' } | { kind: 'circle'; personId: string };

export interface ContactEntry {
  id: string;
  /** When it happened, a UTC instant. */
  occurredAt: string;
  /** The IANA zone of the person contacted, for local-hour rules (default: the user's zone when logged). */
  timeZone: string;
  channel: ContactChannel;
  direction: ContactDirection;
  /** The number, account or address the contact came from. */
  fromNumber: string;
  /** The organisation they claimed to be, and the agent's name or id. */
  organisation: string;
  agent: string;
  /** The loan it concerns, if known. */
  loanId: string | null;
  target: ContactTarget;
  /** For calls: whether it connected; other channels count as answered (delivered). */
  answered: boolean;
  /** Call length in seconds; null when unknown or not a call. */
  durationSeconds: number | null;
  /** What was said, in the user's words. */
  summary: string;
  tags: ContactTag[];
}

/** The jurisdictions with a rule pack; OTHER gets the information-only checks. */
export type ConductJurisdiction = Jurisdiction;

export interface ConductRule {
  /** Stable id from the reference, e.g. 'CN-TIME-01'. */
  id: string;
  jurisdiction: ConductJurisdiction;
  tier: WarningTier;
  title: Bilingual;
  /** Plain-language explanation: what the rule says and why this entry meets it. */
  explanation: Bilingual;
  citation: string;
  confidence: Confidence;
}

export interface ConductFinding {
  ruleId: string;
  jurisdiction: ConductJurisdiction;
  tier: WarningTier;
  title: Bilingual;
  explanation: Bilingual;
  citation: string;
  confidence: Confidence;
  /** The entries the finding rests on (one, or several for frequency and sequence rules), oldest first. */
  entryIds: string[];
  /** The entry it is shown on (the one that crossed the line). */
  primaryEntryId: string;
  /** Local date (in the contacted person's zone) the finding concerns, YYYY-MM-DD. */
  date: string;
}

export interface ConductInput {
  entries: readonly ContactEntry[];
  /** The jurisdiction to judge each entry under: the entry's loan's jurisdiction, or the default. */
  jurisdictionOf: (entry: ContactEntry) => ConductJurisdiction;
  circle: readonly CirclePerson[];
}
