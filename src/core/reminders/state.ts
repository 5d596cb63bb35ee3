// What happens to one reminder after it is planned: shown, snoozed, dismissed, or resolved by a payment.
// Pure transitions on the small record the backend stores; a transition that makes no sense is a no-op.
import type { InstallmentStatus } from '../loans/ledger-types';
import type { Instant, ReminderOccurrence, ReminderRecord, ReminderState } from './types';

/** The stored record for an id, or a fresh 'upcoming' one when nothing is stored yet. */
export function recordFor(id: string, records: readonly ReminderRecord[]): ReminderRecord {
  return records.find((r) => r.id === id) ?? { id, state: 'upcoming' };
}

const isFinal = (state: ReminderState): boolean => state === 'dismissed' || state === 'resolved';

/** Shown to the user at `at`. Keeps the first delivery time; no-op once dismissed or resolved. */
export function deliver(record: ReminderRecord, at: Instant): ReminderRecord {
  if (isFinal(record.state)) return record;
  return { id: record.id, state: 'delivered', deliveredAt: record.deliveredAt ?? at };
}

/** Show again at `until`; no-op once dismissed or resolved. */
export function snooze(record: ReminderRecord, until: Instant): ReminderRecord {
  if (isFinal(record.state)) return record;
  const next: ReminderRecord = { id: record.id, state: 'snoozed', snoozedUntil: until };
  if (record.deliveredAt !== undefined) next.deliveredAt = record.deliveredAt;
  return next;
}

/** The user closed it without paying; no-op once resolved. */
export function dismiss(record: ReminderRecord): ReminderRecord {
  if (record.state === 'resolved') return record;
  const next: ReminderRecord = { id: record.id, state: 'dismissed' };
  if (record.deliveredAt !== undefined) next.deliveredAt = record.deliveredAt;
  return next;
}

/** The installment is paid. */
export function resolve(record: ReminderRecord): ReminderRecord {
  const next: ReminderRecord = { id: record.id, state: 'resolved' };
  if (record.deliveredAt !== undefined) next.deliveredAt = record.deliveredAt;
  return next;
}

/**
 * The state to show now. A paid installment resolves its reminders whatever is stored; a stored
 * 'resolved' whose installment is unpaid again (a payment deleted) falls back to delivered or upcoming;
 * a snooze that has run out is upcoming again (due to be shown).
 */
export function effectiveState(
  occurrence: ReminderOccurrence,
  record: ReminderRecord | undefined,
  installmentStatus: InstallmentStatus,
  now: Instant,
): ReminderState {
  if (installmentStatus === 'paid') return 'resolved';
  if (!record || record.id !== occurrence.id) return 'upcoming';
  switch (record.state) {
    case 'resolved':
      return record.deliveredAt !== undefined ? 'delivered' : 'upcoming';
    case 'snoozed':
      return record.snoozedUntil !== undefined && Date.parse(record.snoozedUntil) > Date.parse(now) ? 'snoozed' : 'upcoming';
    default:
      return record.state;
  }
}
