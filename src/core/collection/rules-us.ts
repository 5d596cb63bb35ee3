// The United States rule pack (FDCPA, Regulation F): 8 am–9 pm, the 7-in-7 and after-conversation call
// presumptions per person and debt, cease and attorney notices, third parties and false or abusive conduct.
import { daysBetween } from '../dates';
import { rule } from './catalogue';
import { makeFinding } from './finding';
import {
  groupBy,
  inWindowEnding,
  isCall,
  isCollectorContact,
  personKey,
  personName,
  sameOrganisation,
  type JudgedEntry,
} from './local-time';
import { combine, entryRule, hasAnyTag, hoursRule, tagRule, type RulePack } from './pack-kit';
import type { ConductFinding, ContactTag } from './types';

/** Calls placed about one debt to one person; consented calls do not count toward the presumptions. */
function callsByPersonAndDebt(entries: readonly JudgedEntry[]): Map<string, JudgedEntry[]> {
  return groupBy(entries, (j) => `${personKey(j.entry)}|${j.entry.loanId ?? ''}`);
}

function placedCall(j: JudgedEntry): boolean {
  return isCollectorContact(j.entry) && isCall(j.entry) && !j.entry.tags.includes('prior-agreement');
}

/** US-FREQ-01: each call that is the 8th or later within the 7 consecutive local days ending on its day. */
const sevenInSeven: RulePack = (entries, ctx) => {
  const findings: ConductFinding[] = [];
  for (const calls of callsByPersonAndDebt(entries.filter(placedCall)).values()) {
    calls.forEach((call, index) => {
      const window = inWindowEnding(calls.slice(0, index + 1), call.date, 7);
      const first = window[0];
      if (window.length > 7 && first) {
        findings.push(
          makeFinding(rule('US-FREQ-01'), call, window, { count: window.length, since: first.date, person: personName(call.entry, ctx.circle) }),
        );
      }
    });
  }
  return findings;
};

/** US-FREQ-02: a call placed within 7 days after a connected conversation (its day is day 1). */
const afterConversation: RulePack = (entries) => {
  const findings: ConductFinding[] = [];
  const relevant = entries.filter((j) => isCall(j.entry));
  for (const group of callsByPersonAndDebt(relevant).values()) {
    group.forEach((call, index) => {
      if (!placedCall(call)) return;
      const conversation = group
        .slice(0, index)
        .filter((j) => j.entry.answered)
        .at(-1);
      if (!conversation) return;
      const days = daysBetween(conversation.date, call.date);
      if (days >= 0 && days < 7) {
        findings.push(makeFinding(rule('US-FREQ-02'), call, [conversation], { since: conversation.date, day: days + 1 }));
      }
    });
  }
  return findings;
};

/** US-CEASE-01 / US-ATTY-01: collector contacts with the consumer after a notice from the same organisation's log. */
function afterNotice(ruleId: string, tag: ContactTag): RulePack {
  return (entries) => {
    const findings: ConductFinding[] = [];
    entries.forEach((j, index) => {
      if (!isCollectorContact(j.entry) || personKey(j.entry) !== 'self') return;
      const notice = entries
        .slice(0, index)
        .find((n) => n.entry.tags.includes(tag) && sameOrganisation(n.entry.organisation, j.entry.organisation));
      if (notice) findings.push(makeFinding(rule(ruleId), j, [notice], { since: notice.date }));
    });
    return findings;
  };
}

/** US-LOC-01: a second or later collector contact with the same person from the user's circle. */
const repeatedLocationContact: RulePack = (entries, ctx) => {
  const findings: ConductFinding[] = [];
  const contacts = entries.filter((j) => isCollectorContact(j.entry) && j.entry.target.kind === 'circle');
  for (const group of groupBy(contacts, (j) => personKey(j.entry)).values()) {
    const first = group[0];
    group.slice(1).forEach((j, index) => {
      if (!first) return;
      const involved = group.slice(0, index + 2);
      findings.push(
        makeFinding(rule('US-LOC-01'), j, involved, { count: involved.length, since: first.date, person: personName(j.entry, ctx.circle) }),
      );
    });
  }
  return findings;
};

export const US_PACK: RulePack = combine(
  hoursRule('US-TIME-01', 21, 8),
  sevenInSeven,
  afterConversation,
  afterNotice('US-CEASE-01', 'cease-requested'),
  afterNotice('US-ATTY-01', 'has-attorney'),
  tagRule('US-3P-01', ['disclosure', 'contact-list']),
  repeatedLocationContact,
  entryRule('US-ABUSE-01', (j) => hasAnyTag(j, ['threat', 'insult']) || (isCollectorContact(j.entry) && hasAnyTag(j, ['no-identification']))),
  tagRule('US-FALSE-01', ['impersonation', 'fake-documents', 'false-claims']),
  tagRule('US-UNFAIR-01', ['public-posting']),
);
