// The US set, after the CFPB's sample letters to debt collectors (tell me more, dispute, how to contact me,
// my lawyer, stop contacting me) plus a summary to paste into a CFPB complaint. Always in English; a
// zh-CN user gets Chinese titles and a Chinese note on top.
import type { DossierLetter } from '../../contract';
import { count, englishLetterNote, type LetterContext } from './letters-context';

const TITLES = {
  'us-tell-me-more': { en: 'Tell me more about the debt (validation request)', 'zh-CN': '要求说明债务详情（核实请求）' },
  'us-dispute': { en: 'I dispute the debt', 'zh-CN': '对债务提出异议' },
  'us-how-to-contact': { en: 'How and when you may contact me', 'zh-CN': '限定联系方式和时间' },
  'us-lawyer': { en: 'Contact my lawyer, not me', 'zh-CN': '请联系我的律师' },
  'us-stop-contact': { en: 'Stop contacting me', 'zh-CN': '要求停止联系' },
  'us-cfpb-summary': { en: 'CFPB complaint summary', 'zh-CN': '向美国消费者金融保护局（CFPB）投诉的摘要' },
} as const;

type UsKind = keyof typeof TITLES;

function heading(c: LetterContext): string {
  return `[your name]\n[your address]\n\n${c.today}\n\nTo: ${c.organisation}\n[their address]\n\nRe: ${c.loan}\n\n`;
}

const sign = '\nSincerely,\n[your name]\n';

function bodies(c: LetterContext): Record<UsKind, string> {
  const logged = `Between ${c.from} and ${c.to} I logged ${count(c.contacts, 'contact')} from you, ${c.thirdPartyContacts} of them with other people.`;
  const findings = c.findingLines.length > 0 ? c.findingLines.join('\n') : '- [describe what happened]';
  return {
    'us-tell-me-more': `${heading(c)}I am responding to your contact about a debt. Please send me the validation information required by 12 CFR 1006.34: the name of the creditor to whom the debt is owed, the original creditor, the account number, the amount owed on the itemization date and an itemization of interest, fees, payments and credits since then, and the date by which I may dispute the debt.

Until I receive this information, please treat the debt as disputed. This letter is not an acknowledgement that I owe it.
${sign}`,
    'us-dispute': `${heading(c)}I dispute the debt you are trying to collect. [Say why: not my debt / wrong amount / already paid / other.]

Under 15 U.S.C. 1692g(b) and 12 CFR 1006.38, please stop collection until you send me verification of the debt, and do not report it to a credit bureau without noting that it is disputed.
${sign}`,
    'us-how-to-contact': `${heading(c)}${logged}

From now on, contact me only [by mail at the address above / by email at [your email]]. Do not call me at work, and do not contact me before 8 a.m. or after 9 p.m. my local time, which is inconvenient for me (15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)). Do not discuss this debt with anyone but me (12 CFR 1006.6(d)).
${sign}`,
    'us-lawyer': `${heading(c)}I am represented by a lawyer about this debt. Please contact my lawyer and not me (15 U.S.C. 1692c(a)(2); 12 CFR 1006.6(b)(2)):

[lawyer's name]
[lawyer's address, phone and email]
${sign}`,
    'us-stop-contact': `${heading(c)}${logged}

Under 15 U.S.C. 1692c(c) and 12 CFR 1006.6(c), I ask that you stop all communication with me and with anyone else about this debt, except to tell me that you are ending collection or that you will take a specific action you are legally allowed to take.
${sign}`,
    'us-cfpb-summary': `CFPB complaint (consumerfinance.gov/complaint, (855) 411-2372) — text to paste

Company: ${c.organisation}
Account: ${c.loan}

What happened:
${logged} The contacts my log flags (${count(c.likely, 'likely violation')}, ${count(c.possible, 'possible issue')}):
${findings}

What I want the company to do:
Stop the conduct above, stop contacting third parties, correct any credit reporting, and [other].

I have a dated log and the evidence files (each with its SHA-256) and can provide them.
`,
  };
}

export function usLetters(c: LetterContext): DossierLetter[] {
  const text = bodies(c);
  return (Object.keys(TITLES) as UsKind[]).map((kind) => ({
    kind,
    title: TITLES[kind][c.userLanguage],
    body: englishLetterNote(c.userLanguage, '美国的催收方或监管机构') + text[kind],
  }));
}
