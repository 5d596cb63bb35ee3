// Every conduct rule by id, with the calm reminder that findings inform and are not legal advice; the UI,
// the dossier and the tests read rules from here rather than from the packs' logic.
import type { Bilingual } from '../cost/legal-types';
import { CN_RULES } from './catalogue-cn';
import { OTHER_RULES, UK_RULES, US_RULES } from './catalogue-intl';
import type { RuleDef } from './finding';

export const RULE_CATALOGUE: ReadonlyMap<string, RuleDef> = new Map(
  [...CN_RULES, ...US_RULES, ...UK_RULES, ...OTHER_RULES].map((rule) => [rule.id, rule]),
);

/** The rule with this id; throws for an unknown id, which is a programming error in a pack. */
export function rule(id: string): RuleDef {
  const found = RULE_CATALOGUE.get(id);
  if (!found) throw new Error(`Unknown conduct rule ${id}`);
  return found;
}

export const CONDUCT_DISCLAIMER: Bilingual = {
  en: 'These findings compare your log with published rules to help you see where a collector may have gone too far. They are information, not legal advice; a lawyer, legal-aid service or regulator can tell you what applies to you.',
  'zh-CN': '这些结果把你的记录与公开的规则作对照，帮助你看清催收方可能越界的地方。它们只是信息，不是法律意见；具体如何适用，可以咨询律师、法律援助机构或监管部门。',
};
