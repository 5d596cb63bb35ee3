// The US pack at its edges: 8 am / 9 pm in the consumer's zone across daylight-saving changes, the 7th/8th
// call in 7 days and day 7/day 8 after a conversation (presumptions), cease and attorney notices.
import { describe, expect, it } from 'vitest';
import type { ContactEntry } from '../../../src/core/collection/types';
import { entry, hits, MUM, run, ruleIds, toMum } from './fixtures';

const ny = { timeZone: 'America/New_York' } as const;
const usEntry = (id: string, iso: string, over: Partial<ContactEntry> = {}) => entry(id, iso, { ...ny, ...over });
const timeHits = (iso: string, over: Partial<ContactEntry> = {}) => hits(run([usEntry('e', iso, over)], 'US'), 'US-TIME-01');

describe('US-TIME-01 (before 8 am, from 9 pm)', () => {
  it('flags 21:00 and 07:59 but not 20:59 or 08:00 (New York, daylight time)', () => {
    expect(timeHits('2026-04-15T01:00:00Z')).toEqual([['e', ['e']]]);
    expect(timeHits('2026-04-14T11:59:00Z')).toEqual([['e', ['e']]]);
    expect(timeHits('2026-04-15T00:59:00Z')).toEqual([]);
    expect(timeHits('2026-04-14T12:00:00Z')).toEqual([]);
  });

  it('follows the clock change on 8 March 2026: 12:30Z is 07:30 the day before, 08:30 that day', () => {
    expect(timeHits('2026-03-07T12:30:00Z')).toHaveLength(1);
    expect(timeHits('2026-03-08T12:30:00Z')).toEqual([]);
    expect(timeHits('2026-03-08T11:59:00Z')).toHaveLength(1);
  });

  it('follows the clock change on 1 November 2026: 01:59Z on the 2nd is 20:59, 02:00Z is 21:00', () => {
    expect(timeHits('2026-11-02T01:59:00Z')).toEqual([]);
    expect(timeHits('2026-11-02T02:00:00Z')).toHaveLength(1);
  });

  it('is suppressed by prior agreement and explains with the local time', () => {
    expect(timeHits('2026-04-15T02:00:00Z', { tags: ['prior-agreement'] })).toEqual([]);
    const [finding] = run([usEntry('e', '2026-04-15T02:14:00Z', { channel: 'sms' })], 'US');
    expect(finding?.explanation.en).toBe(
      'Debt collectors may not contact you before 8 am or after 9 pm at your location unless you agreed to it. This message was at 22:14 local time.',
    );
    expect(finding).toMatchObject({ tier: 'likely-violation', confidence: 'V', date: '2026-04-14' });
  });
});

/** Unanswered calls at 12:00 New York time on the given April days (no conversation, no night). */
function dayCalls(prefix: string, days: number[], over: Partial<ContactEntry> = {}): ContactEntry[] {
  return days.map((d, i) => usEntry(`${prefix}${i + 1}`, `2026-04-${String(d).padStart(2, '0')}T16:00:00Z`, { answered: false, ...over }));
}

