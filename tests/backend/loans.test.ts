import { afterEach, describe, expect, it } from 'vitest';
import { call, errorCode, fixedClock, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

async function unlocked(clockIso = '2026-03-10T02:00:00Z') {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const backend = makeBackend(t.dir, fixedClock(clockIso));
  cleanups.push(() => backend.close());
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  return backend;
}

describe('loans', () => {
  it('creates a loan with its schedule and lists it with monthly payment, next due date and remaining principal', async () => {
    const backend = await unlocked('2026-03-10T02:00:00Z');
    const created = await call(backend, 'loans.create', sampleLoan);
    expect(created).toMatchObject({ currency: 'CNY', method: 'annuity', version: 1, monthlyPayment: 530_727 });
    expect(created.schedule).toHaveLength(360);
    const [summary] = await call(backend, 'loans.list');
    expect(summary).toMatchObject({ id: created.id, monthlyPayment: 530_727, nextDue: { dueDate: '2026-03-15', period: 2 } });
    expect(summary?.remainingPrincipal).toBe(100_000_000 - (created.schedule[0]?.principal ?? 0));
    expect(summary).not.toHaveProperty('schedule');
  });

  it('uses the user time zone for "today": 16:30 UTC on the 14th is already the 15th in Shanghai', async () => {
    const backend = await unlocked('2026-03-14T16:30:00Z');
    await call(backend, 'loans.create', sampleLoan);
    const [summary] = await call(backend, 'loans.list');
    expect(summary?.nextDue?.dueDate).toBe('2026-03-15');
  });

  it('updates with optimistic versioning and refuses a stale version with CONFLICT', async () => {
    const backend = await unlocked();
    const created = await call(backend, 'loans.create', sampleLoan);
    const updated = await call(backend, 'loans.update', { id: created.id, version: 1, loan: { ...sampleLoan, name: 'Renamed' } });
    expect(updated).toMatchObject({ name: 'Renamed', version: 2 });
    expect(await errorCode(backend, 'loans.update', { id: created.id, version: 1, loan: sampleLoan })).toBe('CONFLICT');
    expect((await call(backend, 'loans.get', { id: created.id })).name).toBe('Renamed');
  });

  it('deletes, and answers NOT_FOUND for an unknown id', async () => {
    const backend = await unlocked();
    const created = await call(backend, 'loans.create', sampleLoan);
    await call(backend, 'loans.delete', { id: created.id });
    expect(await call(backend, 'loans.list')).toEqual([]);
    expect(await errorCode(backend, 'loans.delete', { id: created.id })).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'loans.get', { id: created.id })).toBe('NOT_FOUND');
  });

  it('rejects bad input with the field path and writes nothing', async () => {
    const backend = await unlocked();
    const result = await backend.dispatch('loans.create', { ...sampleLoan, startDate: '2026-02-30', principal: 1.5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      const paths = (result.error.issues ?? []).map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['startDate', 'principal']));
    }
    expect(await errorCode(backend, 'loans.create', { ...sampleLoan, extra: 'field' })).toBe('INVALID_INPUT');
    expect(await call(backend, 'loans.list')).toEqual([]);
  });
});
