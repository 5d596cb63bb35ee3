// What lives outside the vault names nobody and no amount: after polls, settings changes, snoozes and a
// locked tick, reminders.json and prefs.json hold only ids, states and instants. A damaged
// reminders.json falls back to an empty state and the app keeps working.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { money } from '../../../src/core/cost/format';
import { call, cleanupAll, harness, PASSPHRASE, readStore, smallLoan } from './support';

afterEach(cleanupAll);

const START = '2026-03-10T00:30:00Z';

describe('reminders.json and prefs.json under canaries', () => {
  it('hold no lender, loan name or amount after polls, settings, snoozes and a locked tick', async () => {
    const h = await harness(START);
    const canaries = ['CanaryLender-4e1b7c', 'CanaryLoan-9d03fa', 'CanaryLender-二号', 'CanaryLoan-乙'];
    const amount = 1_234_567;
    const loans = [
      await call(h.backend, 'loans.create', {
        name: canaries[1] ?? '',
        lender: canaries[0] ?? '',
        terms: { method: 'bullet', principal: amount, startDate: '2026-02-13', termPeriods: 1, rate: { ppm: 0, unit: 'year' } },
      }),
      await call(h.backend, 'loans.create', smallLoan('2026-03-11', { name: canaries[3] ?? '', lender: canaries[2] ?? '' })),
    ];
    await call(h.backend, 'prefs.set', { language: 'zh-CN', theme: 'dark' });
    const settings = await call(h.backend, 'reminders.getSettings');
    await call(h.backend, 'reminders.setSettings', { ...settings, detailedText: true, escalationLeadDays: [5, 2] });
    await call(h.backend, 'reminders.saveLoanEscalation', {
      loanId: loans[0]?.id ?? '',
      overrides: { 'credit-report': { daysAfterDue: 20 } },
      reminderOverride: { leadDays: [3, 1, 0] },
    });
    const words: string[] = [];
    for (const at of ['2026-03-10T00:31:00Z', '2026-03-10T01:00:30Z', '2026-03-11T01:00:30Z', '2026-03-12T01:00:30Z']) {
      h.clock.set(at);
      const poll = await call(h.backend, 'reminders.poll');
      for (const n of poll.notices) {
        words.push(n.title, n.body);
        await call(h.backend, 'reminders.act', { id: n.occurrenceIds[0] ?? '', action: 'snooze', until: '3d' });
      }
    }
    // The detailed words did name the canaries, so their absence from the files below means something.
    expect(words.join(' ')).toContain(canaries[1]);
    await call(h.backend, 'vault.lock');
    h.clock.set('2026-03-20T01:00:30Z');
    await call(h.backend, 'reminders.poll');
    await call(h.backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    await call(h.backend, 'reminders.poll');

    const forbidden = [
      ...canaries,
      'Canary',
      String(amount),
      '12345.67',
      '12,345.67',
      money(amount, 'CNY', 'en'),
      money(amount, 'CNY', 'zh-CN'),
      '100000',
      '1000.00',
      '1,000',
    ];
    for (const file of ['reminders.json', 'prefs.json']) {
      const path = join(h.dir, file);
      expect(existsSync(path)).toBe(true);
      const text = readFileSync(path, 'utf8');
      for (const needle of forbidden) expect(text, `${needle} in ${file}`).not.toContain(needle);
    }
    const store = readStore(h.dir);
    expect(store.timetable.entries.length).toBeGreaterThan(0);
    expect(store.records.length).toBeGreaterThan(0);
    const idPattern = /^[0-9a-f-]{36}:\d+:(before-due|due-today|overdue|escalation):\d+$/;
    for (const id of [...store.records.map((r) => r.id), ...store.notified, ...store.timetable.entries.map((e) => e.id)]) {
      expect(id).toMatch(idPattern);
    }
    expect(Object.keys(store).sort()).toEqual(
      ['away', 'lastRunAt', 'lastTickAt', 'notified', 'records', 'timeZone', 'timetable', 'timing', 'version'].sort(),
    );
  });
});

describe('a damaged reminders.json', () => {
  it('falls back to an empty state: polls, overview and actions keep working and the file is rewritten', async () => {
    const h = await harness(START);
    const loan = await call(h.backend, 'loans.create', smallLoan('2026-03-13'));
    await call(h.backend, 'reminders.poll');
    const path = join(h.dir, 'reminders.json');
    writeFileSync(path, '{"version": 1, "records": [tru');
    h.clock.set('2026-03-10T00:31:00Z');
    expect((await call(h.backend, 'reminders.poll')).notices).toEqual([]);
    expect(readStore(h.dir).timetable.entries.length).toBeGreaterThan(0);
    h.clock.set('2026-03-10T01:00:30Z');
    expect((await call(h.backend, 'reminders.poll')).notices.map((n) => n.id)).toEqual([`${loan.id}:1:before-due:3`]);

    // Valid JSON of the wrong shape (a field that could carry a name) is refused whole.
    writeFileSync(path, JSON.stringify({ ...readStore(h.dir), lender: 'X' }));
    expect((await call(h.backend, 'reminders.overview', {})).attention).toEqual([]);
    await call(h.backend, 'reminders.act', { id: `${loan.id}:1:before-due:3`, action: 'dismiss' });
    expect(readStore(h.dir).records).toEqual([{ id: `${loan.id}:1:before-due:3`, state: 'dismissed' }]);

    await call(h.backend, 'vault.lock');
    writeFileSync(path, 'not json at all');
    h.clock.set('2026-03-12T01:00:30Z');
    expect(await call(h.backend, 'reminders.poll')).toEqual({ notices: [], attentionCount: 0 });
  });
});