describe('US-FREQ-01 (more than 7 calls in 7 days, a presumption)', () => {
  it('lets the 7th call in 7 days pass and flags the 8th as a possible issue', () => {
    expect(hits(run(dayCalls('c', [1, 2, 3, 4, 5, 6, 7]), 'US'), 'US-FREQ-01')).toEqual([]);
    const findings = run(dayCalls('c', [1, 2, 3, 4, 5, 6, 7, 7]), 'US');
    expect(hits(findings, 'US-FREQ-01')).toEqual([['c8', ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8']]]);
    expect(findings[0]).toMatchObject({ tier: 'possible-issue' });
    expect(findings[0]?.explanation.en).toContain('This was call 8 to you about this debt between 2026-04-01 and 2026-04-07.');
  });

  it('does not flag 8 calls spread over 8 days', () => {
    expect(hits(run(dayCalls('c', [1, 2, 3, 4, 5, 6, 7, 8]), 'US'), 'US-FREQ-01')).toEqual([]);
  });

  it('flags every call beyond the 7th', () => {
    const findings = run(dayCalls('c', [3, 3, 3, 3, 3, 3, 3, 3, 3]), 'US');
    expect(hits(findings, 'US-FREQ-01').map(([primary]) => primary)).toEqual(['c8', 'c9']);
  });

  it('counts per person and per debt, and leaves consented calls out', () => {
    const seven = dayCalls('c', [1, 2, 3, 4, 5, 6, 7]);
    expect(hits(run([...seven, ...dayCalls('o', [7], { loanId: 'loan-2' })], 'US'), 'US-FREQ-01')).toEqual([]);
    expect(hits(run([...seven, ...dayCalls('m', [7], { ...toMum })], 'US'), 'US-FREQ-01')).toEqual([]);
    expect(hits(run([...seven, ...dayCalls('a', [7], { tags: ['prior-agreement'] })], 'US'), 'US-FREQ-01')).toEqual([]);
  });
});

describe('US-FREQ-02 (a call within 7 days after a conversation)', () => {
  const talk = usEntry('talk', '2026-04-14T14:00:00Z', { answered: true });
  const after = (day: number, hour = 16) => usEntry(`d${day}`, `2026-04-${String(13 + day).padStart(2, '0')}T${hour}:00:00Z`, { answered: false });

  it('flags calls on day 1 (later that day) through day 7, not day 8', () => {
    const findings = run([talk, after(1), after(2), after(7), after(8)], 'US');
    expect(hits(findings, 'US-FREQ-02')).toEqual([
      ['d1', ['talk', 'd1']],
      ['d2', ['talk', 'd2']],
      ['d7', ['talk', 'd7']],
    ]);
    expect(findings.find((f) => f.primaryEntryId === 'd7')?.explanation.en).toContain('this call on 2026-04-20 fell on day 7');
  });

  it('counts a conversation the user started, but not one about another debt or a call before it', () => {
    const userCall = usEntry('talk', '2026-04-14T14:00:00Z', { direction: 'outbound' });
    expect(hits(run([userCall, after(3)], 'US'), 'US-FREQ-02')).toEqual([['d3', ['talk', 'd3']]]);
    expect(hits(run([usEntry('talk', '2026-04-14T14:00:00Z', { loanId: 'loan-2' }), after(3)], 'US'), 'US-FREQ-02')).toEqual([]);
    expect(hits(run([usEntry('before', '2026-04-14T13:00:00Z', { answered: false }), talk], 'US'), 'US-FREQ-02')).toEqual([]);
  });
});

describe('US-CEASE-01 and US-ATTY-01 (contact after a notice)', () => {
  const notice = (tag: 'cease-requested' | 'has-attorney') =>
    usEntry('notice', '2026-04-10T16:00:00Z', { channel: 'letter', direction: 'outbound', tags: [tag] });

  it.each([
    ['cease-requested', 'US-CEASE-01'],
    ['has-attorney', 'US-ATTY-01'],
  ] as const)('%s: flags a later contact from the same organisation only', (tag, ruleId) => {
    const list = [
      usEntry('before', '2026-04-09T16:00:00Z'),
      notice(tag),
      usEntry('after', '2026-04-12T16:00:00Z', { organisation: ' acme  COLLECT ' }),
      usEntry('other', '2026-04-12T17:00:00Z', { organisation: 'Other Agency' }),
    ];
    const findings = run(list, 'US');
    expect(hits(findings, ruleId)).toEqual([['after', ['notice', 'after']]]);
    expect(findings.find((f) => f.ruleId === ruleId)?.explanation.en).toContain('on 2026-04-10; this contact on 2026-04-12 came after that.');
  });
});

describe('US third parties and conduct', () => {
  it('US-LOC-01: the first contact with a person in the circle passes, the second is a possible issue', () => {
    const first = usEntry('m1', '2026-04-10T16:00:00Z', { ...toMum });
    expect(hits(run([first], 'US'), 'US-LOC-01')).toEqual([]);
    const findings = run([first, usEntry('m2', '2026-04-12T16:00:00Z', { ...toMum })], 'US');
    expect(hits(findings, 'US-LOC-01')).toEqual([['m2', ['m1', 'm2']]]);
    expect(findings.find((f) => f.ruleId === 'US-LOC-01')?.explanation.en).toContain(`${MUM.alias} has now been contacted 2 times`);
  });

  const cases: Array<[string, Partial<ContactEntry>, string[]]> = [
    ['disclosure', { tags: ['disclosure'] }, ['US-3P-01']],
    ['contact list', { tags: ['contact-list'] }, ['US-3P-01']],
    ['threat with no identification (one finding)', { tags: ['threat', 'no-identification'] }, ['US-ABUSE-01']],
    ['no identification on the user’s own call', { direction: 'outbound', tags: ['no-identification'] }, []],
    ['fake documents and false claims (one finding)', { tags: ['fake-documents', 'false-claims'] }, ['US-FALSE-01']],
    ['public posting', { tags: ['public-posting'] }, ['US-UNFAIR-01']],
    ['a plain daytime call', {}, []],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(ruleIds(run([usEntry('e', '2026-04-14T16:00:00Z', over)], 'US'))).toEqual(expected);
  });
});
