// What every letter draft quotes, worked out from the dossier's facts in the letter's own language, and the
// draft notes above each letter (why it is in English, that it is a draft and not legal advice).
import type { Jurisdiction } from '../../core/cost/legal-types';
import { dossierFacts } from './dossier-facts';
import { CHANNEL_WORDS, localDate, RELATION_WORDS } from './dossier-text';
import type { DossierData, DossierLanguage } from './dossier-types';

/** Everything a letter quotes, already worded for the letter's own language. */
export interface LetterContext {
  /** The language the letter is written in (may differ from the user's for US/UK letters). */
  language: DossierLanguage;
  userLanguage: DossierLanguage;
  organisation: string;
  loan: string;
  from: string;
  to: string;
  today: string;
  contacts: number;
  thirdPartyContacts: number;
  likely: number;
  possible: number;
  /** "- 2026-03-01 CN-TIME-01 …" lines for this jurisdiction's findings. */
  findingLines: string[];
  /** "- 2026-03-01 Mum (parent), call" lines for contacts with the user's circle. */
  thirdPartyLines: string[];
}

const MAX_LINES = 25;

function capped(lines: string[], language: DossierLanguage): string[] {
  if (lines.length <= MAX_LINES) return lines;
  const more = lines.length - MAX_LINES;
  return [...lines.slice(0, MAX_LINES), language === 'zh-CN' ? `- ……另有 ${more} 项，见附件报告` : `- … and ${more} more, listed in the attached report`];
}

/** A letter speaks of the entries judged under its own jurisdiction only, when the dossier mixes several. */
export function letterContext(data: DossierData, jurisdiction: Jurisdiction, language: DossierLanguage, userLanguage: DossierLanguage): LetterContext {
  const facts = dossierFacts({ ...data, entries: data.entries.filter((e) => e.jurisdiction === jurisdiction) });
  const zh = language === 'zh-CN';
  const findings = facts.findings.filter((f) => f.jurisdiction === jurisdiction);
  const findingLines = findings.map((f) => `- ${f.date} ${f.ruleId} ${f.title[language]} (${f.citation}${f.confidence === 'M' ? (zh ? '，待核实' : ', to verify') : ''})`);
  const thirdPartyLines = facts.entries.flatMap((e) => {
    if (e.target.kind !== 'circle') return [];
    const person = facts.person(e.target.personId);
    const who = person ? `${person.alias} (${RELATION_WORDS[person.relation][language]})` : zh ? '[亲友]' : '[a relative or friend]';
    return [`- ${localDate(e.occurredAt, e.timeZone)} ${who}, ${CHANNEL_WORDS[e.channel][language]}`];
  });
  const loan = facts.loan ? `${facts.loan.name} (${facts.loan.lender})` : zh ? '[借款名称/合同编号]' : '[account or reference number]';
  return {
    language,
    userLanguage,
    organisation: facts.organisation !== '' ? facts.organisation : zh ? '[机构名称]' : '[name of the company]',
    loan,
    from: facts.period.from !== '' ? facts.period.from : zh ? '[开始日期]' : '[start date]',
    to: facts.period.to !== '' ? facts.period.to : zh ? '[结束日期]' : '[end date]',
    today: localDate(data.generatedAt, data.timeZone),
    contacts: facts.entries.length,
    thirdPartyContacts: facts.thirdPartyContacts,
    likely: findings.filter((f) => f.tier === 'likely-violation').length,
    possible: findings.filter((f) => f.tier === 'possible-issue').length,
    findingLines: capped(findingLines, language),
    thirdPartyLines: capped(thirdPartyLines, language),
  };
}

/** A line for a zh-CN user above an English letter, saying why it is in English and what to do. */
export function englishLetterNote(userLanguage: DossierLanguage, where: string): string {
  return userLanguage === 'zh-CN' ? `【说明：此信寄往${where}，需用英文。请填写方括号中的内容，寄出前删除本行。本草稿仅供参考，不是法律意见。】\n\n` : '[Draft: fill in the brackets and check every fact before sending. This is not legal advice.]\n\n';
}

/** The note above a letter written in the user's own language. */
export function draftNote(language: DossierLanguage): string {
  return language === 'zh-CN' ? '【草稿：请填写方括号中的内容并核对每项事实后再寄出。本草稿仅供参考，不是法律意见。】\n\n' : '[Draft: fill in the brackets and check every fact before sending. This is not legal advice.]\n\n';
}

/** "1 contact", "3 contacts": English counts for the letters. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
