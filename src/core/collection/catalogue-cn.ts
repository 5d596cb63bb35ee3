// China's collection-conduct rules as data, from ../shared/reference/collection-rules.md: tier, confidence,
// citation and a calm explanation per rule id, reviewable without reading the rule logic.
import type { RuleDef } from './finding';

const GBT = 'GB/T 45251-2025《互联网金融个人网络消费信贷贷后催收风控指引》 · GB/T 45251-2025 (post-loan collection risk-control guideline)';
const CBA = '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）· China Banking Association consumer-loan collection guideline (2026)';

export const CN_RULES: readonly RuleDef[] = [
  {
    id: 'CN-TIME-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Contact at night (22:00–08:00)', 'zh-CN': '夜间催收（22:00–08:00）' },
    explanation: {
      en: 'Collectors should not call between 22:00 and 08:00 ({whose} local time) unless {who} agreed to it. This {kind}{to} was at {time}.',
      'zh-CN': '催收不应在晚上 22:00 至早上 08:00 之间联系{who}（除非{who}事先同意）。这次联系发生在 {time}。',
    },
    citation: `${GBT}; ${CBA}`,
  },
  {
    id: 'CN-FREQ-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'More than 3 connected collection calls in a day', 'zh-CN': '单日接通催收电话超过 3 次' },
    explanation: {
      en: 'Counting the lender and its collection agencies together, collectors should not hold more than 3 connected collection calls with you in one day. On {date} you had {count} connected calls; this one was the 4th.',
      'zh-CN': '放贷机构和受托催收机构合计，每天与你接通的催收电话不应超过 3 次。{date} 当天共接通 {count} 次，这一通是第 4 次。',
    },
    citation: GBT,
  },
  {
    id: 'CN-FREQ-02',
    jurisdiction: 'CN',
    tier: 'possible-issue',
    confidence: 'S',
    title: { en: 'More than 6 unanswered call attempts in a day', 'zh-CN': '单日未接通拨打超过 6 次' },
    explanation: {
      en: 'Collectors should not try the same number more than 6 times in one day when nobody answers. On {date} there were {count} unanswered calls to {person}; this one was the 7th.',
      'zh-CN': '同一号码一天内未接通的拨打不宜超过 6 次。{date} 当天打给{person}的未接通电话共 {count} 次，这一通是第 7 次。',
    },
    citation: `${CBA}（不宜超过 6 次）`,
  },
  {
    id: 'CN-ID-01',
    jurisdiction: 'CN',
    tier: 'possible-issue',
    confidence: 'S',
    title: { en: 'Collector did not say who they were', 'zh-CN': '催收人员未表明身份' },
    explanation: {
      en: 'When collectors contact you they should say which institution they act for. You noted that this {kind} did not.',
      'zh-CN': '催收人员联系你时应表明所代表的机构。你记录了这次联系没有表明身份。',
    },
    citation: `${GBT}; ${CBA}`,
  },
  {
    id: 'CN-VISIT-02',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'V',
    title: { en: 'Entered your home without consent', 'zh-CN': '未经同意进入住所' },
    explanation: {
      en: 'Nobody may enter your home or other private space without your consent; doing so breaches your privacy and can be a crime. You noted that this happened on {date}.',
      'zh-CN': '未经同意，任何人不得进入你的住宅等私密空间；这样做侵犯隐私，情节严重的可能构成犯罪。你记录了 {date} 发生了这种情况。',
    },
    citation: '《民法典》第 1033 条第 2 项；《刑法》第 245 条 · Civil Code Art. 1033(2); Criminal Law Art. 245',
  },
  {
    id: 'CN-3P-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Someone else contacted while you could be reached', 'zh-CN': '能联系到你时却联系了他人' },
    explanation: {
      en: 'Collectors should collect only from you (or a guarantor), and may contact someone else only when they cannot reach you, for example after 3 failed attempts in a row. They contacted {person} on {date}, although {reason}.',
      'zh-CN': '催收只应向借款人本人（或担保人）进行；只有联系不上本人时（例如连续 3 次联系失败），才可以联系他人。{date} 他们联系了{person}，而{reason}。',
    },
    citation: `${GBT}; ${CBA}; 《消费金融公司管理办法》（国家金融监督管理总局令 2024 年第 4 号）; 《银行保险机构消费者权益保护管理办法》（2023）第 41 条 · NFRA Order 2024 No. 4; 2023 consumer-protection measures Art. 41`,
  },
  {
    id: 'CN-3P-02',
    jurisdiction: 'CN',
    tier: 'possible-issue',
    confidence: 'S',
    title: { en: 'Someone else contacted (you could not be reached)', 'zh-CN': '联系了他人（当时联系不上你）' },
    explanation: {
      en: 'When you cannot be reached (here, {count} failed attempts in a row came before it), collectors may contact someone else only to find you or pass on a message, and must not tell them about the debt. They contacted {person} on {date}; check what was said.',
      'zh-CN': '联系不上本人时（此前连续 {count} 次未联系上），催收只能向他人询问你的联系方式或请其转告，不得透露欠款信息。{date} 他们联系了{person}，请留意对方说了什么。',
    },
    citation: GBT,
  },
  {
    id: 'CN-3P-03',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Contacted again after refusing', 'zh-CN': '对方拒绝后仍被联系' },
    explanation: {
      en: 'Once someone other than you has said they do not want to be contacted, collectors should not contact them again. {person} said so on {since}; this contact on {date} came after that.',
      'zh-CN': '他人明确拒绝后，催收不应再联系对方。{person}在 {since} 已表示拒绝，这次联系（{date}）发生在那之后。',
    },
    citation: GBT,
  },
  {
    id: 'CN-3P-04',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'V',
    title: { en: 'Your debt was disclosed to others', 'zh-CN': '向他人透露欠款' },
    explanation: {
      en: 'Your debt is private information. Telling others about it without your consent breaches your privacy and personal-information rights. You noted that this contact did so.',
      'zh-CN': '欠款属于个人隐私。未经你同意向他人透露，侵犯你的隐私权和个人信息权益。你记录了这次联系有这种情况。',
    },
    citation: '《民法典》第 1032、1038 条；《个人信息保护法》第 10 条 · Civil Code Arts 1032, 1038; PIPL Art. 10',
  },
  {
    id: 'CN-PI-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'V',
    title: { en: 'Your contact list was used', 'zh-CN': '爆通讯录' },
    explanation: {
      en: 'Calling or messaging the people in your phone contacts uses your personal information without a lawful basis; a lending app needs your phone number, name, ID and bank card, not your contacts. You noted this in this contact.',
      'zh-CN': '利用你的通讯录给其中的人打电话或群发信息，属于没有合法依据处理个人信息；借贷 App 只需要手机号、姓名、身份证和银行卡，不需要通讯录。你记录了这次联系有这种情况。',
    },
    citation: '《个人信息保护法》第 5、6、13–14、23 条（罚则第 66 条）· PIPL Arts 5, 6, 13–14, 23 (penalties Art. 66)',
  },
  {
    id: 'CN-THREAT-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'V',
    title: { en: 'Threats or insults', 'zh-CN': '威胁或辱骂' },
    explanation: {
      en: 'Threatening or insulting you, or harassing you with repeated messages, is not allowed and can be punished by the police. You noted threats or insults in this contact.',
      'zh-CN': '威胁、辱骂或反复发送骚扰信息是不允许的，公安机关可以依法处罚。你记录了这次联系中有威胁或辱骂。',
    },
    citation: `《治安管理处罚法》（2012）第 42 条（2025 年修订后第 50 条）；《民法典》第 1024 条；${CBA} · Public Security Administration Punishments Law Art. 42 (Art. 50 from 2026); Civil Code Art. 1024`,
  },
  {
    id: 'CN-IMP-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'V',
    title: { en: 'Posing as police, court or lawyer, or fake documents', 'zh-CN': '冒充公检法/律师或伪造文书' },
    explanation: {
      en: 'Pretending to be the police, a court, a lawyer or a government office, or sending fake summons or case papers, is against the law. Real court papers come through official channels. You noted this in this contact.',
      'zh-CN': '冒充公安、法院、律师或政府部门，或发送伪造的传票、立案通知，都是违法的。真正的法律文书会通过正式渠道送达。你记录了这次联系有这种情况。',
    },
    citation: '《治安管理处罚法》第 51 条；《刑法》第 279 条 · Public Security Administration Punishments Law Art. 51; Criminal Law Art. 279',
  },
  {
    id: 'CN-MISLEAD-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'False or exaggerated claims', 'zh-CN': '虚假或夸大的说法' },
    explanation: {
      en: 'Collectors should not invent facts, threaten a "blacklist" that does not exist, or exaggerate the amount or the legal consequences (an ordinary debt does not lead to prison or a criminal record). You noted this in this contact.',
      'zh-CN': '催收不应捏造事实、以不存在的“黑名单”相威胁，或夸大欠款金额和法律后果（普通欠款不会导致坐牢或留案底）。你记录了这次联系有这种情况。',
    },
    citation: CBA,
  },
  {
    id: 'CN-PUBLIC-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Your debt was posted in public', 'zh-CN': '公开张贴或曝光' },
    explanation: {
      en: 'Collectors should not put up notices about your debt in public places, at your door or workplace, or post about it online. You noted this in this contact.',
      'zh-CN': '催收不应在公共场所、你家门口或工作单位张贴欠款信息，也不应在网上曝光。你记录了这次联系有这种情况。',
    },
    citation: `${GBT}; ${CBA}`,
  },
  {
    id: 'CN-FEE-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    confidence: 'S',
    title: { en: 'Collection fees or pressure to borrow again', 'zh-CN': '收取催收费或诱导借新还旧' },
    explanation: {
      en: 'Collectors should not charge you collection fees or push you to take a new loan to repay this one. You noted this in this contact.',
      'zh-CN': '催收不应向你收取催收费用，也不应诱导你借新贷还旧贷。你记录了这次联系有这种情况。',
    },
    citation: `${GBT}; ${CBA}`,
  },
];
