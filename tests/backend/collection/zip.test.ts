// The dossier ZIP: SHA256SUMS last and covering every other file, equal bytes for equal input, safe paths,
// and an export that `sha256sum -c` accepts after a real unzip, and rejects once a file is altered.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { exportDossier } from '../../../src/backend/collection/dossier';
import { buildDossierZip, evidencePath, safeFilename, SUMS_PATH } from '../../../src/backend/collection/zip';
import { dossierData, EVIDENCE_BYTES, readFixtureEvidence, sha } from './dossier-fixture';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const has = (tool: string): boolean => spawnSync(tool, ['--help'], { stdio: 'ignore' }).error === undefined;

const files = [
  { path: 'report.html', bytes: utf8('<!DOCTYPE html><p>report</p>') },
  { path: 'letters/us-dispute.txt', bytes: utf8('I dispute the debt.') },
  { path: 'evidence/0123456789ab-截图.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) },
];

/** The SHA256SUMS of an unzipped archive, recomputed from the bytes of every other file. */
function recomputedSums(unzipped: Record<string, Uint8Array>): string {
  return Object.keys(unzipped)
    .filter((p) => p !== SUMS_PATH)
    .map((p) => `${sha(unzipped[p] ?? new Uint8Array())}  ${p}\n`)
    .join('');
}

describe('buildDossierZip', () => {
  it('appends SHA256SUMS last, and its lines are the hashes of every other file', () => {
    const { bytes, sha256sums } = buildDossierZip(files);
    const unzipped = unzipSync(bytes);
    expect(Object.keys(unzipped)).toEqual([...files.map((f) => f.path), SUMS_PATH]);
    expect(strFromU8(unzipped[SUMS_PATH] ?? new Uint8Array())).toBe(sha256sums);
    expect(sha256sums).toBe(recomputedSums(unzipped));
    expect(sha256sums.split('\n')[0]).toMatch(/^[0-9a-f]{64} {2}report\.html$/);
    expect(sha256sums.endsWith('\n')).toBe(true);
  });

  it('gives equal bytes for equal input, and different bytes when a file differs', () => {
    const a = buildDossierZip(files).bytes;
    const b = buildDossierZip(files.map((f) => ({ path: f.path, bytes: Uint8Array.from(f.bytes) }))).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const changed = buildDossierZip([...files.slice(0, 2), { path: files[2]?.path ?? '', bytes: new Uint8Array([1]) }]).bytes;
    expect(Buffer.from(a).equals(Buffer.from(changed))).toBe(false);
  });

  it('writes the same bytes whatever the machine’s time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = buildDossierZip(files).bytes;
      process.env.TZ = 'Asia/Tokyo';
      const east = buildDossierZip(files).bytes;
      expect(Buffer.from(west).equals(Buffer.from(east))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses duplicate, absolute, parent-relative and reserved paths', () => {
    expect(() => buildDossierZip([files[0]!, files[0]!])).toThrow(/Duplicate/);
    for (const path of ['/etc/passwd', '../x', 'a/../b', 'a\\b', 'a//b', SUMS_PATH, 'x\ny', '']) {
      expect(() => buildDossierZip([{ path, bytes: new Uint8Array() }]), path).toThrow(/Unsafe/);
    }
  });
});

describe('safeFilename and evidencePath', () => {
  it('keeps one readable path segment in any script', () => {
    expect(safeFilename('../../etc/passwd')).toBe('passwd');
    expect(safeFilename('C:\\Users\\me\\call.m4a')).toBe('call.m4a');
    expect(safeFilename('催收 录音.m4a')).toBe('催收 录音.m4a');
    expect(safeFilename('a<b>:"c"|?*.png')).toBe('a_b_c_.png');
    expect(safeFilename('.hidden')).toBe('hidden');
    expect(safeFilename('...')).toBe('file');
    expect(safeFilename('x'.repeat(300) + '.pdf')).toHaveLength(100);
    expect(evidencePath('abcdef0123456789', 'a/b.png')).toBe('evidence/abcdef012345-b.png');
  });
});

describe('the exported dossier', () => {
  const pdf = Buffer.from('%PDF-1.7 fake').toString('base64');
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  it('holds the report, the PDF, entries.json, the letters and the evidence, then SHA256SUMS over all of them', () => {
    const { bytes, sha256sums } = exportDossier(dossierData(), 'zh-CN', readFixtureEvidence, pdf);
    const unzipped = unzipSync(bytes);
    const paths = Object.keys(unzipped);
    expect(paths.slice(0, 3)).toEqual(['report.html', 'report.pdf', 'entries.json']);
    expect(paths).toContain('letters/cn-regulator-complaint.txt');
    expect(paths).toContain('letters/us-cfpb-summary.txt');
    expect(paths).toContain(`evidence/${sha(EVIDENCE_BYTES.ev1 ?? '').slice(0, 12)}-截图 2026-03-01.png`);
    expect(paths).toContain(`evidence/${sha(EVIDENCE_BYTES.ev2 ?? '').slice(0, 12)}-recording.ogg`);
    expect(paths[paths.length - 1]).toBe(SUMS_PATH);
    expect(strFromU8(unzipped['report.pdf'] ?? new Uint8Array())).toBe('%PDF-1.7 fake');
    expect(strFromU8(unzipped['report.html'] ?? new Uint8Array())).toContain('催收行为记录报告');
    expect(sha256sums).toBe(recomputedSums(unzipped));
    expect(sha256sums.trimEnd().split('\n')).toHaveLength(paths.length - 1);
  });

  it('leaves the PDF out when the shell rendered none, and is byte-identical for equal input', () => {
    const a = exportDossier(dossierData(), 'en', readFixtureEvidence);
    const b = exportDossier(dossierData(), 'en', readFixtureEvidence);
    expect(Object.keys(unzipSync(a.bytes))).not.toContain('report.pdf');
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it.skipIf(!has('sha256sum'))('verifies with `sha256sum -c SHA256SUMS` after extraction, and fails once a file is altered', () => {
    dir = mkdtempSync(join(tmpdir(), 'ql-dossier-'));
    const zipPath = join(dir, 'dossier.zip');
    const { bytes } = exportDossier(dossierData(), 'en', readFixtureEvidence, pdf);
    writeFileSync(zipPath, bytes);
    const out = join(dir, 'out');
    mkdirSync(out);
    if (has('unzip')) {
      const unzip = spawnSync('unzip', ['-q', zipPath, '-d', out], { encoding: 'utf8' });
      expect(unzip.status, unzip.stderr).toBe(0);
    } else {
      for (const [path, content] of Object.entries(unzipSync(bytes))) {
        mkdirSync(dirname(join(out, path)), { recursive: true });
        writeFileSync(join(out, path), content);
      }
    }
    const check = (): ReturnType<typeof spawnSync> => spawnSync('sha256sum', ['-c', SUMS_PATH], { cwd: out, encoding: 'utf8' });
    const ok = check();
    expect(ok.status, String(ok.stdout) + String(ok.stderr)).toBe(0);
    expect(String(ok.stdout)).toContain('截图 2026-03-01.png: OK');
    expect(readFileSync(join(out, 'report.pdf'), 'utf8')).toBe('%PDF-1.7 fake');

    appendFileSync(join(out, 'entries.json'), ' ');
    const tampered = check();
    expect(tampered.status).not.toBe(0);
    expect(String(tampered.stdout)).toContain('entries.json: FAILED');
  });
});
