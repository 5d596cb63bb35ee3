// "Since last run": after the app was closed, asleep or locked for any length of time, finds every
// reminder that should have fired meanwhile and was not handled, once each, grouped by loan.
import { addDaysIso, type IsoDate } from '../dates';
import { buildOccurrence, compareOccurrences, instantMs, planWithInstallments, type PlannedReminder } from './plan';
import { rulesForLoan } from './rules';
import { toLocal } from './zoned-time';
import { REMINDER_KINDS, type Instant, type PlanInput, type ReminderKind, type ReminderOccurrence, type ReminderRecord } from './types';

export interface CatchUpInput extends Omit<PlanInput, 'from' | 'to'> {
  /** When the engine last ran (the previous tick, or the moment the app closed). */
  lastRunAt: Instant;
  now: Instant;
  records: readonly ReminderRecord[];
  /** Reminders that fell due within this many minutes before now are 'due' (shown one by one), older ones 'missed'. Default 10. */
  lateAfterMinutes?: number;
  /** Occurrences planned outside the rules (escalation reminders), treated like the planned ones. */
  extra?: readonly PlannedReminder[];
}

/** What to do now about one loan: everything missed on it, in one place. */
export interface LoanCatchUp {
  loanId: string;
  /** Sorted by when each should have fired, then id. */
  occurrences: ReminderOccurrence[];
  /** Sum of the outstanding amounts of the installments these reminders are about, in minor units. */
  outstanding: number;
  oldestDueDate: IsoDate;
  /** True when the oldest due date is before today in the user's zone: pay now, not soon. */
  overdue: boolean;
}

export interface CatchUpResult {
  /** Fell due more than lateAfterMinutes ago: show once, grouped (oldest due date first). */
  missed: LoanCatchUp[];
  /** Fell due just now: show one by one, in fire order. */
  due: ReminderOccurrence[];
  /** Fell due while away, but the installment is now paid: store as resolved, do not show. */
  resolved: ReminderOccurrence[];
}

interface Surfaced extends PlannedReminder {
  /** When it should have shown: its fire time, or the end of its snooze. */
  atMs: number;
}

const HANDLED = new Set(['delivered', 'dismissed', 'resolved']);

/** Reads `${loanId}:${period}:${kind}:${offset}` from the right, since a loan id may hold colons. */
export function parseOccurrenceId(id: string): { loanId: string; period: number; kind: ReminderKind; offsetDays: number } | null {
  const parts = id.split(':');
  if (parts.length < 4) return null;
  const offsetDays = Number(parts.at(-1));
  const kind = REMINDER_KINDS.find((k) => k === parts.at(-2));
  const period = Number(parts.at(-3));
  if (!kind || !Number.isInteger(offsetDays) || !Number.isInteger(period)) return null;
  return { loanId: parts.slice(0, -3).join(':'), period, kind, offsetDays };
}

/** The occurrence behind a stored snoozed record, rebuilt from current schedules and rules. */
function snoozedOccurrence(input: CatchUpInput, id: string): PlannedReminder | null {
  const parsed = parseOccurrenceId(id);
  if (!parsed) return null;
  if (parsed.kind === 'escalation') return input.extra?.find((p) => p.occurrence.id === id) ?? null;
  const loan = input.loans.find((l) => l.id === parsed.loanId);
  const installment = loan?.installments.find((i) => i.period === parsed.period);
  if (!loan || !installment) return null;
  const rules = rulesForLoan(input.rules, input.overrides, loan.id);
  const sign = parsed.kind === 'overdue' ? 1 : -1;
  const date = addDaysIso(installment.dueDate, sign * parsed.offsetDays);
  const occurrence = buildOccurrence(loan, installment, rules, input.timeZone, { kind: parsed.kind, offsetDays: parsed.offsetDays, date });
  return { occurrence, installment };
}

function groupByLoan(items: Surfaced[], today: IsoDate): LoanCatchUp[] {
  const byLoan = new Map<string, Surfaced[]>();
  for (const item of items) byLoan.set(item.occurrence.loanId, [...(byLoan.get(item.occurrence.loanId) ?? []), item]);
  const groups = [...byLoan].map(([loanId, list]): LoanCatchUp => {
    const installments = new Map(list.map((s) => [s.installment.period, s.installment]));
    const outstanding = [...installments.values()].reduce((sum, i) => sum + i.outstanding, 0);
    const oldestDueDate = [...installments.values()].map((i) => i.dueDate).sort()[0] ?? today;
    return { loanId, occurrences: list.map((s) => s.occurrence), outstanding, oldestDueDate, overdue: oldestDueDate < today };
  });
  return groups.sort((a, b) => (a.oldestDueDate !== b.oldestDueDate ? (a.oldestDueDate < b.oldestDueDate ? -1 : 1) : a.loanId < b.loanId ? -1 : 1));
}

/**
 * Every reminder with lastRunAt ≤ fireAt < now that is not delivered, dismissed or resolved, plus every
 * snoozed one whose snooze ended before now, each returned once. Paid installments' reminders come back
 * in `resolved` instead. The caller stores 'delivered' for what it shows and 'resolved' for the rest,
 * then keeps `now` as the next lastRunAt, so a second run over the same span returns nothing new.
 */
export function catchUp(input: CatchUpInput): CatchUpResult {
  const lastMs = instantMs(input.lastRunAt);
  const nowMs = instantMs(input.now);
  const records = new Map(input.records.map((r) => [r.id, r]));
  const surfaced: Surfaced[] = [];
  const resolved: ReminderOccurrence[] = [];
  const seen = new Set<string>();

  const take = (planned: PlannedReminder, atMs: number): void => {
    seen.add(planned.occurrence.id);
    if (planned.installment.status === 'paid') {
      if (records.get(planned.occurrence.id)?.state !== 'resolved') resolved.push(planned.occurrence);
    } else {
      surfaced.push({ ...planned, atMs });
    }
  };

  const extra = (input.extra ?? []).filter((p) => {
    const ms = Date.parse(p.occurrence.fireAt);
    return ms >= lastMs && ms < nowMs;
  });
  for (const planned of [...planWithInstallments(input, lastMs, nowMs, true), ...extra]) {
    const record = records.get(planned.occurrence.id);
    if (record && (HANDLED.has(record.state) || record.state === 'snoozed')) continue;
    take(planned, Date.parse(planned.occurrence.fireAt));
  }
  for (const record of input.records) {
    if (record.state !== 'snoozed' || record.snoozedUntil === undefined || seen.has(record.id)) continue;
    const untilMs = instantMs(record.snoozedUntil);
    if (untilMs >= nowMs) continue;
    const planned = snoozedOccurrence(input, record.id);
    if (planned) take(planned, untilMs);
  }

  const byTime = (a: Surfaced, b: Surfaced): number => a.atMs - b.atMs || compareOccurrences(a.occurrence, b.occurrence);
  surfaced.sort(byTime);
  const lateMs = (input.lateAfterMinutes ?? 10) * 60_000;
  const due = surfaced.filter((s) => s.atMs >= nowMs - lateMs);
  const missed = surfaced.filter((s) => s.atMs < nowMs - lateMs);
  return {
    missed: groupByLoan(missed, toLocal(nowMs, input.timeZone).date),
    due: due.map((s) => s.occurrence),
    resolved: resolved.sort(compareOccurrences),
  };
}
