// One place that turns a rule definition and the entries it rests on into a finding, so every pack
// produces the same shape: both languages filled, entries oldest first, the crossing entry named.
import type { Bilingual, Confidence, WarningTier } from '../cost/legal-types';
import { chronological, type JudgedEntry } from './local-time';
import type { ConductFinding, ConductJurisdiction } from './types';

/** A rule as catalogued: the explanation is a template with {placeholders} filled per finding. */
export interface RuleDef {
  id: string;
  jurisdiction: ConductJurisdiction;
  tier: WarningTier;
  confidence: Confidence;
  title: Bilingual;
  explanation: Bilingual;
  citation: string;
}

/** Values for a template: one text for both languages, or one per language. */
export type TemplateVars = Readonly<Record<string, string | number | Bilingual>>;

function pick(value: string | number | Bilingual, lang: keyof Bilingual): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

export function fill(template: string, lang: keyof Bilingual, vars: TemplateVars): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : pick(value, lang);
  });
}

export function makeFinding(rule: RuleDef, primary: JudgedEntry, involved: readonly JudgedEntry[], vars: TemplateVars = {}): ConductFinding {
  const all = [...involved, primary].sort(chronological);
  const entryIds: string[] = [];
  for (const j of all) if (!entryIds.includes(j.entry.id)) entryIds.push(j.entry.id);
  const withDefaults: TemplateVars = { time: primary.clock, date: primary.date, ...vars };
  return {
    ruleId: rule.id,
    jurisdiction: rule.jurisdiction,
    tier: rule.tier,
    title: { ...rule.title },
    explanation: {
      en: fill(rule.explanation.en, 'en', withDefaults),
      'zh-CN': fill(rule.explanation['zh-CN'], 'zh-CN', withDefaults),
    },
    citation: rule.citation,
    confidence: rule.confidence,
    entryIds,
    primaryEntryId: primary.entry.id,
    date: primary.date,
  };
}

/** What the contact was, for "This call was at 22:14." */
export function contactNoun(j: JudgedEntry): Bilingual {
  const en: Record<JudgedEntry['entry']['channel'], string> = {
    call: 'call',
    sms: 'message',
    im: 'message',
    app: 'message',
    email: 'email',
    letter: 'letter',
    visit: 'visit',
  };
  return { en: en[j.entry.channel], 'zh-CN': '联系' };
}
