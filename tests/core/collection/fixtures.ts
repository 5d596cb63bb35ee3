// Builders for contact-log entries and checker runs, so each rule test states only what matters to it.
import { checkConduct } from '../../../src/core/collection/check';
import type { CirclePerson, ConductFinding, ConductJurisdiction, ContactEntry } from '../../../src/core/collection/types';

export const MUM: CirclePerson = { id: 'p-mum', alias: '妈妈', relation: 'parent', number: '' };
export const BOSS: CirclePerson = { id: 'p-boss', alias: 'Boss', relation: 'employer', number: '' };
export const CIRCLE: readonly CirclePerson[] = [MUM, BOSS];

export function entry(id: string, occurredAt: string, over: Partial<ContactEntry> = {}): ContactEntry {
  return {
    id,
    occurredAt,
    timeZone: 'Asia/Shanghai',
    channel: 'call',
    direction: 'inbound',
    fromNumber: '95xxx',
    organisation: 'Acme Collect',
    agent: '',
    loanId: 'loan-1',
    target: { kind: 'self' },
    answered: true,
    durationSeconds: 60,
    summary: '',
    tags: [],
    ...over,
  };
}

export const toMum = { target: { kind: 'circle', personId: MUM.id } } as const;

export function run(entries: readonly ContactEntry[], jurisdiction: ConductJurisdiction | ((e: ContactEntry) => ConductJurisdiction)): ConductFinding[] {
  const jurisdictionOf = typeof jurisdiction === 'function' ? jurisdiction : () => jurisdiction;
  return checkConduct({ entries, jurisdictionOf, circle: CIRCLE });
}

/** The findings of one rule, as [primaryEntryId, entryIds] pairs. */
export function hits(findings: readonly ConductFinding[], ruleId: string): Array<[string, string[]]> {
  return findings.filter((f) => f.ruleId === ruleId).map((f) => [f.primaryEntryId, f.entryIds]);
}

export function ruleIds(findings: readonly ConductFinding[]): string[] {
  return findings.map((f) => f.ruleId);
}

/** `n` calls at the given UTC hour:minute on a UTC date, one minute apart, ids prefix1..prefixN. */
export function calls(prefix: string, n: number, startIso: string, over: Partial<ContactEntry> = {}): ContactEntry[] {
  const start = Date.parse(startIso);
  return Array.from({ length: n }, (_, i) => entry(`${prefix}${i + 1}`, new Date(start + i * 60_000).toISOString(), over));
}
