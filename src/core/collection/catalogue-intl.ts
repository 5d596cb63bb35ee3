// The US (FDCPA, Regulation F), UK (FCA CONC 7) and information-only rules as data, from
// ../shared/reference/collection-rules.md; presumptions and heuristics are 'possible-issue', never certain.
import type { RuleDef } from './finding';

export const US_RULES: readonly RuleDef[] = [
  {
    id: 'US-TIME-01',
    jurisdiction: 'US',
    tier: 'likely-violation',
    confidence: 'V',
    title: { en: 'Contact before 8 am or after 9 pm', 'zh-CN': '早上 8 点前或晚上 9 点后联系' },
    explanation: {
      en: 'Debt collectors may not contact {who} before 8 am or after 9 pm at {whose} location unless {who} agreed to it. This {kind}{to} was at {time} local time.',
      'zh-CN': '除非{who}事先同意，债务催收方不得在{who}当地时间早上 8 点前或晚上 9 点后联系{who}。这次联系发生在当地时间 {time}。',
    },
    citation: '15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i)',
  },
  {
    id: 'US-FREQ-01',
    jurisdiction: 'US',
    tier: 'possible-issue',
    confidence: 'S',
    title: { en: 'More than 7 calls in 7 days', 'zh-CN': '7 天内来电超过 7 次' },
    explanation: {
      en: 'A collector who calls a person more than 7 times within 7 days about one debt is presumed to be harassing them. The presumption can be rebutted, so this is a possible issue. This was call {count} to {person} about this debt between {since} and {date}.',
      'zh-CN': '7 天内就同一笔债务给同一人打电话超过 7 次，会被推定为骚扰（这种推定可以被反驳，所以列为可能的问题）。这是 {since} 至 {date} 期间就这笔债务打给{person}的第 {count} 通电话。',
    },
    citation: '15 U.S.C. 1692d(5); 12 CFR 1006.14(b)(2)(ii) with (b)(2)(i)(A)',
  },
  {
    id: 'US-FREQ-02',
    jurisdiction: 'US',
    tier: 'possible-issue',
    confidence: 'S',
    title: { en: 'Call within 7 days of a conversation', 'zh-CN': '通话后 7 天内再次来电' },
    explanation: {
      en: 'After a phone conversation about a debt, a collector who calls again within 7 days (the day of the conversation is day 1) is presumed to be harassing. The presumption can be rebutted. The conversation was on {since}; this call on {date} fell on day {day}.',
      'zh-CN': '就某笔债务通话后 7 天内（通话当天算第 1 天）再次来电，会被推定为骚扰（这种推定可以被反驳）。通话发生在 {since}，这通 {date} 的电话在第 {day} 天。',
    },
    citation: '15 U.S.C. 1692d(5); 12 CFR 1006.14(b)(2)(ii) with (b)(2)(i)(B)',
  },
  {
    id: 'US-CEASE-01',
    jurisdiction: 'US',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Contact after you asked them to stop', 'zh-CN': '你要求停止后仍被联系' },
    explanation: {
      en: 'Once you have told a collector in writing to stop contacting you, or that you refuse to pay, they must stop, except to say they are ending their efforts or to tell you about a specific step such as a lawsuit. You asked on {since}; this contact on {date} came after that.',
      'zh-CN': '你书面要求催收方停止联系（或表示拒绝付款）后，对方必须停止联系；只有告知你将停止催收、或将采取某项具体措施（如起诉）时除外。你在 {since} 提出了要求，这次联系（{date}）发生在那之后。',
    },
    citation: '15 U.S.C. 1692c(c); 12 CFR 1006.6(c)',
  },
  {
    id: 'US-ATTY-01',
    jurisdiction: 'US',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Contact after they knew you have a lawyer', 'zh-CN': '知道你有律师后仍直接联系你' },
    explanation: {
      en: 'Once a collector knows a lawyer represents you about the debt, they must deal with the lawyer, not you, unless the lawyer does not respond. You told them on {since}; this contact on {date} came after that.',
      'zh-CN': '催收方知道你就这笔债务委托了律师后，应当与律师联系而不是直接联系你（律师不回应的情况除外）。你在 {since} 告知了对方，这次联系（{date}）发生在那之后。',
    },
    citation: '15 U.S.C. 1692c(a)(2); 12 CFR 1006.6(b)(2)',
  },
  {
    id: 'US-3P-01',
    jurisdiction: 'US',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Your debt was discussed with others', 'zh-CN': '与他人谈论你的债务' },
    explanation: {
      en: 'Collectors generally may not discuss your debt with anyone other than you, your spouse or your lawyer. You noted that this contact revealed it to others.',
      'zh-CN': '一般情况下，催收方不得与你、你的配偶或你的律师以外的人谈论你的债务。你记录了这次联系向他人透露了债务。',
    },
    citation: '15 U.S.C. 1692c(b); 12 CFR 1006.6(d)',
  },
  {
    id: 'US-LOC-01',
    jurisdiction: 'US',
    tier: 'possible-issue',
    confidence: 'S',
    title: { en: 'Someone else contacted more than once', 'zh-CN': '多次联系他人' },
    explanation: {
      en: 'Collectors may contact other people only to find out where you live or work, without mentioning the debt, and usually only once per person. {person} has now been contacted {count} times ({since} to {date}).',
      'zh-CN': '催收方只能为了查找你的住址或工作单位而联系他人，不得提及债务，而且通常每人只能联系一次。{person}已被联系 {count} 次（{since} 至 {date}）。',
    },
    citation: '15 U.S.C. 1692b; 12 CFR 1006.10',
  },
  {
    id: 'US-ABUSE-01',
    jurisdiction: 'US',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Threats, abuse or no identification', 'zh-CN': '威胁、辱骂或未表明身份' },
    explanation: {
      en: 'Collectors may not threaten you, use obscene or abusive language, or contact you without saying who they are. You noted this in this contact.',
      'zh-CN': '催收方不得威胁你、使用下流或侮辱性语言，也不得在不表明身份的情况下联系你。你记录了这次联系有这种情况。',
    },
    citation: '15 U.S.C. 1692d; 12 CFR 1006.14',
  },
  {
    id: 'US-FALSE-01',
    jurisdiction: 'US',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'False or misleading statements', 'zh-CN': '虚假或误导性陈述' },
    explanation: {
      en: 'Collectors may not pretend to be a lawyer or a government official, send papers that look like court documents, accuse you of a crime, misstate what you owe, or threaten steps they cannot or do not intend to take. You noted this in this contact.',
      'zh-CN': '催收方不得冒充律师或政府人员，不得发送看似法院文书的文件，不得指控你犯罪、虚报欠款金额，也不得以其无权或无意采取的行动相威胁。你记录了这次联系有这种情况。',
    },
    citation: '15 U.S.C. 1692e; 12 CFR 1006.18',
  },
  {
    id: 'US-UNFAIR-01',
    jurisdiction: 'US',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Your debt was made public', 'zh-CN': '公开你的债务' },
    explanation: {
      en: 'Collectors may not use unfair means such as public social-media posts about your debt or postcards that reveal it. You noted a public posting in this contact.',
      'zh-CN': '催收方不得使用不公平的手段，例如在社交媒体上公开发布你的债务，或使用会暴露债务的明信片。你记录了这次联系有公开张贴或曝光。',
    },
    citation: '15 U.S.C. 1692f; 12 CFR 1006.22',
  },
];

