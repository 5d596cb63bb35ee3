// The tick while the vault is locked: only the outside-vault timetable and records are known, so each
// reminder that came due is shown in discreet words (ids carry kind and days only). States and
// lastRunAt stay as they are; the unlock's catch-up shows the details without a second OS notice.
import type { Language, ReminderNotice, ReminderPoll } from '../../contract';
import { lockedAttentionCount } from '../../core/reminders/attention';
import type { Clock } from '../clock';
import { awayNotice, singleNotice, type NoticeContext } from './notices';
import type { ReminderStore } from './store';
import { shiftTimetable } from './timetable';

const LATE_MS = 10 * 60_000;
const HANDLED = new Set(['delivered', 'dismissed', 'resolved']);

export function pollLocked(store: ReminderStore, clock: Clock, language: Language): ReminderPoll {
  const state = store.load();
  const nowMs = clock.now().getTime();
  const nowIso = new Date(nowMs).toISOString();
  const timeZone = clock.timeZone();
  let changed = false;
  if (state.timeZone !== null && state.timeZone !== timeZone) {
    // The user travelled: keep each reminder at its local hour in the new zone.
    state.timetable = { ...state.timetable, entries: shiftTimetable(state.timetable.entries, state.timeZone, timeZone) };
    state.timeZone = timeZone;
    changed = true;
  }
  const records = new Map(state.records.map((r) => [r.id, r]));
  const notified = new Set(state.notified);
  const came = new Map<string, number>();
  for (const entry of state.timetable.entries) {
    const at = Date.parse(entry.fireAt);
    const record = records.get(entry.id);
    if (at >= nowMs || notified.has(entry.id)) continue;
    if (record && HANDLED.has(record.state)) continue;
    if (record?.state === 'snoozed' && record.snoozedUntil !== undefined && Date.parse(record.snoozedUntil) > nowMs) continue;
    came.set(entry.id, at);
  }
  for (const record of state.records) {
    if (record.state !== 'snoozed' || record.snoozedUntil === undefined || notified.has(record.id)) continue;
    const until = Date.parse(record.snoozedUntil);
    if (until <= nowMs) came.set(record.id, Math.max(until, came.get(record.id) ?? until));
  }
  const ordered = [...came].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const ctx: NoticeContext = { language, model: null, detailed: false, records, now: nowIso };
  const notices: ReminderNotice[] = [];
  for (const [id, at] of ordered) {
    if (at < nowMs - LATE_MS) continue;
    const notice = singleNotice(id, ctx);
    if (notice) notices.push(notice);
  }
  const older = ordered.filter(([, at]) => at < nowMs - LATE_MS).map(([id]) => id);
  if (older.length > 0) notices.unshift(awayNotice(older, ctx));
  for (const [id] of ordered) notified.add(id);
  if (ordered.length > 0 || changed) {
    state.notified = [...notified];
    state.lastTickAt = nowIso;
    store.save(state);
  }
  return { notices, attentionCount: lockedAttentionCount(state.notified, state.records) };
}
