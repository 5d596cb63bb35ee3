// The hash chain over revisions and evidence: it verifies as recorded, anyone can recompute it from the
// links the dossier exports, and a change made behind the app's back (in a copy, through a raw connection
// with the append-only triggers dropped) is reported at the record that was changed.
import { createHash } from 'node:crypto';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/backend/backend';
import { canonicalJson, GENESIS_HASH } from '../../../src/backend/collection/chain';
import { loadLog, readEvidenceBytes } from '../../../src/backend/collection/log-access';
import { openLedger, type Db } from '../../../src/backend/db/open';
import { call, fixedClock, PASSPHRASE, tempDir } from '../helpers';
import { contact, contextFor, dataKeyOf, sampleFiles, sampleLoan, unlockedBackend } from './support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

interface Recorded {
  dir: string;
  dataKey: Buffer;
  loanId: string;
  entries: string[];
  evidence: string[];
}

let recorded: Recorded;
const keep: (() => void)[] = [];

/** Two entries (the first revised), two evidence files: 5 links, in the order revision, revision, evidence, revision, evidence. */
beforeAll(async () => {
  const { backend, dir, cleanup } = await unlockedBackend(keep);
  const loan = await call(backend, 'loans.create', sampleLoan);
  const first = await call(backend, 'collection.log', contact({ loanId: loan.id }));
  const second = await call(backend, 'collection.log', contact({ occurredAt: '2026-03-08T02:00:00Z' }));
  const [png, pdf] = [sampleFiles()[0], sampleFiles()[5]];
  const upload = (entryId: string, file: typeof png) =>
    call(backend, 'evidence.attach', {
      entryId,
      filename: file?.filename ?? '',
      mimeType: file?.mimeType ?? '',
      base64: file?.bytes.toString('base64') ?? '',
    });
  const one = await upload(first.id, png);
  await call(backend, 'collection.revise', { id: first.id, entry: contact({ loanId: loan.id, summary: 'more' }), reason: 'added' });
  const two = await upload(second.id, pdf);
  backend.close();
  recorded = { dir, dataKey: await dataKeyOf(dir), loanId: loan.id, entries: [first.id, second.id], evidence: [one.id, two.id] };
  return cleanup;
});

/** A copy of the recorded data folder, changed through a raw connection, then checked by the app. */
async function tamperedCopy(change: (db: Db) => void): Promise<Awaited<ReturnType<typeof check>>> {
  const t = tempDir();
  cleanups.push(t.cleanup);
  cpSync(recorded.dir, t.dir, { recursive: true });
  const db = openLedger(join(t.dir, 'vault', 'ledger.db'), Buffer.from(recorded.dataKey));
  for (const table of ['contact_revisions', 'evidence', 'contact_entries']) {
    db.exec(`DROP TRIGGER ${table}_no_update; DROP TRIGGER ${table}_no_delete;`);
  }
  change(db);
  db.close();
  return check(t.dir);
}

