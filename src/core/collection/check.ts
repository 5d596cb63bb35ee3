// The conduct checker: runs each entry's jurisdiction pack over that jurisdiction's entries only (so one
// loan's log never changes another's findings), in a fixed order, and summarises the findings.
import type { WarningTier } from '../cost/legal-types';
import { chronological, judge, type JudgedEntry } from './local-time';
import type { RulePack } from './pack-kit';
import { CN_PACK } from './rules-cn';
import { US_PACK } from './rules-us';
import { OTHER_PACK, UK_PACK } from './rules-uk';
import type { ConductFinding, ConductInput, ConductJurisdiction } from './types';

const PACKS: Record<ConductJurisdiction, RulePack> = { CN: CN_PACK, US: US_PACK, UK: UK_PACK, OTHER: OTHER_PACK };
const ORDER: readonly ConductJurisdiction[] = ['CN', 'US', 'UK', 'OTHER'];

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every finding over the log, oldest first (by the entry that crossed the line), deterministic. */
export function checkConduct(input: ConductInput): ConductFinding[] {
  const judged = input.entries.map(judge).sort(chronological);
  const position = new Map<string, number>();
  judged.forEach((j, index) => {
    if (!position.has(j.entry.id)) position.set(j.entry.id, index);
  });
  const circle = new Map(input.circle.map((p) => [p.id, p]));
  const byJurisdiction = new Map<ConductJurisdiction, JudgedEntry[]>();
  for (const j of judged) {
    const jurisdiction = input.jurisdictionOf(j.entry);
    const list = byJurisdiction.get(jurisdiction) ?? [];
    list.push(j);
    byJurisdiction.set(jurisdiction, list);
  }
  const findings = ORDER.flatMap((jurisdiction) => {
    const entries = byJurisdiction.get(jurisdiction);
    return entries ? PACKS[jurisdiction](entries, { circle }) : [];
  });
  return findings.sort(
    (a, b) =>
      (position.get(a.primaryEntryId) ?? 0) - (position.get(b.primaryEntryId) ?? 0) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.entryIds.join(','), b.entryIds.join(',')),
  );
}

export interface FindingSummary {
  total: number;
  byTier: Record<WarningTier, number>;
  /** Finding counts per rule id, keys in rule-id order. */
  byRule: Record<string, number>;
}

export function summarizeFindings(findings: readonly ConductFinding[]): FindingSummary {
  const byTier: Record<WarningTier, number> = { 'likely-violation': 0, 'possible-issue': 0, information: 0 };
  const counts = new Map<string, number>();
  for (const f of findings) {
    byTier[f.tier] += 1;
    counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  }
  const byRule: Record<string, number> = {};
  for (const id of [...counts.keys()].sort(compareText)) byRule[id] = counts.get(id) ?? 0;
  return { total: findings.length, byTier, byRule };
}

/** The findings that rest on an entry: those shown on it, and cross-entry ones it is part of. */
export function findingsFor(entryId: string, findings: readonly ConductFinding[]): ConductFinding[] {
  return findings.filter((f) => f.entryIds.includes(entryId));
}
