// The circle: people are added and changed, and each lists the contacts collectors made with them,
// newest first, with the number of findings on each.
import { afterEach, describe, expect, it } from 'vitest';
import { call, errorCode } from '../helpers';
import { contact, unlockedBackend } from './support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

describe('the circle', () => {
  it('adds and changes people, keeping their id', async () => {
    const { backend } = await unlockedBackend(cleanups);
    const mum = await call(backend, 'circle.save', { person: { alias: ' Mum ', relation: 'parent', number: '+86 139 1111 2222' } });
    expect(mum).toMatchObject({ alias: 'Mum', relation: 'parent', number: '+86 139 1111 2222', contacts: [] });
    const boss = await call(backend, 'circle.save', { person: { alias: 'Boss', relation: 'employer' } });
    const renamed = await call(backend, 'circle.save', { id: mum.id, person: { alias: 'Mother', relation: 'parent' } });
    expect(renamed).toMatchObject({ id: mum.id, alias: 'Mother', number: '' });
    const list = await call(backend, 'circle.list');
    expect(list.map((p) => [p.id, p.alias])).toEqual([
      [mum.id, 'Mother'],
      [boss.id, 'Boss'],
    ]);
  });

  it('shows which contacts reached each person, newest first, following revisions', async () => {
    const { backend } = await unlockedBackend(cleanups);
    await call(backend, 'prefs.set', { language: 'zh-CN' });
    const mum = await call(backend, 'circle.save', { person: { alias: 'Mum', relation: 'parent' } });
    const friend = await call(backend, 'circle.save', { person: { alias: 'Li', relation: 'friend' } });
    const toMum = { kind: 'circle', personId: mum.id } as const;
    const first = await call(backend, 'collection.log', contact({ occurredAt: '2026-03-01T03:00:00Z', target: toMum }));
    const second = await call(
      backend,
      'collection.log',
      contact({ occurredAt: '2026-03-02T15:30:00Z', channel: 'sms', target: toMum, tags: ['disclosure'] }),
    );
    const moved = await call(backend, 'collection.log', contact({ occurredAt: '2026-03-03T03:00:00Z', target: toMum }));
    await call(backend, 'collection.log', contact());
    await call(backend, 'collection.revise', {
      id: moved.id,
      entry: contact({ occurredAt: '2026-03-03T03:00:00Z', target: { kind: 'circle', personId: friend.id } }),
      reason: 'it was Li, not Mum',
    });

    const list = await call(backend, 'circle.list');
    const mumView = list.find((p) => p.id === mum.id);
    expect(mumView?.contacts.map((c) => c.entryId)).toEqual([second.id, first.id]);
    expect(mumView?.contacts[0]).toMatchObject({
      occurredAt: '2026-03-02T15:30:00.000Z',
      timeZone: 'Asia/Shanghai',
      channel: 'sms',
      organisation: 'Fast Cash Collections',
      tags: ['disclosure'],
    });
    expect(mumView?.contacts[0]?.findings).toBeGreaterThan(0);
    expect(list.find((p) => p.id === friend.id)?.contacts.map((c) => c.entryId)).toEqual([moved.id]);
  });

  it('refuses an unknown person and an empty alias', async () => {
    const { backend } = await unlockedBackend(cleanups);
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await errorCode(backend, 'circle.save', { id: unknown, person: { alias: 'X', relation: 'friend' } })).toBe('NOT_FOUND');
    expect(await errorCode(backend, 'circle.save', { person: { alias: '  ', relation: 'friend' } })).toBe('INVALID_INPUT');
    expect(await errorCode(backend, 'circle.save', { person: { alias: 'X', relation: 'neighbour' } })).toBe('INVALID_INPUT');
    expect(await call(backend, 'circle.list')).toEqual([]);
  });
});
