// The collection store against a scripted backend: loading the log, circle and chain together, newest
// first; every write reloads the log (findings can change across entries); lock clears it all.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../../src/renderer/src/api';
import { useCollectionStore } from '../../../src/renderer/src/stores/collection';
import { CollectionScript, entry, finding } from './collection-fixtures';

let script: CollectionScript;

beforeEach(() => {
  setActivePinia(createPinia());
  script = new CollectionScript();
  setTransport(script.backend.transport());
});

describe('useCollectionStore', () => {
  it('loads the log newest first, the circle and the chain check', async () => {
    script.entries = [entry({ id: 'old', occurredAt: '2026-03-01T01:00:00.000Z', organisation: 'Old Co' }), entry({ id: 'new', organisation: 'New Co' })];
    script.circle = [{ id: 'p1', alias: 'Mum', relation: 'parent', number: '', contacts: [] }];
    const store = useCollectionStore();
    await store.load();
    expect(store.entries.map((e) => e.id)).toEqual(['new', 'old']);
    expect(store.newest?.organisation).toBe('New Co');
    expect(store.personById.get('p1')?.alias).toBe('Mum');
    expect(store.organisations).toEqual(['New Co', 'Old Co']);
    expect(store.chain).toMatchObject({ ok: true, entries: 2 });
  });

  it('logs a contact and returns it with the findings judged on the reloaded log', async () => {
    script.findingsFor = (e) => (e.target.kind === 'circle' ? [finding({ ruleId: 'CN-3P-01', primaryEntryId: e.id })] : []);
    const store = useCollectionStore();
    await store.load();
    const saved = await store.logContact({ occurredAt: '2026-03-02T14:30:00.000Z', timeZone: 'Asia/Shanghai', channel: 'call', target: { kind: 'circle', personId: 'p1' } });
    expect(saved.findings.map((f) => f.ruleId)).toEqual(['CN-3P-01']);
    expect(store.log?.counts['likely-violation']).toBe(1);
    expect(script.calls('collection.list')).toHaveLength(2);
    expect(script.calls('collection.verifyChain')).toHaveLength(2);
  });

  it('revises with a reason and reads the history', async () => {
    const store = useCollectionStore();
    const first = await store.logContact({ occurredAt: '2026-03-02T14:30:00.000Z', timeZone: 'Asia/Shanghai', channel: 'call', summary: 'v1' });
    const second = await store.revise(first.id, { occurredAt: first.occurredAt, timeZone: first.timeZone, channel: 'call', summary: 'v2' }, 'typo');
    expect(second.revision).toBe(2);
    expect(script.calls('collection.revise')[0]).toMatchObject({ id: first.id, reason: 'typo' });
    const history = await store.history(first.id);
    expect(history.map((r) => [r.revision, r.reason])).toEqual([[1, ''], [2, 'typo']]);
    expect(store.entries[0]?.summary).toBe('v2');
  });

  it('saves people, attaches evidence, builds and exports the dossier', async () => {
    const store = useCollectionStore();
    const person = await store.savePerson({ alias: 'Mum', relation: 'parent' });
    await store.savePerson({ alias: 'Mother', relation: 'parent' }, person.id);
    expect(store.circle.map((p) => p.alias)).toEqual(['Mother']);
    const logged = await store.logContact({ occurredAt: '2026-03-02T14:30:00.000Z', timeZone: 'Asia/Shanghai', channel: 'call' });
    const meta = await store.attach(logged.id, { filename: 'shot.png', mimeType: 'image/png', base64: btoa('png!') });
    expect(meta.size).toBe(4);
    expect(store.entries[0]?.evidence.map((m) => m.filename)).toEqual(['shot.png']);
    expect((await store.readEvidence(meta.id)).base64).toBe(btoa('png!'));
    const dossier = await store.buildDossier({ language: 'en', organisation: 'Swift' });
    expect(store.dossier).toEqual(dossier);
    await store.exportZip({ language: 'en' }, 'JVBERi0=');
    await store.exportZip({ language: 'zh-CN' });
    expect(script.calls('dossier.exportZip')).toEqual([{ language: 'en', pdfBase64: 'JVBERi0=' }, { language: 'zh-CN' }]);
  });

  it('reports a broken chain and forgets everything on clear', async () => {
    script.entries = [entry()];
    script.chain = { ok: false, entries: 1, evidence: 0, brokenAt: { kind: 'entry', id: 'e1', reason: 'hash mismatch' }, head: '' };
    const store = useCollectionStore();
    await store.load();
    expect(store.chain?.brokenAt?.id).toBe('e1');
    store.clear();
    expect([store.log, store.chain, store.dossier, store.circle.length]).toEqual([null, null, null, 0]);
  });
});
