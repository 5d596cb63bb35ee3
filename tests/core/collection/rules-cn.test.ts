// China's pack at its edges: the 22:00–08:00 window in the contacted person's zone, the 3rd/4th connected
// call and 6th/7th unanswered attempt per local day, third parties with the borrower reachable or not.
import { describe, expect, it } from 'vitest';
import { calls, entry, hits, MUM, run, ruleIds, toMum } from './fixtures';

describe('CN-TIME-01 (22:00–08:00 local)', () => {
  const at = (iso: string, over = {}) => run([entry('e', iso, over)], 'CN');

  it('flags 22:00 and 07:59 Beijing time but not 21:59 or 08:00', () => {
    expect(ruleIds(at('2026-03-10T14:00:00Z'))).toEqual(['CN-TIME-01']);
    expect(ruleIds(at('2026-03-10T23:59:00Z'))).toEqual(['CN-TIME-01']);
    expect(at('2026-03-10T13:59:00Z')).toEqual([]);
    expect(at('2026-03-11T00:00:00Z')).toEqual([]);
  });

  it('explains calmly in both languages with the local time', () => {
    const [finding] = at('2026-03-10T14:14:00Z');
    expect(finding?.explanation).toEqual({
      en: 'Collectors should not call between 22:00 and 08:00 (your local time) unless you agreed to it. This call was at 22:14.',
      'zh-CN': '催收不应在晚上 22:00 至早上 08:00 之间联系你（除非你事先同意）。这次联系发生在 22:14。',
    });
    expect(finding).toMatchObject({ tier: 'likely-violation', confidence: 'S', date: '2026-03-10', primaryEntryId: 'e', entryIds: ['e'] });
    expect(finding?.citation).toContain('GB/T 45251-2025');
  });

  it('judges the hour in the zone of the person contacted', () => {
    // 14:30Z is 22:30 in Shanghai but 14:30 in London, where this person lives; 22:30Z is 22:30 there.
    expect(hits(at('2026-03-10T14:30:00Z', { ...toMum, timeZone: 'Europe/London' }), 'CN-TIME-01')).toEqual([]);
    expect(hits(at('2026-03-10T22:30:00Z', { ...toMum, timeZone: 'Europe/London' }), 'CN-TIME-01')).toEqual([['e', ['e']]]);
    const night = at('2026-03-10T22:30:00Z', { ...toMum, timeZone: 'Europe/London' }).find((f) => f.ruleId === 'CN-TIME-01');
    expect(night?.explanation).toEqual({
      en: `Collectors should not call between 22:00 and 08:00 (their local time) unless they agreed to it. This call to ${MUM.alias} was at 22:30.`,
      'zh-CN': `催收不应在晚上 22:00 至早上 08:00 之间联系${MUM.alias}（除非${MUM.alias}事先同意）。这次联系发生在 22:30。`,
    });
  });

  it('is suppressed by prior agreement, and ignores the user’s own calls and posted letters', () => {
    expect(at('2026-03-10T15:00:00Z', { tags: ['prior-agreement'] })).toEqual([]);
    expect(at('2026-03-10T15:00:00Z', { direction: 'outbound' })).toEqual([]);
    expect(at('2026-03-10T15:00:00Z', { channel: 'letter' })).toEqual([]);
    expect(ruleIds(at('2026-03-10T15:00:00Z', { channel: 'sms' }))).toEqual(['CN-TIME-01']);
  });
});

