// The words the dossier report uses, in zh-CN and English, and the small formatters (local time with its
// zone, byte sizes) shared by the report and the letters. Kept apart so the HTML builder stays about layout.
import type { ContactChannel, ContactTag, CircleRelation } from '../../core/collection/types';
import type { Confidence, WarningTier } from '../../core/cost/legal-types';
import { toLocal } from '../../core/reminders/zoned-time';
import type { DossierLanguage } from './dossier-types';

type Words<K extends string> = Record<K, { en: string; 'zh-CN': string }>;

export const TIER_WORDS: Words<WarningTier> = {
  'likely-violation': { en: 'Likely violation', 'zh-CN': '可能违规' },
  'possible-issue': { en: 'Possible issue', 'zh-CN': '可能存在问题' },
  information: { en: 'Information', 'zh-CN': '提示信息' },
};

export const CONFIDENCE_WORDS: Words<Confidence> = {
  V: { en: 'Checked against the primary text', 'zh-CN': '已核对原文' },
  S: { en: 'From a secondary source', 'zh-CN': '来自二手资料' },
  M: { en: 'To verify', 'zh-CN': '待核实' },
};

export const CHANNEL_WORDS: Words<ContactChannel> = {
  call: { en: 'Call', 'zh-CN': '电话' },
  sms: { en: 'SMS', 'zh-CN': '短信' },
  im: { en: 'WeChat / IM', 'zh-CN': '微信/即时通讯' },
  app: { en: 'App message', 'zh-CN': '应用内消息' },
  email: { en: 'Email', 'zh-CN': '邮件' },
  letter: { en: 'Letter', 'zh-CN': '信件' },
  visit: { en: 'Visit', 'zh-CN': '上门' },
};

export const TAG_WORDS: Words<ContactTag> = {
  threat: { en: 'threat', 'zh-CN': '威胁' },
  insult: { en: 'insult', 'zh-CN': '辱骂' },
  impersonation: { en: 'impersonating police/court/lawyer', 'zh-CN': '冒充公检法/律师' },
  disclosure: { en: 'disclosed the debt to others', 'zh-CN': '向他人透露欠款' },
  'fake-documents': { en: 'fake documents', 'zh-CN': '伪造文书' },
  'public-posting': { en: 'public posting', 'zh-CN': '公开张贴/曝光' },
  'third-party': { en: 'contacted a third party', 'zh-CN': '联系了第三人' },
  'contact-list': { en: 'contact-list blast', 'zh-CN': '爆通讯录/群发' },
  'false-claims': { en: 'false or exaggerated claims', 'zh-CN': '夸大后果/虚假信息' },
  'fees-or-new-loan': { en: 'fees or a new loan pushed', 'zh-CN': '收取催收费/诱导借新还旧' },
  'no-identification': { en: 'did not identify themselves', 'zh-CN': '未表明身份' },
  'entered-home': { en: 'entered the home', 'zh-CN': '未经同意进入住所' },
  'refused-further-contact': { en: 'asked not to be contacted again', 'zh-CN': '已拒绝再被联系' },
  'cease-requested': { en: 'asked in writing to stop contact', 'zh-CN': '已书面要求停止联系' },
  'has-attorney': { en: 'told them a lawyer represents me', 'zh-CN': '已告知有律师代理' },
  'prior-agreement': { en: 'time agreed beforehand', 'zh-CN': '事先约定的时间' },
};

export const RELATION_WORDS: Words<CircleRelation> = {
  parent: { en: 'parent', 'zh-CN': '父母' },
  partner: { en: 'partner', 'zh-CN': '伴侣' },
  child: { en: 'child', 'zh-CN': '子女' },
  sibling: { en: 'sibling', 'zh-CN': '兄弟姐妹' },
  relative: { en: 'relative', 'zh-CN': '亲戚' },
  friend: { en: 'friend', 'zh-CN': '朋友' },
  colleague: { en: 'colleague', 'zh-CN': '同事' },
  employer: { en: 'employer', 'zh-CN': '雇主' },
  other: { en: 'other', 'zh-CN': '其他' },
};