export const UK_RULES: readonly RuleDef[] = [
  {
    id: 'UK-TIME-01',
    jurisdiction: 'UK',
    tier: 'possible-issue',
    confidence: 'S',
    title: { en: 'Contact at a possibly unreasonable hour', 'zh-CN': '可能不合理的联系时间' },
    explanation: {
      en: 'Firms must not contact you at unreasonable times. The FCA sets no fixed hours; as a rule of thumb this app treats contact before 08:00 or from 21:00 as possibly unreasonable. This {kind}{to} was at {time}.',
      'zh-CN': '金融机构不得在不合理的时间联系你。FCA 没有规定具体时段；本应用参照惯例，把早上 08:00 前或晚上 21:00 以后的联系视为可能不合理。这次联系发生在 {time}。',
    },
    citation: 'FCA Handbook CONC 7.9.4R (hours heuristic from MCOB 13.5.4G)',
  },
  {
    id: 'UK-3P-01',
    jurisdiction: 'UK',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Your debt was disclosed to others', 'zh-CN': '向他人透露欠款' },
    explanation: {
      en: 'Firms must not tell other people about your debt without your agreement, or contact others in a way that reveals it. You noted that this contact did so.',
      'zh-CN': '未经你同意，金融机构不得向他人透露你的债务，也不得以会暴露债务的方式联系他人。你记录了这次联系有这种情况。',
    },
    citation: 'FCA Handbook CONC 7.9.6R, 7.9.7R, 7.9.10R',
  },
  {
    id: 'UK-MISLEAD-01',
    jurisdiction: 'UK',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Misleading claims of authority', 'zh-CN': '误导性的权力声称' },
    explanation: {
      en: 'Firms must not mislead you, for example by claiming legal powers they do not have, pretending to be a court or bailiff, or sending papers that look official when they are not. You noted this in this contact.',
      'zh-CN': '金融机构不得误导你，例如声称拥有其并不具备的法律权力、冒充法院或执行官，或发送看似官方实则不是的文件。你记录了这次联系有这种情况。',
    },
    citation: 'FCA Handbook CONC 7.9.2R; CONC 7.11.1R, 7.11.3R, 7.11.4R, 7.11.6R, 7.11.9R',
  },
  {
    id: 'UK-PRESS-01',
    jurisdiction: 'UK',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Threats or undue pressure', 'zh-CN': '威胁或不当施压' },
    explanation: {
      en: 'Firms must not put you under threatening or oppressive pressure, or insult you. You noted threats or insults in this contact.',
      'zh-CN': '金融机构不得以威胁或压迫性的方式向你施压，也不得辱骂你。你记录了这次联系中有威胁或辱骂。',
    },
    citation: 'FCA Handbook CONC 7.3.10R',
  },
  {
    id: 'UK-VISIT-01',
    jurisdiction: 'UK',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Entered your home without agreement', 'zh-CN': '未经同意进入住所' },
    explanation: {
      en: 'A firm visiting you must not enter your home without your agreement, and must leave when asked. You noted that they came in on {date}.',
      'zh-CN': '金融机构上门时，未经你同意不得进入你的住所，你要求离开时必须离开。你记录了对方在 {date} 进入了住所。',
    },
    citation: 'FCA Handbook CONC 7.9.12R',
  },
];

