// Which reminders need attention: the latest fired per installment and family, unless dismissed,
// snoozed into the future or paid; and the count a locked app can give from ids alone.
import { describe, expect, it } from 'vitest';
import { lockedAttentionCount, selectAttention, type AttentionCandidate } from '../../../src/core/reminders/attention';
import type { ReminderKind, ReminderRecord } from '../../../src/core/reminders/types';
import type { InstallmentStatus } from '../../../src/core/loans/ledger-types';

const NOW = '2026-03-20T02:00:00.000Z';

function candidate(
  id: string,
  fireAt: string,
  record: Omit<ReminderRecord, 'id'> | undefined,
  status: InstallmentStatus = 'overdue',
): AttentionCandidate {
  const [loanId = '', period = '0', kind = 'overdue', offset = '0'] = id.split(':');
  return {
    occurrence: { id, loanId, period: Number(period), dueDate: '2026-03-13', kind: kind as ReminderKind, offsetDays: Number(offset), fireAt, amount: 1 },
    record: record ? { id, ...record } : undefined,
    installmentStatus: status,
  };
}

const delivered = { state: 'delivered' as const, deliveredAt: '2026-03-14T01:00:00.000Z' };
const ids = (list: AttentionCandidate[]): string[] => list.map((c) => c.occurrence.id);

describe('selectAttention', () => {
  it('keeps the latest fired reminder per installment and family', () => {
    const list = [
      candidate('a:1:overdue:1', '2026-03-14T01:00:00.000Z', delivered),
      candidate('a:1:overdue:3', '2026-03-16T01:00:00.000Z', delivered),
      candidate('a:1:escalation:4', '2026-03-17T01:00:00.000Z', delivered),
      candidate('a:2:before-due:7', '2026-03-18T01:00:00.000Z', delivered, 'due'),
      candidate('a:1:overdue:14', '2026-03-27T01:00:00.000Z', delivered),
    ];
    expect(ids(selectAttention(list, NOW))).toEqual(['a:1:overdue:3', 'a:1:escalation:4', 'a:2:before-due:7']);
  });

  it('shows nothing for an installment whose latest reminder was dismissed, snoozed ahead, or is paid', () => {
    expect(selectAttention([candidate('a:1:overdue:1', '2026-03-14T01:00:00.000Z', delivered), candidate('a:1:overdue:3', '2026-03-16T01:00:00.000Z', { state: 'dismissed' })], NOW)).toEqual([]);
    expect(selectAttention([candidate('a:1:overdue:3', '2026-03-16T01:00:00.000Z', { state: 'snoozed', snoozedUntil: '2026-03-21T01:00:00.000Z' })], NOW)).toEqual([]);
    expect(selectAttention([candidate('a:1:overdue:3', '2026-03-16T01:00:00.000Z', delivered, 'paid')], NOW)).toEqual([]);
  });

  it('brings back a reminder whose snooze ran out, even after a later one was dismissed', () => {
    const list = [
      candidate('a:1:overdue:1', '2026-03-14T01:00:00.000Z', { state: 'snoozed', snoozedUntil: '2026-03-20T01:00:00.000Z' }),
      candidate('a:1:overdue:3', '2026-03-16T01:00:00.000Z', { state: 'dismissed' }),
    ];
    const [only] = selectAttention(list, NOW);
    expect(only?.occurrence.id).toBe('a:1:overdue:1');
  });

  it('ignores reminders without a record (never shown)', () => {
    expect(selectAttention([candidate('a:1:overdue:3', '2026-03-16T01:00:00.000Z', undefined)], NOW)).toEqual([]);
  });
});

describe('lockedAttentionCount', () => {
  it('counts distinct installments and families among notified ids not dismissed or resolved', () => {
    const notified = ['a:1:overdue:1', 'a:1:overdue:3', 'a:1:escalation:27', 'a:2:before-due:3', 'b:1:due-today:0', 'junk'];
    const records: ReminderRecord[] = [{ id: 'b:1:due-today:0', state: 'dismissed' }];
    expect(lockedAttentionCount(notified, records)).toBe(3);
    expect(lockedAttentionCount([], [])).toBe(0);
  });
});
