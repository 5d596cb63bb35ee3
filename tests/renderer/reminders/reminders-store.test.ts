// The reminders store against a scripted backend: the overview and its calendar month, the badge count
// from polls and from the overview, actions refresh what they change, and locking forgets it all.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../src/contract/transfer';
import { setTransport } from '../../../src/renderer/src/api';
import { useAppStore } from '../../../src/renderer/src/stores/app';
import { useLoansStore } from '../../../src/renderer/src/stores/loans';
import { usePrefsStore } from '../../../src/renderer/src/stores/prefs';
import { useRemindersStore } from '../../../src/renderer/src/stores/reminders';
import { loanInput } from '../loan-fixtures';
import { awayGroup, item, overview, RemindersScript, settings } from './reminder-fixtures';

let script: RemindersScript;

beforeEach(() => {
  script = new RemindersScript();
  script.backend.status = { ...script.backend.status, vault: 'unlocked' };
  setTransport(script.backend.transport());
  setActivePinia(createPinia());
});

describe('reminders store', () => {
  it('loads the overview; a month switches the calendar and is kept for later reloads', async () => {
    const store = useRemindersStore();
    script.overview = overview({ attention: [item()] });
    await store.fetchOverview();
    expect(script.calls('reminders.overview')).toEqual([{}]);
    expect(store.overview?.attention).toHaveLength(1);
    await store.fetchOverview('2026-04');
    expect(store.overview?.month.month).toBe('2026-04');
    await store.fetchOverview();
    expect(script.calls('reminders.overview')).toEqual([{}, { month: '2026-04' }, { month: '2026-04' }]);
  });

  it('counts attention from polls before an overview loads, then from the overview list', async () => {
    const store = useRemindersStore();
    script.polls = [{ notices: [], attentionCount: 4 }];
    await store.poll();
    expect(store.attentionCount).toBe(4);
    script.overview = overview({ attention: [item(), item({ id: 'b' })] });
    await store.fetchOverview();
    expect(store.attentionCount).toBe(2);
    store.setReportedCount(9);
    expect(store.attentionCount).toBe(2);
  });

  it('marking paid sends the action, reloads the loans list when loaded and the overview', async () => {
    const store = useRemindersStore();
    const loans = useLoansStore();
    await loans.create(loanInput());
    script.overview = overview({ attention: [item()] });
    await store.fetchOverview();
    const before = script.backend.calls.length;
    await store.act(item().id, { action: 'paid' });
    const after = script.backend.calls.slice(before).map((c) => c.method);
    expect(after).toEqual(['reminders.act', 'loans.list', 'reminders.overview']);
    expect(script.calls('reminders.act')).toEqual([{ id: item().id, action: 'paid' }]);
    expect(store.attentionCount).toBe(0);
  });

  it('snoozes with the chosen choice', async () => {
    await useRemindersStore().act('x:1:overdue:1', { action: 'snooze', until: 'tomorrow' });
    expect(script.calls('reminders.act')).toEqual([{ id: 'x:1:overdue:1', action: 'snooze', until: 'tomorrow' }]);
  });

  it('acknowledging the away panel empties it at once and tells the backend', async () => {
    const store = useRemindersStore();
    script.overview = overview({ away: [awayGroup()] });
    await store.fetchOverview();
    expect(store.overview?.away).toHaveLength(1);
    await store.ackAway();
    expect(store.overview?.away).toEqual([]);
    expect(script.calls('reminders.ackAway')).toHaveLength(1);
  });

  it('reads and saves settings; saving reloads the overview', async () => {
    const store = useRemindersStore();
    expect(await store.loadSettings()).toEqual(settings());
    const next = settings({ detailedText: true, escalationLeadDays: [] });
    await store.saveSettings(next);
    expect(script.settings).toEqual(next);
    expect(store.settings).toEqual(next);
    expect(script.backend.calls.at(-1)?.method).toBe('reminders.overview');
  });

  it('tells the backend the page’s language for notices and the calendar file (a browser follows its own locale)', async () => {
    usePrefsStore().systemLocales = ['zh-CN', 'en'];
    script.polls = [{ notices: [], attentionCount: 0 }];
    await useRemindersStore().poll();
    await useRemindersStore().exportIcs(false, (file) => file.filename);
    expect(script.calls('reminders.poll')).toEqual([{ language: 'zh-CN' }]);
    expect(script.calls('reminders.exportIcs')).toEqual([{ detailed: false, language: 'zh-CN' }]);
  });

  it('exports the calendar file through the save function and returns its name', async () => {
    const saved: ExportFile[] = [];
    const name = await useRemindersStore().exportIcs(true, (file) => {
      saved.push(file);
      return file.filename;
    });
    expect(name).toBe('quietledger-reminders.ics');
    expect(saved[0]?.content.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(script.calls('reminders.exportIcs')).toEqual([{ detailed: true, language: 'en' }]);
  });

  it('locking forgets the overview, settings and count', async () => {
    const app = useAppStore();
    await app.refresh();
    const store = useRemindersStore();
    script.overview = overview({ attention: [item()] });
    await store.fetchOverview();
    await store.loadSettings();
    await app.lock();
    expect(store.overview).toBeNull();
    expect(store.settings).toBeNull();
    expect(store.attentionCount).toBe(0);
  });
});
