// The dossier report and its data: self-contained and escaped HTML, findings with citations and "to verify",
// the local-time timeline, the evidence list with hashes, the chain head, scope selection and entries.json.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/contract';
import { assembleDossier, entriesJson, exportDossier } from '../../../src/backend/collection/dossier';
import { buildDossierHtml, escapeHtml } from '../../../src/backend/collection/dossier-html';
import { dossierScope } from '../../../src/backend/collection/dossier-load';
import { dossierData, EVIDENCE_BYTES, HOSTILE_SUMMARY, readFixtureEvidence, sha } from './dossier-fixture';

describe('buildDossierHtml', () => {
  const html = buildDossierHtml(dossierData(), 'en');

  it('escapes user text, so a <script> in a summary stays text', () => {
    expect(html).toContain('She said &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;pay now&quot;');
    expect(html.toLowerCase()).not.toContain('<script');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('loads nothing from outside: no script, no link, no external URL except in escaped user text', () => {
    const withoutUserText = html.replace(escapeHtml(HOSTILE_SUMMARY), '');
    expect(withoutUserText).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/\b(src|href)\s*=|@import|url\(/i);
    expect(html).toContain('<style>');
    expect(html).toContain("default-src 'none'");
  });

  it('is print-friendly on A4', () => {
    expect(html).toMatch(/@page\s*\{\s*size:\s*A4;\s*margin:/);
  });

  it('summarises who, which period and the counts by tier', () => {
    expect(html).toContain('Quick Loan Co');
    expect(html).toContain('2026-03-01 – 2026-03-05');
    expect(html).toContain('Likely violation: 3 · Possible issue: 1 · Information: 0');
  });

  it('lists each finding with rule id, tier, explanation, citation and confidence; M reads "To verify"', () => {
    for (const text of ['CN-TIME-01', 'CN-3P-04', 'US-TIME-01', 'CN-3P-04 explained', '民法典 1032, 1038; PIPL Art.10', '15 U.S.C. 1692c(a)(1)']) {
      expect(html).toContain(escapeHtml(text));
    }
    const unverified = html.slice(html.indexOf('CN-RATE-03'), html.indexOf('</div>', html.indexOf('CN-RATE-03')));
    expect(unverified).toContain('<span class="verify">To verify</span>');
    expect(unverified).toContain('Possible issue');
    const checked = html.slice(html.indexOf('<strong>CN-3P-04'), html.indexOf('</div>', html.indexOf('<strong>CN-3P-04')));
    expect(checked).toContain('Checked against the primary text');
    expect(checked).not.toContain('To verify');
  });

  it('shows the timeline in each contact’s local time with its zone, oldest first, with who was reached', () => {
    const first = html.indexOf('2026-03-01 22:30 (Asia/Shanghai)');
    const second = html.indexOf('2026-03-02 01:00 (Asia/Shanghai)');
    const third = html.indexOf('2026-03-05 21:30 (America/New_York)');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
    expect(html).toContain('妈妈 (parent)');
    expect(html).toContain('disclosed the debt to others, contacted a third party');
    expect(html).toContain('Quick Loan Co / Agent 7');
    expect(html).toContain('2 revisions');
  });

  it('lists evidence by name, size, SHA-256 and import time, without embedding the bytes', () => {
    expect(html).toContain('截图 2026-03-01.png');
    expect(html).toContain(sha(EVIDENCE_BYTES.ev1 ?? ''));
    expect(html).toContain(`${EVIDENCE_BYTES.ev1?.length} B`);
    expect(html).toContain('2026-03-01 23:00 (Asia/Shanghai)');
    expect(html).not.toContain('fake screenshot');
    expect(html).not.toMatch(/data:/);
  });

  it('states the chain head, and says so plainly when the chain did not verify', () => {
    expect(html).toContain(sha('head-of-chain'));
    expect(html).toContain('verified when this report was made');
    const broken = buildDossierHtml(
      dossierData({ chain: { ok: false, entries: 3, evidence: 2, head: 'abc', brokenAt: { kind: 'entry', id: 'e2', reason: 'revision 1 was changed' } } }),
      'en',
    );
    expect(broken).toContain('did NOT verify');
    expect(broken).toContain('entry e2: revision 1 was changed');
  });

  it('closes with a calm note that this is information, not legal advice', () => {
    expect(html).toContain('information, not legal advice');
  });

  it('writes zh-CN labels and the Chinese texts of the findings', () => {
    const zh = buildDossierHtml(dossierData(), 'zh-CN');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('催收行为记录报告');
    expect(zh).toContain('CN-3P-04 的说明');
    expect(zh).toContain('<span class="verify">待核实</span>');
    expect(zh).toContain('妈妈 (父母)');
    expect(zh).toContain('向他人透露欠款');
    expect(zh).toContain('并非法律意见');
  });

  it('gives the same string for the same data', () => {
    expect(buildDossierHtml(dossierData(), 'en')).toBe(html);
  });
});

describe('scope', () => {
  it('keeps only the loan’s entries and the findings resting on them', () => {
    const dossier = assembleDossier(dossierData({ scope: { loanId: 'loan-us' } }), 'en');
    expect([dossier.entries, dossier.findings, dossier.evidence]).toEqual([1, 1, 0]);
    expect(dossier.html).toContain('US-TIME-01');
    expect(dossier.html).not.toContain('CN-TIME-01');
    expect(dossier.html).toContain('Store card · Acme Bank (US)');
  });

  it('matches the organisation trimmed and case-insensitively', () => {
    const dossier = assembleDossier(dossierData({ scope: { organisation: '  quick loan co ' } }), 'en');
    expect([dossier.entries, dossier.findings, dossier.evidence]).toEqual([2, 3, 2]);
  });

  it('judges the date range in each entry’s own zone', () => {
    // e2 is 17:00 UTC on 1 March, which is already 2 March in Shanghai.
    const from2nd = assembleDossier(dossierData({ scope: { from: '2026-03-02', to: '2026-03-02' } }), 'en');
    expect(from2nd.entries).toBe(1);
    expect(from2nd.html).toContain('2026-03-02 01:00 (Asia/Shanghai)');
    const to1st = assembleDossier(dossierData({ scope: { to: '2026-03-01' } }), 'en');
    expect(to1st.entries).toBe(1);
    expect(to1st.html).toContain('2026-03-01 22:30');
  });

  it('records only the fields the user set', () => {
    expect(dossierScope({ loanId: 'x', organisation: '  ', from: undefined })).toEqual({ loanId: 'x' });
  });

  it('says there is nothing to show for an empty period', () => {
    const dossier = assembleDossier(dossierData({ scope: { from: '2027-01-01' } }), 'en');
    expect(dossier.entries).toBe(0);
    expect(dossier.html).toContain('No contacts in this period.');
    expect(dossier.letters).toEqual([]);
  });
});

describe('entries.json', () => {
  it('holds the entries in scope with their revisions, findings, evidence paths and only their chain links', () => {
    const doc = JSON.parse(entriesJson(dossierData({ scope: { loanId: 'loan-cn' } }))) as {
      format: string;
      entries: { id: string; revisions: { revision: number }[] }[];
      findings: { ruleId: string }[];
      evidence: { path: string }[];
      chain: { head: string; links: { record: { entryId: string } }[] };
    };
    expect(doc.format).toBe('quietledger-dossier');
    expect(doc.entries.map((e) => e.id)).toEqual(['e1', 'e2']);
    expect(doc.entries[0]?.revisions.map((r) => r.revision)).toEqual([1, 2]);
    expect(doc.findings.map((f) => f.ruleId).sort()).toEqual(['CN-3P-04', 'CN-RATE-03', 'CN-TIME-01']);
    expect(doc.evidence.map((e) => e.path)).toEqual([
      `evidence/${sha(EVIDENCE_BYTES.ev1 ?? '').slice(0, 12)}-截图 2026-03-01.png`,
      `evidence/${sha(EVIDENCE_BYTES.ev2 ?? '').slice(0, 12)}-recording.ogg`,
    ]);
    expect(doc.chain.head).toBe(sha('head-of-chain'));
    expect(doc.chain.links.map((l) => l.record.entryId)).toEqual(['e1', 'e2']);
  });
});

describe('exportDossier', () => {
  it('refuses to export evidence that no longer matches its recorded SHA-256', () => {
    const read = (id: string): Uint8Array => (id === 'ev2' ? new TextEncoder().encode('altered') : readFixtureEvidence(id));
    expect(() => exportDossier(dossierData(), 'en', read)).toThrow(DomainError);
  });

  it('refuses a pdfBase64 that is not a PDF', () => {
    const notPdf = Buffer.from('<html>').toString('base64');
    expect(() => exportDossier(dossierData(), 'en', readFixtureEvidence, notPdf)).toThrow(/not a PDF/);
  });

  it('names the file after the local date it was made', () => {
    const late = dossierData({ generatedAt: '2026-03-10T17:00:00Z' });
    expect(exportDossier(late, 'en', readFixtureEvidence).filename).toBe('quietledger-dossier-2026-03-11.zip');
  });
});
