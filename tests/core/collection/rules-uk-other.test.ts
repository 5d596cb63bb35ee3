// The UK pack (FCA CONC 7, hours only as a heuristic) and the information-only checks for jurisdictions
// without a pack.
import { describe, expect, it } from 'vitest';
import { CONTACT_TAGS, type ContactEntry } from '../../../src/core/collection/types';
import { entry, hits, run, ruleIds, toMum } from './fixtures';

const london = { timeZone: 'Europe/London' } as const;

describe('UK pack', () => {
  it('UK-TIME-01 is a possible issue from 21:00 and before 08:00 London time (BST in June)', () => {
    const at = (iso: string, over: Partial<ContactEntry> = {}) => hits(run([entry('e', iso, { ...london, ...over })], 'UK'), 'UK-TIME-01');
    expect(at('2026-06-10T20:00:00Z')).toEqual([['e', ['e']]]);
    expect(at('2026-06-10T19:59:00Z')).toEqual([]);
    expect(at('2026-06-10T06:59:00Z')).toEqual([['e', ['e']]]);
    expect(at('2026-06-10T07:00:00Z')).toEqual([]);
    expect(at('2026-06-10T20:00:00Z', { tags: ['prior-agreement'] })).toEqual([]);
    const [finding] = run([entry('e', '2026-06-10T20:00:00Z', london)], 'UK');
    expect(finding).toMatchObject({ tier: 'possible-issue', citation: expect.stringContaining('CONC 7.9.4R') as unknown });
  });

  const cases: Array<[string, Partial<ContactEntry>, string[]]> = [
    ['disclosure', { tags: ['disclosure'] }, ['UK-3P-01']],
    ['public posting', { tags: ['public-posting'] }, ['UK-3P-01']],
    ['impersonation', { tags: ['impersonation'] }, ['UK-MISLEAD-01']],
    ['insult', { tags: ['insult'] }, ['UK-PRESS-01']],
    ['entered home', { channel: 'visit', tags: ['entered-home'] }, ['UK-VISIT-01']],
    ['a daytime call to a relative', { ...toMum }, []],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(ruleIds(run([entry('e', '2026-06-10T12:00:00Z', { ...london, ...over })], 'UK'))).toEqual(expected);
  });
});

describe('OTHER: information only', () => {
  it('gives only information, even for a night-time call tagged with everything', () => {
    const everything = entry('e', '2026-06-10T23:30:00Z', { ...london, ...toMum, tags: [...CONTACT_TAGS].filter((t) => t !== 'prior-agreement') });
    const findings = run([everything, ...Array.from({ length: 9 }, (_, i) => entry(`c${i}`, `2026-06-10T1${i}:00:00Z`, london))], 'OTHER');
    expect(ruleIds(findings)).toEqual(['OTHER-CONDUCT-01', 'OTHER-TIME-01']);
    expect(findings.every((f) => f.tier === 'information' && f.jurisdiction === 'OTHER')).toBe(true);
  });

  it('says nothing about a plain daytime call', () => {
    expect(run([entry('e', '2026-06-10T12:00:00Z', london)], 'OTHER')).toEqual([]);
  });
});
