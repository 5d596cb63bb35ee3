// The outside-vault reminder file: round-trips its state, falls back to empty on anything damaged or
// unknown, and refuses to write anything but opaque ids, states and instants.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyState, ReminderStore, type ReminderStoreState } from '../../../src/backend/reminders/store';
import { tempDir } from '../helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

const ID = '0f8b8c1e-2d7a-4b5e-9c1d-3e4f5a6b7c8d';

function store(): { store: ReminderStore; path: string } {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const path = join(t.dir, 'reminders.json');
  return { store: new ReminderStore(path), path };
}

const full: ReminderStoreState = {
  ...emptyState(),
  lastRunAt: '2026-03-10T01:00:00.000Z',
  lastTickAt: '2026-03-10T01:00:30.000Z',
  timeZone: 'Asia/Shanghai',
  records: [
    { id: `${ID}:1:before-due:3`, state: 'delivered', deliveredAt: '2026-03-10T01:00:30.000Z' },
    { id: `${ID}:2:escalation:27`, state: 'snoozed', snoozedUntil: '2026-03-11T01:00:00.000Z' },
  ],
  notified: [`${ID}:1:before-due:3`],
  timetable: { plannedAt: '2026-03-10T01:00:30.000Z', entries: [{ id: `${ID}:1:due-today:0`, fireAt: '2026-03-13T01:00:00.000Z' }] },
  away: { ids: [`${ID}:1:before-due:3`], at: '2026-03-10T01:00:30.000Z' },
};

describe('ReminderStore', () => {
  it('reads an empty state when there is no file, and round-trips a full one', () => {
    const { store: s } = store();
    expect(s.load()).toEqual(emptyState());
    s.save(full);
    expect(s.load()).toEqual(full);
  });

  it('falls back to empty for text that is not JSON, a wrong shape, or another version', () => {
    const { store: s, path } = store();
    s.save(full);
    for (const text of ['{', '[]', JSON.stringify({ ...full, version: 2 }), JSON.stringify({ ...full, extra: 'x' })]) {
      writeFileSync(path, text);
      expect(s.load()).toEqual(emptyState());
    }
  });

  it('refuses to write an id that is not an occurrence id, or a record with extra fields', () => {
    const { store: s, path } = store();
    s.save(full);
    expect(() => s.save({ ...full, notified: ['Some Bank loan'] })).toThrow();
    expect(() => s.save({ ...full, timetable: { plannedAt: null, entries: [{ id: `${ID}:1:due-today:0`, fireAt: 'tomorrow' }] } })).toThrow();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(full);
    const sneaky = { ...full.records[0], lender: 'X' } as ReminderStoreState['records'][number];
    s.save({ ...full, records: [sneaky] });
    expect(readFileSync(path, 'utf8')).not.toContain('lender');
  });
});
