// The checker as a whole: jurisdictions kept apart, findings oldest first and stable under any input
// order, summaries, findingsFor, and a catalogue in which every rule speaks both languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONDUCT_DISCLAIMER, RULE_CATALOGUE } from '../../../src/core/collection/catalogue';
import { checkConduct, findingsFor, summarizeFindings } from '../../../src/core/collection/check';
import { CONTACT_CHANNELS, CONTACT_TAGS, type ContactEntry } from '../../../src/core/collection/types';
import { JURISDICTIONS, type Jurisdiction } from '../../../src/core/cost/legal-types';
import { BOSS, calls, CIRCLE, entry, MUM, run, ruleIds, toMum } from './fixtures';

describe('checkConduct', () => {
  it('sorts findings oldest first by the entry that crossed the line, then by rule id', () => {
    const list = [
      entry('late', '2026-03-10T15:00:00Z', { tags: ['threat'] }),
      entry('early', '2026-03-09T04:00:00Z', { tags: ['threat', 'disclosure'] }),
    ];
    expect(run(list, 'CN').map((f) => [f.primaryEntryId, f.ruleId])).toEqual([
      ['early', 'CN-3P-04'],
      ['early', 'CN-THREAT-01'],
      ['late', 'CN-THREAT-01'],
      ['late', 'CN-TIME-01'],
    ]);
  });

  it('judges each entry under its own jurisdiction and keeps cross-entry rules within it', () => {
    const cn = calls('cn', 3, '2026-03-10T02:00:00Z');
    const us = entry('us', '2026-03-10T02:30:00Z', { loanId: 'loan-us' });
    const findings = run([...cn, us], (e) => (e.loanId === 'loan-us' ? 'US' : 'CN'));
    expect(ruleIds(findings)).toEqual([]);
    const usNight = run([entry('us', '2026-03-10T14:30:00Z', { loanId: 'loan-us' })], (e) => (e.loanId === 'loan-us' ? 'US' : 'CN'));
    expect(usNight.map((f) => [f.ruleId, f.jurisdiction])).toEqual([['US-TIME-01', 'US']]);
  });

  it('reads an unknown time zone as UTC instead of failing the whole log', () => {
    expect(ruleIds(run([entry('e', '2026-03-10T23:00:00Z', { timeZone: 'Not/AZone' })], 'CN'))).toEqual(['CN-TIME-01']);
  });

  it('fills every placeholder', () => {
    const list = [
      ...calls('c', 8, '2026-03-10T02:00:00Z', { answered: false }),
      entry('m1', '2026-03-10T14:30:00Z', { ...toMum, tags: ['refused-further-contact', ...CONTACT_TAGS.slice(0, 12)] }),
      entry('m2', '2026-03-11T03:00:00Z', { ...toMum }),
    ];
    for (const jurisdiction of JURISDICTIONS) {
      for (const f of run(list, jurisdiction)) {
        expect(`${f.explanation.en} ${f.explanation['zh-CN']}`).not.toMatch(/[{}]/);
      }
    }
  });
});

describe('summarizeFindings and findingsFor', () => {
  const list = [entry('a', '2026-03-10T02:00:00Z'), ...calls('c', 3, '2026-03-10T03:00:00Z'), entry('t', '2026-03-10T15:00:00Z', { tags: ['threat'], answered: false })];
  const findings = run(list, 'CN');

  it('counts per tier and per rule', () => {
    expect(summarizeFindings(findings)).toEqual({
      total: 3,
      byTier: { 'likely-violation': 3, 'possible-issue': 0, information: 0 },
      byRule: { 'CN-FREQ-01': 1, 'CN-THREAT-01': 1, 'CN-TIME-01': 1 },
    });
    expect(summarizeFindings([])).toEqual({ total: 0, byTier: { 'likely-violation': 0, 'possible-issue': 0, information: 0 }, byRule: {} });
  });

  it('returns the findings an entry is part of, including frequency findings it only contributes to', () => {
    expect(ruleIds(findingsFor('a', findings))).toEqual(['CN-FREQ-01']);
    expect(ruleIds(findingsFor('t', findings))).toEqual(['CN-THREAT-01', 'CN-TIME-01']);
    expect(findingsFor('nope', findings)).toEqual([]);
  });
});