async function check(dir: string) {
  const backend = createBackend({ dataDir: dir, shell: 'browser', appVersion: '0.0.0-test', clock: fixedClock('2026-03-12T00:00:00Z') });
  cleanups.push(() => backend.close());
  await call(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
  return call(backend, 'collection.verifyChain');
}

describe('the hash chain', () => {
  it('verifies as recorded, counting entries and evidence', async () => {
    const result = await check(recorded.dir);
    expect(result).toMatchObject({ ok: true, entries: 2, evidence: 2, brokenAt: null });
    expect(result.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies for an empty log', async () => {
    const { backend } = await unlockedBackend(cleanups);
    expect(await call(backend, 'collection.verifyChain')).toEqual({ ok: true, entries: 0, evidence: 0, brokenAt: null, head: GENESIS_HASH });
  });

  it('can be recomputed from the exported links alone, and the dossier loader scopes them', async () => {
    const ctx = await contextFor(recorded.dir, cleanups);
    const log = loadLog(ctx);
    expect(log.links.map((l) => l.record.kind)).toEqual(['revision', 'revision', 'evidence', 'revision', 'evidence']);
    let prev = GENESIS_HASH;
    for (const link of log.links) {
      expect(link.prevHash).toBe(prev);
      const hash = createHash('sha256').update(Buffer.from(prev, 'hex')).update(canonicalJson(link.record)).digest('hex');
      expect(hash).toBe(link.hash);
      prev = link.hash;
    }
    expect(log.chain).toMatchObject({ ok: true, head: prev });
    expect(log.revisions[recorded.entries[0] ?? '']?.map((r) => r.revision)).toEqual([1, 2]);
    // The edit came after the first file, so it links to that file's record, not to revision 1.
    expect(log.revisions[recorded.entries[0] ?? '']?.[1]?.prevHash).toBe(log.links[2]?.hash);

    const scoped = loadLog(ctx, { loanId: recorded.loanId });
    expect(scoped.entries.map((e) => e.id)).toEqual([recorded.entries[0]]);
    expect(scoped.links.map((l) => l.record.kind)).toEqual(['revision', 'evidence', 'revision']);
    expect(Object.keys(scoped.revisions)).toEqual([recorded.entries[0]]);
    expect(loadLog(ctx, { from: '2026-03-09', to: '2026-03-09' }).entries.map((e) => e.id)).toEqual([recorded.entries[0]]);
    expect(loadLog(ctx, { to: '2026-03-08' }).entries.map((e) => e.id)).toEqual([recorded.entries[1]]);
    expect(loadLog(ctx, { organisation: ' fast cash COLLECTIONS ' }).entries).toHaveLength(2);
    expect(loadLog(ctx, { organisation: 'Someone else' }).entries).toHaveLength(0);

    const { meta, bytes } = readEvidenceBytes(ctx, recorded.evidence[1] ?? '');
    expect(bytes.equals(sampleFiles()[5]?.bytes ?? Buffer.alloc(0))).toBe(true);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(meta.sha256);
  });

  it('detects a rewritten revision and names its entry', async () => {
    const [first] = recorded.entries;
    const result = await tamperedCopy((db) =>
      db
        .prepare(`UPDATE contact_revisions SET entry_json = json_set(entry_json, '$.summary', 'nothing happened') WHERE entry_id = ? AND revision = 1`)
        .run(first),
    );
    expect(result.ok).toBe(false);
    expect(result.brokenAt).toEqual({ kind: 'entry', id: first, reason: 'revision 1 was changed after it was recorded' });
  });

  it('detects a rewritten evidence ciphertext and names the file', async () => {
    const [, second] = recorded.evidence;
    const result = await tamperedCopy((db) => {
      const row = db.prepare('SELECT ciphertext FROM evidence WHERE id = ?').get(second) as { ciphertext: Buffer };
      row.ciphertext[0] = (row.ciphertext[0] ?? 0) ^ 0xff;
      db.prepare('UPDATE evidence SET ciphertext = ? WHERE id = ?').run(row.ciphertext, second);
    });
    expect(result).toMatchObject({ ok: false, brokenAt: { kind: 'evidence', id: second } });
  });

  it('detects a changed evidence record even when its hash is recomputed, because the next link no longer fits', async () => {
    const [first] = recorded.evidence;
    const result = await tamperedCopy((db) => {
      db.prepare(`UPDATE evidence SET hash = ? WHERE id = ?`).run('f'.repeat(64), first);
    });
    expect(result.ok).toBe(false);
    expect(result.brokenAt?.id).toBe(first);
  });

  it('detects a deleted revision at the record after the gap', async () => {
    const [, second] = recorded.entries;
    const result = await tamperedCopy((db) => {
      db.prepare('DELETE FROM contact_revisions WHERE entry_id = ? AND revision = 1').run(second);
    });
    expect(result.brokenAt).toEqual({
      kind: 'evidence',
      id: recorded.evidence[0],
      reason: 'file follows a gap: a record before it is missing',
    });
  });
});
