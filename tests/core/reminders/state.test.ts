// Reminder state transitions and the state shown now, on fixed instants.
import { describe, expect, it } from 'vitest';
import { deliver, dismiss, effectiveState, recordFor, resolve, snooze } from '../../../src/core/reminders/state';
import type { ReminderOccurrence } from '../../../src/core/reminders/types';

const occurrence: ReminderOccurrence = {
  id: 'a:1:due-today:0',
  loanId: 'a',
  period: 1,
  dueDate: '2026-03-15',
  kind: 'due-today',
  offsetDays: 0,
  fireAt: '2026-03-15T01:00:00.000Z',
  amount: 100,
};
const fresh = recordFor(occurrence.id, []);
const now = '2026-03-15T03:00:00.000Z';

describe('transitions', () => {
  it('starts upcoming and finds a stored record', () => {
    expect(fresh).toEqual({ id: occurrence.id, state: 'upcoming' });
    expect(recordFor(occurrence.id, [{ id: occurrence.id, state: 'dismissed' }]).state).toBe('dismissed');
  });

  it('delivers once, keeping the first delivery time', () => {
    const once = deliver(fresh, '2026-03-15T01:00:00.000Z');
    expect(deliver(once, '2026-03-15T02:00:00.000Z')).toEqual({ id: occurrence.id, state: 'delivered', deliveredAt: '2026-03-15T01:00:00.000Z' });
  });

  it('snoozes, and a snooze ending makes it upcoming again', () => {
    const s = snooze(deliver(fresh, '2026-03-15T01:00:00.000Z'), '2026-03-15T04:00:00.000Z');
    expect(s).toEqual({ id: occurrence.id, state: 'snoozed', snoozedUntil: '2026-03-15T04:00:00.000Z', deliveredAt: '2026-03-15T01:00:00.000Z' });
    expect(effectiveState(occurrence, s, 'due', now)).toBe('snoozed');
    expect(effectiveState(occurrence, s, 'due', '2026-03-15T04:00:00.000Z')).toBe('upcoming');
  });

  it('treats dismissed and resolved as final for deliver and snooze', () => {
    const d = dismiss(fresh);
    expect(deliver(d, now)).toBe(d);
    expect(snooze(d, now)).toBe(d);
    const r = resolve(fresh);
    expect(dismiss(r)).toBe(r);
    expect(deliver(r, now)).toBe(r);
  });

  it('resolves whatever is stored once the installment is paid', () => {
    expect(effectiveState(occurrence, undefined, 'paid', now)).toBe('resolved');
    expect(effectiveState(occurrence, dismiss(fresh), 'paid', now)).toBe('resolved');
    expect(effectiveState(occurrence, snooze(fresh, '2026-04-01T00:00:00.000Z'), 'paid', now)).toBe('resolved');
  });

  it('reopens a resolved reminder when the installment is unpaid again', () => {
    expect(effectiveState(occurrence, resolve(fresh), 'overdue', now)).toBe('upcoming');
    expect(effectiveState(occurrence, resolve(deliver(fresh, now)), 'overdue', now)).toBe('delivered');
  });

  it('is upcoming without a record, and ignores a record for another occurrence', () => {
    expect(effectiveState(occurrence, undefined, 'due', now)).toBe('upcoming');
    expect(effectiveState(occurrence, dismiss(recordFor('b:1:due-today:0', [])), 'due', now)).toBe('upcoming');
    expect(effectiveState(occurrence, dismiss(fresh), 'due', now)).toBe('dismissed');
  });
});