describe('CN-FREQ-01 (more than 3 connected calls a day)', () => {
  it('lets 3 connected calls pass and flags the 4th, naming every call of the day', () => {
    expect(hits(run(calls('c', 3, '2026-03-10T02:00:00Z'), 'CN'), 'CN-FREQ-01')).toEqual([]);
    const findings = run(calls('c', 5, '2026-03-10T02:00:00Z'), 'CN');
    expect(hits(findings, 'CN-FREQ-01')).toEqual([['c4', ['c1', 'c2', 'c3', 'c4', 'c5']]]);
    expect(findings.find((f) => f.ruleId === 'CN-FREQ-01')?.explanation.en).toContain('On 2026-03-10 you had 5 connected calls');
  });

  it('counts per local day, not per UTC day', () => {
    // 15:30Z is 23:30 local on the 10th; 16:30Z is 00:30 local on the 11th (same UTC day).
    const two = calls('a', 2, '2026-03-10T10:00:00Z');
    const night = [entry('n1', '2026-03-10T15:30:00Z', { tags: ['prior-agreement'] }), entry('n2', '2026-03-10T16:30:00Z', { tags: ['prior-agreement'] })];
    expect(hits(run([...two, ...night], 'CN'), 'CN-FREQ-01')).toEqual([]);
    const threeThenOne = [...calls('a', 3, '2026-03-10T10:00:00Z'), entry('n1', '2026-03-10T15:30:00Z', { tags: ['prior-agreement'] })];
    expect(hits(run(threeThenOne, 'CN'), 'CN-FREQ-01')).toEqual([['n1', ['a1', 'a2', 'a3', 'n1']]]);
  });

  it('ignores unanswered calls, messages, the user’s own calls and calls to others', () => {
    const three = calls('c', 3, '2026-03-10T02:00:00Z');
    const others = [
      entry('x1', '2026-03-10T03:00:00Z', { answered: false }),
      entry('x2', '2026-03-10T03:01:00Z', { channel: 'sms' }),
      entry('x3', '2026-03-10T03:02:00Z', { direction: 'outbound' }),
      entry('x4', '2026-03-10T03:03:00Z', { ...toMum }),
    ];
    expect(hits(run([...three, ...others], 'CN'), 'CN-FREQ-01')).toEqual([]);
  });
});

describe('CN-FREQ-02 (more than 6 unanswered attempts a day)', () => {
  it('lets 6 pass and flags the 7th as a possible issue', () => {
    expect(hits(run(calls('u', 6, '2026-03-10T02:00:00Z', { answered: false }), 'CN'), 'CN-FREQ-02')).toEqual([]);
    const findings = run(calls('u', 7, '2026-03-10T02:00:00Z', { answered: false }), 'CN');
    expect(hits(findings, 'CN-FREQ-02')).toEqual([['u7', ['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']]]);
    expect(findings.find((f) => f.ruleId === 'CN-FREQ-02')?.tier).toBe('possible-issue');
  });

  it('counts each contacted person separately', () => {
    const mixed = [...calls('u', 6, '2026-03-10T02:00:00Z', { answered: false }), entry('m1', '2026-03-10T03:00:00Z', { ...toMum, answered: false })];
    expect(hits(run(mixed, 'CN'), 'CN-FREQ-02')).toEqual([]);
  });
});

