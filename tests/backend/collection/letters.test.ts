// Letter drafts per jurisdiction: the right set of kinds, filled with the organisation, the period, the
// counts and the findings; CN letters in the user's language, US/UK letters in English with a zh-CN note.
import { describe, expect, it } from 'vitest';
import { buildLetters } from '../../../src/backend/collection/letters';
import { dossierData } from './dossier-fixture';

const kinds = (letters: { kind: string }[]): string[] => letters.map((l) => l.kind);
const body = (letters: { kind: string; body: string }[], kind: string): string => letters.find((l) => l.kind === kind)?.body ?? '';

describe('China letters', () => {
  const zh = buildLetters(dossierData({ scope: { loanId: 'loan-cn' } }), 'zh-CN');

  it('are the regulator complaint, the third-party demand and the records request', () => {
    expect(kinds(zh)).toEqual(['cn-regulator-complaint', 'cn-stop-third-party', 'cn-records-request']);
  });

  it('are written in Chinese for a zh-CN user, filled with the organisation, loan, period and counts', () => {
    const complaint = body(zh, 'cn-regulator-complaint');
    expect(complaint).toContain('12378');
    expect(complaint).toContain('被投诉机构：Quick Loan Co');
    expect(complaint).toContain('借呗 (Ant Credit)');
    expect(complaint).toContain('2026-03-01 至 2026-03-02 期间，我共记录到 Quick Loan Co 及其委托的催收方的联系 2 次，其中 1 次联系了我的亲友或同事');
    expect(complaint).toContain('其中 2 项可能违规、1 项可能存在问题');
    expect(complaint).toContain('- 2026-03-01 CN-3P-04 CN-3P-04 标题 (民法典 1032, 1038; PIPL Art.10)');
    expect(complaint).toContain('CN-RATE-03 标题 (2019 opinion，待核实)');
    expect(complaint).toContain('[你的姓名]');
    expect(complaint).toContain('日期：2026-03-10');
    expect(complaint).not.toContain('US-TIME-01');
  });

  it('name the people in the circle who were reached, and when', () => {
    const demand = body(zh, 'cn-stop-third-party');
    expect(demand).toContain('致：Quick Loan Co');
    expect(demand).toContain('联系了我的亲友或同事 1 次');
    expect(demand).toContain('- 2026-03-01 妈妈 (父母), 电话');
    expect(body(zh, 'cn-records-request')).toContain('《个人信息保护法》第45条');
  });

  it('are written in English for an English user', () => {
    const en = buildLetters(dossierData({ scope: { loanId: 'loan-cn' } }), 'en');
    const complaint = body(en, 'cn-regulator-complaint');
    expect(complaint).toContain('Between 2026-03-01 and 2026-03-02 I logged 2 contacts from Quick Loan Co');
    expect(complaint).toContain('1 of them with my family');
    expect(complaint).not.toMatch(/[\u4e00-\u9fff]{4}/);
    expect(body(en, 'cn-stop-third-party')).toContain('- 2026-03-01 妈妈 (parent), Call');
  });

  it('fall back to placeholders when the log names no organisation', () => {
    const data = dossierData({ scope: { loanId: 'loan-cn' } });
    const letters = buildLetters({ ...data, entries: data.entries.map((e) => ({ ...e, organisation: '' })) }, 'zh-CN');
    expect(body(letters, 'cn-stop-third-party')).toContain('致：[机构名称]');
  });
});

describe('US letters', () => {
  const en = buildLetters(dossierData({ scope: { loanId: 'loan-us' } }), 'en');

  it('are the five CFPB-style letters and a complaint summary', () => {
    expect(kinds(en)).toEqual(['us-tell-me-more', 'us-dispute', 'us-how-to-contact', 'us-lawyer', 'us-stop-contact', 'us-cfpb-summary']);
  });

  it('are filled with the organisation, the counts and the findings', () => {
    expect(body(en, 'us-stop-contact')).toContain('To: Acme Collections');
    expect(body(en, 'us-stop-contact')).toContain('Between 2026-03-05 and 2026-03-05 I logged 1 contact from you, 0 of them with other people.');
    expect(body(en, 'us-stop-contact')).toContain('1692c(c)');
    const summary = body(en, 'us-cfpb-summary');
    expect(summary).toContain('Company: Acme Collections');
    expect(summary).toContain('(1 likely violation, 0 possible issues)');
    expect(summary).toContain('- 2026-03-05 US-TIME-01 US-TIME-01 title');
    expect(summary).not.toMatch(/https?:/);
  });

  it('stay in English for a zh-CN user, with Chinese titles and a Chinese note on top', () => {
    const zh = buildLetters(dossierData({ scope: { loanId: 'loan-us' } }), 'zh-CN');
    expect(zh[0]?.title).toBe('要求说明债务详情（核实请求）');
    const stop = body(zh, 'us-stop-contact');
    expect(stop.startsWith('【说明：此信寄往美国的催收方或监管机构，需用英文。')).toBe(true);
    expect(stop).toContain('I ask that you stop all communication');
  });
});

describe('UK letters', () => {
  const data = dossierData({ scope: { loanId: 'loan-uk' } });
  const ukData = {
    ...data,
    entries: data.entries.map((e) => (e.id === 'e3' ? { ...e, loanId: 'loan-uk', jurisdiction: 'UK' as const, timeZone: 'Europe/London' } : e)),
  };

  it('are the complaint to the firm and then to the Ombudsman, filled from the log', () => {
    const letters = buildLetters(ukData, 'en');
    expect(kinds(letters)).toEqual(['uk-firm-complaint', 'uk-ombudsman']);
    expect(body(letters, 'uk-firm-complaint')).toContain('To: Acme Collections, Complaints Department');
    expect(body(letters, 'uk-firm-complaint')).toContain('I logged 1 contact from you');
    expect(body(letters, 'uk-firm-complaint')).toContain('eight weeks');
    expect(body(letters, 'uk-ombudsman')).toContain('0800 023 4567');
  });
});

describe('letter sets', () => {
  it('follow the jurisdictions of the entries when no loan is chosen, and none for OTHER', () => {
    expect(kinds(buildLetters(dossierData(), 'en'))).toEqual([
      'cn-regulator-complaint',
      'cn-stop-third-party',
      'cn-records-request',
      'us-tell-me-more',
      'us-dispute',
      'us-how-to-contact',
      'us-lawyer',
      'us-stop-contact',
      'us-cfpb-summary',
    ]);
    const data = dossierData();
    expect(buildLetters({ ...data, entries: data.entries.map((e) => ({ ...e, jurisdiction: 'OTHER' as const })) }, 'en')).toEqual([]);
  });
});

describe('a dossier mixing jurisdictions', () => {
  it('gives each letter set only the contacts judged under its own rules', () => {
    const letters = buildLetters(dossierData(), 'en');
    expect(body(letters, 'cn-regulator-complaint')).toContain('I logged 2 contacts from Quick Loan Co');
    expect(body(letters, 'us-stop-contact')).toContain('To: Acme Collections');
    expect(body(letters, 'us-stop-contact')).toContain('I logged 1 contact from you');
  });
});
