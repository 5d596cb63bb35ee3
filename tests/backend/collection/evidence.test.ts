// Evidence through dispatch: files come back byte for byte with their SHA-256, are refused when empty,
// too large, mislabelled or attached to nothing, and no plaintext of any of them reaches the disk.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_EVIDENCE_BYTES } from '../../../src/contract';
import { call, errorCode, PASSPHRASE } from '../helpers';
import { contact, MAGIC_NEEDLES, sampleFiles, unlockedBackend } from './support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function hits(dir: string, needles: Record<string, Buffer>): string[] {
  return filesUnder(dir).flatMap((file) => {
    const bytes = readFileSync(file);
    return Object.entries(needles)
      .filter(([, needle]) => bytes.includes(needle))
      .map(([name]) => `${name} in ${file}`);
  });
}

describe('evidence round trip', () => {
  it('returns each file byte for byte, with its SHA-256, size and import time, listed on its entry', async () => {
    const { backend, clock } = await unlockedBackend(cleanups);
    const entry = await call(backend, 'collection.log', contact());
    clock.set('2026-03-10T05:06:07Z');
    const metas = [];
    for (const file of sampleFiles()) {
      const meta = await call(backend, 'evidence.attach', {
        entryId: entry.id,
        filename: file.filename,
        mimeType: file.mimeType,
        base64: file.bytes.toString('base64'),
      });
      expect(meta).toMatchObject({
        entryId: entry.id,
        filename: file.filename,
        mimeType: file.mimeType,
        size: file.bytes.length,
        sha256: sha256(file.bytes),
        importedAt: '2026-03-10T05:06:07.000Z',
      });
      const read = await call(backend, 'evidence.read', { id: meta.id });
      expect(read.meta).toEqual(meta);
      const back = Buffer.from(read.base64, 'base64');
      expect(back.equals(file.bytes)).toBe(true);
      expect(sha256(back)).toBe(meta.sha256);
      metas.push(meta);
    }
    const list = await call(backend, 'collection.list', {});
    expect(list.entries[0]?.evidence).toEqual(metas);
  });

  it('keeps the file name without any folder part and the type without parameters', async () => {
    const { backend } = await unlockedBackend(cleanups);
    const entry = await call(backend, 'collection.log', contact());
    const meta = await call(backend, 'evidence.attach', {
      entryId: entry.id,
      filename: 'C:\\Users\\me\\..\\notes\u0007.txt',
      mimeType: 'Text/Plain; charset=utf-8',
      base64: Buffer.from('what they said').toString('base64'),
    });
    expect(meta).toMatchObject({ filename: 'notes.txt', mimeType: 'text/plain' });
  });
});

describe('evidence refused', () => {
  it('refuses empty, oversized, mislabelled or non-base64 files and unknown entries', async () => {
    const { backend } = await unlockedBackend(cleanups);
    const entry = await call(backend, 'collection.log', contact());
    const [png, , , , , pdf] = sampleFiles();
    const attach = (over: Record<string, string>): Promise<string> =>
      errorCode(backend, 'evidence.attach', {
        entryId: entry.id,
        filename: 'x.png',
        mimeType: 'image/png',
        base64: png?.bytes.toString('base64'),
        ...over,
      });
    expect(await attach({ base64: '' })).toBe('INVALID_INPUT');
    expect(await attach({ base64: 'not base64!' })).toBe('INVALID_INPUT');
    expect(await attach({ base64: pdf?.bytes.toString('base64') ?? '' })).toBe('INVALID_INPUT');
    expect(await attach({ mimeType: 'audio/ogg' })).toBe('INVALID_INPUT');
    expect(await attach({ mimeType: 'application/pdf' })).toBe('INVALID_INPUT');
    expect(await attach({ mimeType: 'not a type' })).toBe('INVALID_INPUT');
    expect(await attach({ filename: '../' })).toBe('INVALID_INPUT');
    expect(await attach({ entryId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    const tooBig = Buffer.alloc(MAX_EVIDENCE_BYTES + 1);
    png?.bytes.copy(tooBig);
    expect(await attach({ base64: tooBig.toString('base64') })).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'evidence.read', { id: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    expect((await call(backend, 'collection.list', {})).entries[0]?.evidence).toEqual([]);
    expect(await call(backend, 'collection.verifyChain')).toMatchObject({ ok: true, evidence: 0 });
  });

  it('accepts a file of exactly the largest size', async () => {
    const { backend } = await unlockedBackend(cleanups);
    const entry = await call(backend, 'collection.log', contact());
    const largest = Buffer.alloc(MAX_EVIDENCE_BYTES, 7);
    const meta = await call(backend, 'evidence.attach', {
      entryId: entry.id,
      filename: 'big.bin',
      mimeType: '',
      base64: largest.toString('base64'),
    });
    expect(meta).toMatchObject({ size: MAX_EVIDENCE_BYTES, mimeType: 'application/octet-stream', sha256: sha256(largest) });
  });
});

describe('no plaintext evidence at rest', () => {
  it('leaves no canary and no file header in any file of the data folder, open or locked', async () => {
    const { backend, dir } = await unlockedBackend(cleanups);
    const entry = await call(backend, 'collection.log', contact({ summary: 'CANARY-SUMMARY-40e2b9' }));
    const files = sampleFiles();
    for (const file of files) {
      await call(backend, 'evidence.attach', {
        entryId: entry.id,
        filename: `${file.canary}.bin`,
        mimeType: file.mimeType,
        base64: file.bytes.toString('base64'),
      });
    }
    const needles: Record<string, Buffer> = { ...MAGIC_NEEDLES };
    for (const text of [...files.map((f) => f.canary), 'CANARY-SUMMARY-40e2b9', PASSPHRASE]) {
      needles[text] = Buffer.from(text, 'utf8');
      needles[`${text} (UTF-16)`] = Buffer.from(text, 'utf16le');
    }
    for (const file of files) needles[`sha256 of ${file.filename}`] = Buffer.from(sha256(file.bytes), 'utf8');

    // The scan itself must see plaintext where there is some.
    const control = mkdtempSync(join(tmpdir(), 'ql-scan-control-'));
    files.forEach((file, i) => writeFileSync(join(control, String(i)), file.bytes));
    expect(hits(control, needles)).toHaveLength(2 * files.length + 1);
    rmSync(control, { recursive: true, force: true });

    expect(filesUnder(dir).some((f) => f.endsWith('ledger.db-wal'))).toBe(true);
    expect(hits(dir, needles)).toEqual([]);
    backend.lock();
    expect(filesUnder(dir).some((f) => f.endsWith('ledger.db'))).toBe(true);
    expect(hits(dir, needles)).toEqual([]);
  });
});
