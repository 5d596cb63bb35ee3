// The building blocks the rule packs share: a pack's signature, the single-entry tag rules and the
// local-hours rule, so CN, US, UK and OTHER differ only in their numbers and rule ids.
import { rule } from './catalogue';
import { contactNoun, makeFinding, type TemplateVars } from './finding';
import { hasContactTime, isCollectorContact, personKey, personName, type JudgedEntry } from './local-time';
import type { CirclePerson, ConductFinding, ContactTag } from './types';

export interface PackContext {
  circle: ReadonlyMap<string, CirclePerson>;
}

/** A jurisdiction's rules over its own entries, given oldest first. */
export type RulePack = (entries: readonly JudgedEntry[], ctx: PackContext) => ConductFinding[];

/** One finding per entry that meets the predicate. */
export function entryRule(ruleId: string, meets: (j: JudgedEntry) => boolean): RulePack {
  const def = rule(ruleId);
  return (entries) => entries.filter(meets).map((j) => makeFinding(def, j, [j], { kind: contactNoun(j) }));
}

/** True when the entry carries any of the tags. */
export function hasAnyTag(j: JudgedEntry, tags: readonly ContactTag[]): boolean {
  return j.entry.tags.some((t) => tags.includes(t));
}

/**
 * One finding per entry carrying any of the tags. By default whoever started the contact (a threat made
 * on the user's own call is still a threat); `collectorOnly` for tags about how the collector reached out.
 */
export function tagRule(ruleId: string, tags: readonly ContactTag[], collectorOnly = false): RulePack {
  return entryRule(ruleId, (j) => (!collectorOnly || isCollectorContact(j.entry)) && hasAnyTag(j, tags));
}

/** Hour rules speak to the person contacted: "you" for the borrower, "they" and a name for others. */
function whoVars(j: JudgedEntry, ctx: PackContext): TemplateVars {
  if (personKey(j.entry) === 'self') return { who: { en: 'you', 'zh-CN': '你' }, whose: 'your', to: '' };
  const name = personName(j.entry, ctx.circle);
  return { who: { en: 'they', 'zh-CN': name['zh-CN'] }, whose: 'their', to: { en: ` to ${name.en}`, 'zh-CN': '' } };
}

/**
 * One finding per collector contact whose local time is at or after `fromHour` or before `untilHour`,
 * unless the person agreed to that time beforehand.
 */
export function hoursRule(ruleId: string, fromHour: number, untilHour: number): RulePack {
  const def = rule(ruleId);
  return (entries, ctx) =>
    entries
      .filter((j) => isCollectorContact(j.entry) && hasContactTime(j.entry) && !j.entry.tags.includes('prior-agreement'))
      .filter((j) => j.hour >= fromHour || j.hour < untilHour)
      .map((j) => makeFinding(def, j, [j], { kind: contactNoun(j), ...whoVars(j, ctx) }));
}

/** Runs several packs over the same entries. */
export function combine(...packs: readonly RulePack[]): RulePack {
  return (entries, ctx) => packs.flatMap((pack) => pack(entries, ctx));
}
