// Which fired reminders still need the user: one per installment and family (due-date reminders apart
// from escalation ones), the latest, unless the user dismissed it, snoozed it, or the installment is paid.
import type { InstallmentStatus } from '../loans/ledger-types';
import { parseOccurrenceId } from './catch-up';
import { effectiveState } from './state';
import type { Instant, ReminderKind, ReminderOccurrence, ReminderRecord } from './types';

export type ReminderFamily = 'due' | 'escalation';

export function familyOf(kind: ReminderKind): ReminderFamily {
  return kind === 'escalation' ? 'escalation' : 'due';
}

export interface AttentionCandidate {
  occurrence: ReminderOccurrence;
  record: ReminderRecord | undefined;
  installmentStatus: InstallmentStatus;
}

/** When a reminder last asked for the user: its fire time, or the end of a snooze that has run out. */
function surfacedMs(c: AttentionCandidate, nowMs: number): number {
  const fired = Date.parse(c.occurrence.fireAt);
  const until = c.record?.state === 'snoozed' && c.record.snoozedUntil !== undefined ? Date.parse(c.record.snoozedUntil) : NaN;
  return until <= nowMs && until > fired ? until : fired;
}

/**
 * The reminders needing attention now, oldest first: among fired ones (fireAt ≤ now), the latest per
 * (loan, period, family) when its state is delivered or upcoming (an expired snooze). A later reminder
 * for the same installment replaces an earlier one, so a dismissed one stays away until the next fires.
 */
export function selectAttention(candidates: readonly AttentionCandidate[], now: Instant): AttentionCandidate[] {
  const nowMs = Date.parse(now);
  const latest = new Map<string, { c: AttentionCandidate; at: number }>();
  for (const c of candidates) {
    if (Date.parse(c.occurrence.fireAt) > nowMs) continue;
    const key = `${c.occurrence.loanId}|${c.occurrence.period}|${familyOf(c.occurrence.kind)}`;
    const at = surfacedMs(c, nowMs);
    const held = latest.get(key);
    if (!held || at > held.at || (at === held.at && c.occurrence.id > held.c.occurrence.id)) latest.set(key, { c, at });
  }
  return [...latest.values()]
    .filter(({ c }) => {
      const state = effectiveState(c.occurrence, c.record, c.installmentStatus, now);
      // 'upcoming' with a record: a snooze that ran out (or a resolve undone); never a reminder not yet shown.
      return state === 'delivered' || (state === 'upcoming' && c.record !== undefined);
    })
    .sort((a, b) => a.at - b.at || (a.c.occurrence.id < b.c.occurrence.id ? -1 : 1))
    .map(({ c }) => c);
}

/**
 * The count a locked app can know without the vault: distinct (loan, period, family) among the ids it
 * has notified whose stored state is not dismissed or resolved.
 */
export function lockedAttentionCount(notified: readonly string[], records: readonly ReminderRecord[]): number {
  const states = new Map(records.map((r) => [r.id, r.state]));
  const keys = new Set<string>();
  for (const id of notified) {
    const parsed = parseOccurrenceId(id);
    const state = states.get(id);
    if (!parsed || state === 'dismissed' || state === 'resolved') continue;
    keys.add(`${parsed.loanId}|${parsed.period}|${familyOf(parsed.kind)}`);
  }
  return keys.size;
}