describe('the rule catalogue', () => {
  it('gives every rule a title, explanation and citation in both languages, and the reference tiers', () => {
    for (const rule of RULE_CATALOGUE.values()) {
      expect(rule.title.en && rule.title['zh-CN'] && rule.explanation.en && rule.explanation['zh-CN'] && rule.citation).toBeTruthy();
      expect(rule.id.startsWith(rule.jurisdiction)).toBe(true);
    }
    const tier = (id: string) => RULE_CATALOGUE.get(id)?.tier;
    expect(['US-FREQ-01', 'US-FREQ-02', 'CN-FREQ-02', 'UK-TIME-01'].map(tier)).toEqual(Array(4).fill('possible-issue'));
    expect(['CN-TIME-01', 'CN-FREQ-01', 'CN-PI-01', 'US-TIME-01'].map(tier)).toEqual(Array(4).fill('likely-violation'));
    expect([...RULE_CATALOGUE.values()].filter((r) => r.jurisdiction === 'OTHER').every((r) => r.tier === 'information')).toBe(true);
    expect(CONDUCT_DISCLAIMER.en).toContain('not legal advice');
  });
});

const START = Date.parse('2026-03-01T00:00:00Z');
const entryArb = (id: string): fc.Arbitrary<ContactEntry> =>
  fc
    .record({
      offsetMin: fc.integer({ min: 0, max: 14 * 24 * 60 }),
      timeZone: fc.constantFrom('Asia/Shanghai', 'America/New_York', 'Europe/London'),
      channel: fc.constantFrom(...CONTACT_CHANNELS),
      direction: fc.constantFrom('inbound' as const, 'outbound' as const),
      organisation: fc.constantFrom('Acme', 'Other', ''),
      loanId: fc.constantFrom('L1', 'L2', null),
      target: fc.constantFrom({ kind: 'self' as const }, { kind: 'circle' as const, personId: MUM.id }, { kind: 'circle' as const, personId: BOSS.id }),
      answered: fc.boolean(),
      tags: fc.subarray([...CONTACT_TAGS], { maxLength: 3 }),
    })
    .map(({ offsetMin, ...rest }) => entry(id, new Date(START + offsetMin * 60_000).toISOString(), rest));

const logArb = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => entryArb(`e${String(i).padStart(2, '0')}`))))
  .map((list): ContactEntry[] => list);
const jurisdictionArb = fc.constantFrom<Jurisdiction>(...JURISDICTIONS);

describe('properties', () => {
  const byLoan = (map: Record<string, Jurisdiction>) => (e: ContactEntry): Jurisdiction => map[e.loanId ?? 'none'] ?? 'CN';
  const mapArb = fc.record({ L1: jurisdictionArb, L2: jurisdictionArb, none: jurisdictionArb });

  it('gives the same findings whatever order the entries come in', () => {
    fc.assert(
      fc.property(logArb, mapArb, fc.integer(), (log, map, seed) => {
        const shuffled = fc.sample(fc.shuffledSubarray(log, { minLength: log.length, maxLength: log.length }), { seed, numRuns: 1 })[0] ?? log;
        const input = { jurisdictionOf: byLoan(map), circle: CIRCLE };
        expect(checkConduct({ ...input, entries: shuffled })).toEqual(checkConduct({ ...input, entries: log }));
      }),
      { numRuns: 150 },
    );
  });

  it('names only existing entries, oldest first, always including the primary one', () => {
    fc.assert(
      fc.property(logArb, mapArb, (log, map) => {
        const at = new Map(log.map((e) => [e.id, Date.parse(e.occurredAt)]));
        for (const f of checkConduct({ entries: log, jurisdictionOf: byLoan(map), circle: CIRCLE })) {
          expect(f.entryIds).toContain(f.primaryEntryId);
          expect(new Set(f.entryIds).size).toBe(f.entryIds.length);
          const times = f.entryIds.map((id) => at.get(id));
          expect(times.every((t) => t !== undefined)).toBe(true);
          expect([...times].sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(times);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never changes the findings of other entries when an entry of another jurisdiction is added', () => {
    fc.assert(
      fc.property(logArb, entryArb('zz-extra'), jurisdictionArb, jurisdictionArb, (log, extra, base, other) => {
        fc.pre(base !== other);
        const jurisdictionOf = (e: ContactEntry): Jurisdiction => (e.id === 'zz-extra' ? other : base);
        const before = checkConduct({ entries: log, jurisdictionOf, circle: CIRCLE });
        const after = checkConduct({ entries: [...log, extra], jurisdictionOf, circle: CIRCLE });
        expect(after.filter((f) => !f.entryIds.includes('zz-extra'))).toEqual(before);
        expect(after.filter((f) => f.entryIds.includes('zz-extra')).every((f) => f.jurisdiction === other)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives OTHER entries information only', () => {
    fc.assert(
      fc.property(logArb, (log) => {
        const findings = checkConduct({ entries: log, jurisdictionOf: () => 'OTHER', circle: CIRCLE });
        expect(findings.every((f) => f.tier === 'information')).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