/** Every fixed label of the report, by language. */
export const REPORT_WORDS = {
  en: {
    title: 'Collection conduct report',
    generated: 'Generated',
    summary: 'Summary',
    who: 'Organisation',
    loan: 'Loan',
    period: 'Period',
    contacts: 'Contacts logged',
    thirdParty: 'Contacts with people in my circle',
    evidenceCount: 'Evidence files',
    findings: 'Findings',
    noFindings: 'No rule was met by the logged contacts.',
    rule: 'Rule',
    tier: 'Tier',
    confidence: 'Confidence',
    citation: 'Citation',
    date: 'Date',
    entries: 'Entries',
    timeline: 'Timeline of contacts',
    noEntries: 'No contacts in this period.',
    when: 'When (local time)',
    channel: 'Channel',
    from: 'From',
    orgAgent: 'Organisation / agent',
    contacted: 'Who was contacted',
    me: 'Me',
    tags: 'Tags',
    whatWasSaid: 'What was said',
    answered: 'answered',
    unanswered: 'not answered',
    outbound: 'I contacted them',
    revisions: 'revisions',
    evidence: 'Evidence',
    noEvidence: 'No files attached.',
    filename: 'File',
    size: 'Size',
    sha256: 'SHA-256',
    imported: 'Imported',
    entry: 'Entry',
    chain: 'Integrity',
    chainHead: 'Hash-chain head',
    chainOk: 'The hash chain over entries and evidence verified when this report was made.',
    chainBroken: 'The hash chain did NOT verify; first broken link:',
    chainHow:
      'Each revision and evidence file is linked by SHA-256 to the one before it; the ZIP export lists every file in SHA256SUMS, which “sha256sum -c SHA256SUMS” checks.',
    notAdvice:
      'This report organises what I recorded and compares it with published rules. It is information, not legal advice; a rule marked "to verify" has not been confirmed against its source.',
    any: 'all',
    unknown: 'not stated',
  },
  'zh-CN': {
    title: '催收行为记录报告',
    generated: '生成时间',
    summary: '概要',
    who: '机构',
    loan: '借款',
    period: '期间',
    contacts: '记录的联系次数',
    thirdParty: '联系我身边人的次数',
    evidenceCount: '证据文件',
    findings: '检查结果',
    noFindings: '所记录的联系未触及任何规则。',
    rule: '规则',
    tier: '等级',
    confidence: '可信度',
    citation: '依据',
    date: '日期',
    entries: '相关记录',
    timeline: '联系时间线',
    noEntries: '此期间没有联系记录。',
    when: '时间（当地）',
    channel: '方式',
    from: '来电号码/账号',
    orgAgent: '机构 / 催收员',
    contacted: '被联系人',
    me: '本人',
    tags: '标记',
    whatWasSaid: '对方所说',
    answered: '已接通',
    unanswered: '未接通',
    outbound: '我主动联系',
    revisions: '次修改',
    evidence: '证据',
    noEvidence: '未附加文件。',
    filename: '文件',
    size: '大小',
    sha256: 'SHA-256',
    imported: '导入时间',
    entry: '记录',
    chain: '完整性',
    chainHead: '哈希链末端',
    chainOk: '生成本报告时，记录与证据的哈希链校验通过。',
    chainBroken: '哈希链校验未通过，首个断点：',
    chainHow:
      '每次修改和每个证据文件都以 SHA-256 与前一项相连；导出的 ZIP 在 SHA256SUMS 中列出每个文件，可用“sha256sum -c SHA256SUMS”校验。',
    notAdvice: '本报告整理了我的记录，并与已公布的规则进行对照。它提供信息，并非法律意见；标为"待核实"的规则尚未与原文核对。',
    any: '全部',
    unknown: '未说明',
  },
} as const;

export type ReportWords = (typeof REPORT_WORDS)[DossierLanguage];

/** "2026-03-01 22:30 (Asia/Shanghai)": the wall-clock time where it happened, with the zone named. */
export function localTimeText(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return instant;
  let zone = timeZone;
  let local: ReturnType<typeof toLocal>;
  try {
    local = toLocal(ms, zone);
  } catch {
    zone = 'UTC';
    local = toLocal(ms, zone);
  }
  const hh = String(local.hour).padStart(2, '0');
  const mm = String(local.minute).padStart(2, '0');
  return `${local.date} ${hh}:${mm} (${zone})`;
}

/** The local calendar date of an instant in a zone (UTC when the zone is unknown). */
export function localDate(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  try {
    return toLocal(ms, timeZone).date;
  } catch {
    return toLocal(ms, 'UTC').date;
  }
}

/** Exact byte counts with a readable unit beside them (1 KiB = 1024 bytes). */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]} (${bytes} B)`;
}
