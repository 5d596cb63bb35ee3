// The UK set: a formal complaint to the firm under FCA CONC 7, then, after its final response or eight
// weeks, a complaint to the Financial Ombudsman Service. Always in English; zh-CN users get Chinese titles
// and a Chinese note on top.
import type { DossierLetter } from '../../contract';
import { count, englishLetterNote, type LetterContext } from './letters-context';

export function ukLetters(c: LetterContext): DossierLetter[] {
  const zh = c.userLanguage === 'zh-CN';
  const findings = c.findingLines.length > 0 ? c.findingLines.join('\n') : '- [describe what happened]';
  const logged = `Between ${c.from} and ${c.to} I logged ${count(c.contacts, 'contact')} from you or agents acting for you, ${c.thirdPartyContacts} of them with other people. My log flags ${count(c.likely, 'likely breach', 'likely breaches')} and ${count(c.possible, 'possible issue')}:`;
  return [
    {
      kind: 'uk-firm-complaint',
      title: zh ? '向公司正式投诉（英国 FCA CONC 7）' : 'Formal complaint to the firm (FCA CONC 7)',
      body: `${englishLetterNote(c.userLanguage, '英国的公司')}[your name]
[your address]

${c.today}

To: ${c.organisation}, Complaints Department
Re: formal complaint about debt collection — ${c.loan}

I am making a formal complaint about how you have collected this debt.

${logged}
${findings}

The FCA's rules require firms to treat customers in arrears fairly, with forbearance, and without pressure, misleading statements or contact at unreasonable times or with third parties (CONC 7.3, 7.9, 7.11).

I ask you to: stop the conduct above; contact only me, by [post / email]; [put the account on hold while this complaint is handled]; and [other outcome].

Please send your final response within eight weeks. I keep a dated log with evidence files and can provide them.

Yours faithfully,
[your name]
`,
    },
    {
      kind: 'uk-ombudsman',
      title: zh ? '向英国金融申诉专员服务机构（Financial Ombudsman Service）投诉' : 'Complaint to the Financial Ombudsman Service',
      body: `${englishLetterNote(c.userLanguage, '英国金融申诉专员服务机构')}Financial Ombudsman Service — complaint summary (phone 0800 023 4567)

Business: ${c.organisation}
Account: ${c.loan}
Date I complained to the business: [date]
Its final response: [date, or "none after eight weeks"]

What happened:
${logged}
${findings}

Why I am unhappy with the business's answer: [your words]

What I want to happen: [e.g. an apology, the conduct to stop, compensation for distress, correction of my credit file]

I can send my dated log and the evidence files (each with its SHA-256). I am bringing this within six months of the final response.
`,
    },
  ];
}
