// China's rule pack: GB/T 45251-2025 hours and call limits, the third-party rules, PIPL and Civil Code
// privacy, 治安管理处罚法 and impersonation, judged per local day of the person contacted.
import type { Bilingual } from '../cost/legal-types';
import { rule } from './catalogue';
import { makeFinding } from './finding';
import { groupBy, isCall, isCollectorContact, isThirdParty, personKey, personName, type JudgedEntry } from './local-time';
import { combine, hoursRule, tagRule, type PackContext, type RulePack } from './pack-kit';
import type { ConductFinding } from './types';

/** CN-FREQ-01: the 4th connected collector call with the borrower in one local day (one finding per day). */
const connectedCallsPerDay: RulePack = (entries) => {
  const calls = entries.filter((j) => isCollectorContact(j.entry) && isCall(j.entry) && j.entry.answered && personKey(j.entry) === 'self');
  const findings: ConductFinding[] = [];
  for (const day of groupBy(calls, (j) => j.date).values()) {
    const fourth = day[3];
    if (fourth) findings.push(makeFinding(rule('CN-FREQ-01'), fourth, day, { count: day.length }));
  }
  return findings;
};

/** CN-FREQ-02: the 7th unanswered attempt at the same person in one local day. */
const unansweredPerDay: RulePack = (entries, ctx) => {
  const attempts = entries.filter((j) => isCollectorContact(j.entry) && isCall(j.entry) && !j.entry.answered);
  const findings: ConductFinding[] = [];
  for (const group of groupBy(attempts, (j) => `${personKey(j.entry)}|${j.date}`).values()) {
    const seventh = group[6];
    if (seventh) {
      findings.push(makeFinding(rule('CN-FREQ-02'), seventh, group, { count: group.length, person: personName(seventh.entry, ctx.circle) }));
    }
  }
  return findings;
};

const REACHED_THAT_DAY: Bilingual = { en: 'you were in contact with them that day', 'zh-CN': '当天你与催收方有过联系' };
const NO_FAILED_STREAK: Bilingual = {
  en: 'there had not been 3 failed attempts in a row to reach you before it',
  'zh-CN': '此前并没有连续 3 次联系不上你',
};

/**
 * CN-3P-01 / CN-3P-02: a third party contacted by the collector. The borrower counts as reachable when a
 * contact with them connected on that local day, or when the last attempts before it were not 3 failures
 * in a row (no attempt at all included: the collector went to others first).
 */
function thirdPartyFinding(third: JudgedEntry, self: readonly JudgedEntry[], ctx: PackContext): ConductFinding {
  const person = personName(third.entry, ctx.circle);
  const reachedThatDay = self.filter((j) => j.date === third.date && j.entry.answered);
  if (reachedThatDay.length > 0) {
    return makeFinding(rule('CN-3P-01'), third, reachedThatDay, { person, reason: REACHED_THAT_DAY });
  }
  const before = self.filter((j) => j.ms < third.ms || (j.ms === third.ms && j.entry.id < third.entry.id));
  const lastThree = before.slice(-3);
  if (lastThree.length === 3 && lastThree.every((j) => !j.entry.answered)) {
    return makeFinding(rule('CN-3P-02'), third, lastThree, { person, count: 3 });
  }
  return makeFinding(rule('CN-3P-01'), third, lastThree, { person, reason: NO_FAILED_STREAK });
}

const thirdParties: RulePack = (entries, ctx) => {
  const self = entries.filter((j) => personKey(j.entry) === 'self');
  return entries.filter((j) => isCollectorContact(j.entry) && isThirdParty(j.entry)).map((j) => thirdPartyFinding(j, self, ctx));
};

/** CN-3P-03: every collector contact with a circle person after their first refused-further-contact entry. */
const afterRefusal: RulePack = (entries, ctx) => {
  const findings: ConductFinding[] = [];
  const byPerson = groupBy(
    entries.filter((j) => j.entry.target.kind === 'circle'),
    (j) => personKey(j.entry),
  );
  for (const contacts of byPerson.values()) {
    const refusalAt = contacts.findIndex((j) => j.entry.tags.includes('refused-further-contact'));
    const refusal = contacts[refusalAt];
    if (!refusal) continue;
    for (const later of contacts.slice(refusalAt + 1).filter((j) => isCollectorContact(j.entry))) {
      findings.push(makeFinding(rule('CN-3P-03'), later, [refusal], { person: personName(later.entry, ctx.circle), since: refusal.date }));
    }
  }
  return findings;
};

export const CN_PACK: RulePack = combine(
  hoursRule('CN-TIME-01', 22, 8),
  connectedCallsPerDay,
  unansweredPerDay,
  tagRule('CN-ID-01', ['no-identification'], true),
  tagRule('CN-VISIT-02', ['entered-home']),
  thirdParties,
  afterRefusal,
  tagRule('CN-3P-04', ['disclosure']),
  tagRule('CN-PI-01', ['contact-list']),
  tagRule('CN-THREAT-01', ['threat', 'insult']),
  tagRule('CN-IMP-01', ['impersonation', 'fake-documents']),
  tagRule('CN-MISLEAD-01', ['false-claims']),
  tagRule('CN-PUBLIC-01', ['public-posting']),
  tagRule('CN-FEE-01', ['fees-or-new-loan']),
);
