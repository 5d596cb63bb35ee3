// dossier.build and dossier.exportZip through dispatch on a real vault: the acceptance story (a night call
// to the user's mother that disclosed the debt) in the report, and a ZIP whose evidence is the original
// bytes and whose SHA256SUMS matches every file.
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { call, errorCode } from '../helpers';
import { contact, sampleFiles, sampleLoan, unlockedBackend } from './support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function story() {
  const harness = await unlockedBackend(cleanups);
  const { backend } = harness;
  const loan = await call(backend, 'loans.create', { ...sampleLoan, jurisdiction: 'CN' });
  const mum = await call(backend, 'circle.save', { person: { alias: '妈妈', relation: 'parent' } });
  const night = await call(backend, 'collection.log', {
    ...contact({ loanId: loan.id, summary: 'Told her I owe <b>money</b>' }),
    target: { kind: 'circle', personId: mum.id },
    tags: ['disclosure', 'third-party'],
  });
  await call(backend, 'collection.log', contact({ organisation: 'Someone Else', occurredAt: '2026-03-08T03:00:00Z' }));
  const png = sampleFiles()[0];
  if (!png) throw new Error('no sample file');
  const meta = await call(backend, 'evidence.attach', {
    entryId: night.id,
    filename: png.filename,
    mimeType: png.mimeType,
    base64: png.bytes.toString('base64'),
  });
  return { ...harness, loan, night, meta, png };
}

describe('dossier.build', () => {
  it('reports the loan’s contacts with their findings, evidence hash and chain head, in the chosen language', async () => {
    const { backend, loan, meta } = await story();
    const dossier = await call(backend, 'dossier.build', { loanId: loan.id, language: 'zh-CN' });
    expect(dossier.entries).toBe(1);
    expect(dossier.evidence).toBe(1);
    expect(dossier.findings).toBeGreaterThan(0);
    expect(dossier.html).toContain('催收行为记录报告');
    expect(dossier.html).toContain('2026-03-09 23:10 (Asia/Shanghai)');
    expect(dossier.html).toContain('妈妈 (父母)');
    expect(dossier.html).toContain('Told her I owe &lt;b&gt;money&lt;/b&gt;');
    expect(dossier.html).toContain(meta.sha256);
    expect(dossier.html).not.toContain('Someone Else');
    const chain = await call(backend, 'collection.verifyChain', {});
    expect(dossier.html).toContain(chain.head);
    expect(dossier.letters.map((l) => l.kind)).toContain('cn-stop-third-party');
    expect(dossier.letters.find((l) => l.kind === 'cn-stop-third-party')?.body).toContain('Fast Cash Collections');
  });
});

describe('dossier scope', () => {
  it('is NOT_FOUND for a loan that does not exist, and covers the whole log when nothing is chosen', async () => {
    const { backend } = await story();
    expect(await errorCode(backend, 'dossier.build', { loanId: '00000000-0000-4000-8000-000000000000', language: 'en' })).toBe('NOT_FOUND');
    const all = await call(backend, 'dossier.build', { language: 'en' });
    expect(all.entries).toBe(2);
    expect(all.html).toContain('Someone Else');
  });
});

describe('dossier.exportZip', () => {
  it('holds the decrypted evidence, the PDF given, entries.json and SHA256SUMS that match every file', async () => {
    const { backend, loan, meta, png } = await story();
    const pdfBase64 = Buffer.from('%PDF-1.7 test').toString('base64');
    const zip = await call(backend, 'dossier.exportZip', { loanId: loan.id, language: 'en', pdfBase64 });
    expect(zip.filename).toBe('quietledger-dossier-2026-03-10.zip');
    const files = unzipSync(Buffer.from(zip.base64, 'base64'));
    const paths = Object.keys(files);
    expect(paths[paths.length - 1]).toBe('SHA256SUMS');
    expect(strFromU8(files.SHA256SUMS ?? new Uint8Array())).toBe(zip.sha256sums);
    const evidence = files[`evidence/${meta.sha256.slice(0, 12)}-screenshot.png`];
    expect(evidence && Buffer.from(evidence).equals(png.bytes)).toBe(true);
    const expected = paths
      .filter((p) => p !== 'SHA256SUMS')
      .map((p) => `${sha256(files[p] ?? new Uint8Array())}  ${p}\n`)
      .join('');
    expect(zip.sha256sums).toBe(expected);
    expect(paths).toContain('report.pdf');
    const doc = JSON.parse(strFromU8(files['entries.json'] ?? new Uint8Array())) as { entries: { revisions: unknown[] }[]; chain: { ok: boolean; links: unknown[] } };
    expect(doc.entries).toHaveLength(1);
    expect(doc.entries[0]?.revisions).toHaveLength(1);
    expect(doc.chain.ok).toBe(true);
    expect(doc.chain.links).toHaveLength(2);
  });
});
