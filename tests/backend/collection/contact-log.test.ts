// The contact log through dispatch: entries keep every revision, the list shows the latest with findings
// judged under the entry's jurisdiction, and bad input is refused with the right code.
import { afterEach, describe, expect, it } from 'vitest';
import { call, errorCode } from '../helpers';
import { contact, sampleLoan, unlockedBackend } from './support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('logging and revising contacts', () => {
  it('keeps every version: two edits make three revisions and the list shows the latest', async () => {
    const { backend, clock } = await unlockedBackend(cleanups);
    const logged = await call(backend, 'collection.log', contact({ summary: 'first words' }));
    expect(logged.revision).toBe(1);
    expect(logged.createdAt).toBe('2026-03-10T02:00:00.000Z');
    clock.set('2026-03-10T03:00:00Z');
    await call(backend, 'collection.revise', { id: logged.id, entry: contact({ summary: 'second words' }), reason: 'typo' });
    clock.set('2026-03-11T03:00:00Z');
    const third = await call(backend, 'collection.revise', {
      id: logged.id,
      entry: contact({ summary: 'third words', tags: ['threat', 'threat'] }),
      reason: 'remembered the threat',
    });
    expect(third).toMatchObject({ id: logged.id, revision: 3, summary: 'third words', tags: ['threat'] });
    expect(third.createdAt).toBe('2026-03-10T02:00:00.000Z');
    expect(third.updatedAt).toBe('2026-03-11T03:00:00.000Z');

    const history = await call(backend, 'collection.history', { id: logged.id });
    expect(history.map((r) => [r.revision, r.entry.summary, r.reason, r.recordedAt])).toEqual([
      [1, 'first words', '', '2026-03-10T02:00:00.000Z'],
      [2, 'second words', 'typo', '2026-03-10T03:00:00.000Z'],
      [3, 'third words', 'remembered the threat', '2026-03-11T03:00:00.000Z'],
    ]);
    expect(history.every((r) => r.entry.id === logged.id)).toBe(true);

    const list = await call(backend, 'collection.list', {});
    expect(list.entries).toHaveLength(1);
    expect(list.entries[0]).toMatchObject({ id: logged.id, revision: 3, summary: 'third words' });
  });

  it('stores the instant in UTC and fills the defaults', async () => {
    const { backend } = await unlockedBackend(cleanups);
    const logged = await call(backend, 'collection.log', {
      occurredAt: '2026-03-09T23:10:00+08:00',
      timeZone: 'Asia/Shanghai',
      channel: 'sms',
    });
    expect(logged).toMatchObject({
      occurredAt: '2026-03-09T15:10:00.000Z',
      direction: 'inbound',
      target: { kind: 'self' },
      loanId: null,
      answered: true,
      tags: [],
      evidence: [],
    });
  });

  it('lists newest contact first and filters by loan and by person', async () => {
    const { backend } = await unlockedBackend(cleanups);
    const loan = await call(backend, 'loans.create', sampleLoan);
    const mum = await call(backend, 'circle.save', { person: { alias: 'Mum', relation: 'parent' } });
    const older = await call(backend, 'collection.log', contact({ occurredAt: '2026-03-01T02:00:00Z', loanId: loan.id }));
    const newer = await call(
      backend,
      'collection.log',
      contact({ occurredAt: '2026-03-05T02:00:00Z', target: { kind: 'circle', personId: mum.id } }),
    );
    expect((await call(backend, 'collection.list', {})).entries.map((e) => e.id)).toEqual([newer.id, older.id]);
    expect((await call(backend, 'collection.list', { loanId: loan.id })).entries.map((e) => e.id)).toEqual([older.id]);
    expect((await call(backend, 'collection.list', { personId: mum.id })).entries.map((e) => e.id)).toEqual([newer.id]);
  });
});