describe('CN-3P (third parties)', () => {
  const mumCall = entry('mum', '2026-03-10T06:00:00Z', { ...toMum });

  it('is likely when the borrower answered that day', () => {
    const findings = run([entry('s1', '2026-03-10T02:00:00Z'), mumCall], 'CN');
    expect(hits(findings, 'CN-3P-01')).toEqual([['mum', ['s1', 'mum']]]);
    expect(findings.find((f) => f.ruleId === 'CN-3P-01')?.explanation['zh-CN']).toContain('联系了妈妈');
  });

  it('is likely when the collector went to a third party without 3 failed attempts first', () => {
    expect(hits(run([mumCall], 'CN'), 'CN-3P-01')).toEqual([['mum', ['mum']]]);
    const twoFailed = calls('f', 2, '2026-03-09T02:00:00Z', { answered: false });
    expect(hits(run([...twoFailed, mumCall], 'CN'), 'CN-3P-01')).toEqual([['mum', ['f1', 'f2', 'mum']]]);
  });

  it('is a possible issue after 3 failed attempts in a row (borrower unreachable)', () => {
    const threeFailed = calls('f', 3, '2026-03-09T02:00:00Z', { answered: false });
    const findings = run([entry('ok', '2026-03-08T02:00:00Z'), ...threeFailed, mumCall], 'CN');
    expect(hits(findings, 'CN-3P-01')).toEqual([]);
    expect(hits(findings, 'CN-3P-02')).toEqual([['mum', ['f1', 'f2', 'f3', 'mum']]]);
    expect(findings.find((f) => f.ruleId === 'CN-3P-02')?.tier).toBe('possible-issue');
  });

  it('treats a connected contact after the failures, or that day, as reachable again', () => {
    const failedThenAnswered = [...calls('f', 3, '2026-03-09T02:00:00Z', { answered: false }), entry('back', '2026-03-09T05:00:00Z')];
    expect(hits(run([...failedThenAnswered, mumCall], 'CN'), 'CN-3P-01')).toHaveLength(1);
    const answeredLaterThatDay = [...calls('f', 3, '2026-03-10T01:00:00Z', { answered: false }), mumCall, entry('later', '2026-03-10T09:00:00Z')];
    expect(hits(run(answeredLaterThatDay, 'CN'), 'CN-3P-01')).toEqual([['mum', ['mum', 'later']]]);
  });

  it('counts a self entry tagged third-party as contacting someone else', () => {
    expect(ruleIds(run([entry('t', '2026-03-10T06:00:00Z', { tags: ['third-party'] })], 'CN'))).toEqual(['CN-3P-01']);
  });

  it('CN-3P-03 flags every contact after the person refused, not before or on the refusal', () => {
    const list = [
      entry('r0', '2026-03-10T02:00:00Z', { ...toMum }),
      entry('r1', '2026-03-10T03:00:00Z', { ...toMum, tags: ['refused-further-contact'] }),
      entry('r2', '2026-03-12T03:00:00Z', { ...toMum }),
      entry('r3', '2026-03-12T03:00:00Z', { ...toMum, direction: 'outbound' }),
      entry('r4', '2026-03-13T03:00:00Z', { target: { kind: 'circle', personId: 'p-boss' } }),
    ];
    const findings = run(list, 'CN');
    expect(hits(findings, 'CN-3P-03')).toEqual([['r2', ['r1', 'r2']]]);
    expect(findings.find((f) => f.ruleId === 'CN-3P-03')?.explanation.en).toBe(
      `Once someone other than you has said they do not want to be contacted, collectors should not contact them again. ${MUM.alias} said so on 2026-03-10; this contact on 2026-03-12 came after that.`,
    );
  });
});

describe('CN single-entry rules', () => {
  const cases: Array<[string, Parameters<typeof entry>[2], string[]]> = [
    ['disclosure', { tags: ['disclosure'] }, ['CN-3P-04']],
    ['contact list', { tags: ['contact-list'] }, ['CN-PI-01']],
    ['threat and insult (one finding)', { tags: ['threat', 'insult'] }, ['CN-THREAT-01']],
    ['fake documents', { tags: ['fake-documents'] }, ['CN-IMP-01']],
    ['impersonation', { tags: ['impersonation'] }, ['CN-IMP-01']],
    ['false claims', { tags: ['false-claims'] }, ['CN-MISLEAD-01']],
    ['public posting', { tags: ['public-posting'] }, ['CN-PUBLIC-01']],
    ['fees', { tags: ['fees-or-new-loan'] }, ['CN-FEE-01']],
    ['entered home', { channel: 'visit', tags: ['entered-home'] }, ['CN-VISIT-02']],
    ['no identification', { tags: ['no-identification'] }, ['CN-ID-01']],
    ['no identification on the user’s own call', { direction: 'outbound', tags: ['no-identification'] }, []],
    ['threat on the user’s own call', { direction: 'outbound', tags: ['threat'] }, ['CN-THREAT-01']],
    ['a plain daytime call', {}, []],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(ruleIds(run([entry('e', '2026-03-10T04:00:00Z', over)], 'CN'))).toEqual(expected);
  });

  it('takes tiers and confidence from the reference', () => {
    const [visit] = run([entry('e', '2026-03-10T04:00:00Z', { tags: ['entered-home'] })], 'CN');
    expect(visit).toMatchObject({ tier: 'likely-violation', confidence: 'V' });
    const [id] = run([entry('e', '2026-03-10T04:00:00Z', { tags: ['no-identification'] })], 'CN');
    expect(id).toMatchObject({ tier: 'possible-issue', confidence: 'S' });
  });
});