const NO_PACK = 'QuietLedger has no rule pack for this jurisdiction; general practice (e.g. 12 CFR 1006.6(b); GB/T 45251-2025; FCA CONC 7)';

export const OTHER_RULES: readonly RuleDef[] = [
  {
    id: 'OTHER-TIME-01',
    jurisdiction: 'OTHER',
    tier: 'information',
    confidence: 'S',
    title: { en: 'Contact late at night or early in the morning', 'zh-CN': '深夜或清晨联系' },
    explanation: {
      en: 'There is no rule pack for this jurisdiction yet. Many countries allow collection contact only in the daytime, often about 08:00 to 21:00; this {kind}{to} was at {time} local time.',
      'zh-CN': '目前还没有这个地区的规则包。许多国家只允许在白天催收，通常约为 08:00 至 21:00；这次联系发生在当地时间 {time}。',
    },
    citation: NO_PACK,
  },
  {
    id: 'OTHER-CONDUCT-01',
    jurisdiction: 'OTHER',
    tier: 'information',
    confidence: 'S',
    title: { en: 'Conduct restricted in most places', 'zh-CN': '多数地区限制的行为' },
    explanation: {
      en: 'There is no rule pack for this jurisdiction yet. Threats, insults, impersonation, fake documents, telling others about your debt, public posting and entering your home are restricted in most places. Keep the evidence of this contact.',
      'zh-CN': '目前还没有这个地区的规则包。威胁、辱骂、冒充身份、伪造文书、向他人透露欠款、公开曝光和擅自进入住所，在大多数地区都受到限制。请保存好这次联系的证据。',
    },
    citation: NO_PACK,
  },
];