describe('findings and jurisdiction', () => {
  it("flags a night-time call to the user's mother that disclosed the debt, under CN for a Chinese user", async () => {
    const { backend } = await unlockedBackend(cleanups);
    await call(backend, 'prefs.set', { language: 'zh-CN' });
    const mum = await call(backend, 'circle.save', { person: { alias: '妈妈', relation: 'parent' } });
    const logged = await call(
      backend,
      'collection.log',
      contact({ target: { kind: 'circle', personId: mum.id }, tags: ['disclosure'] }),
    );
    expect(logged.jurisdiction).toBe('CN');
    const rules = logged.findings.map((f) => f.ruleId);
    expect(rules).toContain('CN-TIME-01');
    expect(rules).toContain('CN-3P-04');
    const list = await call(backend, 'collection.list', {});
    expect(list.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['CN-TIME-01', 'CN-3P-04']));
    expect(list.counts['likely-violation']).toBeGreaterThanOrEqual(2);
    expect(Object.values(list.counts).reduce((a, b) => a + b, 0)).toBe(list.findings.length);
  });

  it("judges an entry under its loan's jurisdiction, else US for an English user", async () => {
    const { backend } = await unlockedBackend(cleanups);
    await call(backend, 'prefs.set', { language: 'en' });
    const loan = await call(backend, 'loans.create', sampleLoan);
    const withLoan = await call(backend, 'collection.log', contact({ loanId: loan.id }));
    const withoutLoan = await call(backend, 'collection.log', contact({ occurredAt: '2026-03-08T15:10:00Z' }));
    expect(withLoan.jurisdiction).toBe('UK');
    expect(withoutLoan.jurisdiction).toBe('US');
    expect(withoutLoan.findings.map((f) => f.ruleId)).toContain('US-TIME-01');
    expect(withLoan.findings.map((f) => f.ruleId)).toContain('UK-TIME-01');
    expect(withoutLoan.findings.every((f) => f.jurisdiction === 'US')).toBe(true);
    expect(withLoan.findings.every((f) => f.jurisdiction === 'UK')).toBe(true);
  });

  it('falls back to the default once the loan is deleted', async () => {
    const { backend } = await unlockedBackend(cleanups);
    await call(backend, 'prefs.set', { language: 'zh-CN' });
    const loan = await call(backend, 'loans.create', sampleLoan);
    const logged = await call(backend, 'collection.log', contact({ loanId: loan.id }));
    await call(backend, 'loans.delete', { id: loan.id });
    const list = await call(backend, 'collection.list', {});
    expect(list.entries[0]).toMatchObject({ id: logged.id, loanId: loan.id, jurisdiction: 'CN' });
  });
});

describe('bad input', () => {
  it('refuses unknown loans, people and entries with NOT_FOUND', async () => {
    const { backend } = await unlockedBackend(cleanups);
    expect(await errorCode(backend, 'collection.log', contact({ loanId: UNKNOWN }))).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'collection.log', contact({ target: { kind: 'circle', personId: UNKNOWN } }))).toBe(
      'NOT_FOUND',
    );
    expect(await errorCode(backend, 'collection.revise', { id: UNKNOWN, entry: contact(), reason: '' })).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'collection.history', { id: UNKNOWN })).toBe('NOT_FOUND');
    expect((await call(backend, 'collection.list', {})).entries).toEqual([]);
  });

  it('refuses malformed entries with INVALID_INPUT and writes nothing', async () => {
    const { backend } = await unlockedBackend(cleanups);
    expect(await errorCode(backend, 'collection.log', contact({ timeZone: 'Mars/Olympus_Mons' }))).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'collection.log', { ...contact(), occurredAt: '2026-03-09 23:10' })).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'collection.log', { ...contact(), channel: 'pigeon' })).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'collection.log', { ...contact(), tags: ['rude'] })).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'collection.log', { ...contact(), extra: 1 })).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'collection.history', { id: 'not-a-uuid' })).toBe('INVALID_INPUT');
    const logged = await call(backend, 'collection.log', contact());
    expect(await errorCode(backend, 'collection.revise', { id: logged.id, entry: contact({ loanId: UNKNOWN }), reason: '' })).toBe(
      'NOT_FOUND',
    );
    expect(await call(backend, 'collection.history', { id: logged.id })).toHaveLength(1);
    expect((await call(backend, 'collection.list', {})).entries).toHaveLength(1);
  });

  it('needs the vault unlocked', async () => {
    const { backend } = await unlockedBackend(cleanups);
    backend.lock();
    expect(await errorCode(backend, 'collection.list', {})).toBe('VAULT_LOCKED');
    expect(await errorCode(backend, 'collection.log', contact())).toBe('VAULT_LOCKED');
  });
});
