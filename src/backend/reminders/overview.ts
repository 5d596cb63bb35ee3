// The Reminders page's data, computed from the vault model and the outside-vault state: what needs
// attention, what fires in the next 30 days, what is snoozed, what was missed while away, and a month.
import type { AwayGroup, CalendarDay, CalendarDue, ReminderItem, RemindersOverview } from '../../contract';
import { addDaysIso, type IsoDate } from '../../core/dates';
import { defaultPolicy } from '../../core/escalation/defaults';
import { nextEscalation } from '../../core/escalation/timeline';
import type { InstallmentStatus } from '../../core/loans/ledger-types';
import { selectAttention, type AttentionCandidate } from '../../core/reminders/attention';
import type { ReminderRecord } from '../../core/reminders/types';
import { localToUtc, toLocal } from '../../core/reminders/zoned-time';
import type { ReminderStoreState } from './store';
import { plannedBetween, reminderById, toItem, type LoanModel, type ModelReminder, type VaultModel } from './vault-model';

const DAY_MS = 86_400_000;
const UPCOMING_DAYS = 30;

interface Recorded {
  reminder: ModelReminder;
  record: ReminderRecord;
}

function recorded(model: VaultModel, state: ReminderStoreState): Recorded[] {
  const out: Recorded[] = [];
  for (const record of state.records) {
    const reminder = reminderById(model, record.id);
    if (reminder) out.push({ reminder, record });
  }
  return out;
}

/** The reminders needing attention now (see selectAttention), as the UI shows them. */
export function attentionItems(model: VaultModel, state: ReminderStoreState, now: string): ReminderItem[] {
  const byId = new Map<string, Recorded>();
  const candidates: AttentionCandidate[] = recorded(model, state).map((r) => {
    byId.set(r.reminder.occurrence.id, r);
    return { occurrence: r.reminder.occurrence, record: r.record, installmentStatus: r.reminder.installment.status };
  });
  return selectAttention(candidates, now).flatMap((c) => {
    const r = byId.get(c.occurrence.id);
    return r ? [toItem(model, r.reminder, r.record, now)] : [];
  });
}

function whenMs(item: ReminderItem): number {
  return Date.parse(item.state === 'snoozed' && item.snoozedUntil ? item.snoozedUntil : item.fireAt);
}

function upcomingItems(model: VaultModel, state: ReminderStoreState, now: string): ReminderItem[] {
  const nowMs = Date.parse(now);
  const endMs = nowMs + UPCOMING_DAYS * DAY_MS;
  const records = new Map(state.records.map((r) => [r.id, r]));
  const items = plannedBetween(model, nowMs, endMs).map((r) => toItem(model, r, records.get(r.occurrence.id), now));
  const listed = new Set(items.map((i) => i.id));
  for (const { reminder, record } of recorded(model, state)) {
    if (listed.has(record.id) || record.state !== 'snoozed' || record.snoozedUntil === undefined) continue;
    const until = Date.parse(record.snoozedUntil);
    if (until >= nowMs && until < endMs && reminder.installment.status !== 'paid') items.push(toItem(model, reminder, record, now));
  }
  return items
    .filter((i) => i.state !== 'dismissed' && i.state !== 'resolved')
    .sort((a, b) => whenMs(a) - whenMs(b) || (a.id < b.id ? -1 : 1));
}

function snoozedItems(model: VaultModel, state: ReminderStoreState, now: string): ReminderItem[] {
  return recorded(model, state)
    .map(({ reminder, record }) => toItem(model, reminder, record, now))
    .filter((i) => i.state === 'snoozed')
    .sort((a, b) => whenMs(a) - whenMs(b) || (a.id < b.id ? -1 : 1));
}

function nextStageOf(loan: LoanModel, today: IsoDate): AwayGroup['nextStage'] {
  const next = nextEscalation({
    terms: loan.loan.terms,
    ledger: loan.ledger,
    policy: defaultPolicy(loan.loan.jurisdiction, loan.loan.lenderType, loan.loan.terms.penalty),
    overrides: loan.settings.escalationOverrides,
    asOf: today,
  });
  return next ? { kind: next.stage.kind, date: next.date, daysLeft: next.daysLeft } : null;
}

/** What was missed while away and not yet acknowledged, one group per loan, oldest due date first. */
export function awayGroups(model: VaultModel, state: ReminderStoreState, now: string): AwayGroup[] {
  if (!state.away) return [];
  const records = new Map(state.records.map((r) => [r.id, r]));
  const byLoan = new Map<string, ReminderItem[]>();
  for (const id of new Set(state.away.ids)) {
    const reminder = reminderById(model, id);
    if (!reminder || reminder.installment.status === 'paid') continue;
    const item = toItem(model, reminder, records.get(id), now);
    byLoan.set(item.loanId, [...(byLoan.get(item.loanId) ?? []), item]);
  }
  const groups: AwayGroup[] = [];
  for (const [loanId, items] of byLoan) {
    const loan = model.byId.get(loanId);
    if (!loan) continue;
    items.sort((a, b) => (a.fireAt < b.fireAt ? -1 : a.fireAt > b.fireAt ? 1 : a.id < b.id ? -1 : 1));
    const periods = new Set(items.map((i) => i.period));
    const installments = loan.ledger.installments.filter((i) => periods.has(i.period));
    const oldestDueDate = installments.map((i) => i.dueDate).sort()[0] ?? model.today;
    groups.push({
      loanId,
      loanName: loan.loan.name,
      lender: loan.loan.lender,
      currency: loan.loan.currency,
      outstanding: installments.reduce((sum, i) => sum + i.outstanding, 0),
      oldestDueDate,
      overdue: oldestDueDate < model.today,
      items,
      nextStage: nextStageOf(loan, model.today),
    });
  }
  return groups.sort((a, b) => (a.oldestDueDate !== b.oldestDueDate ? (a.oldestDueDate < b.oldestDueDate ? -1 : 1) : a.loanId < b.loanId ? -1 : 1));
}

const CALENDAR_STATUS: Record<InstallmentStatus, CalendarDue['status']> = {
  paid: 'paid',
  'partly-paid': 'partial',
  due: 'due',
  overdue: 'overdue',
  upcoming: 'upcoming',
};

/** Every day of `month` (YYYY-MM) with a due installment or a reminder firing that local day. */
export function monthDays(model: VaultModel, month: string): CalendarDay[] {
  const first = `${month}-01`;
  const next = addDaysIso(first, 32).slice(0, 7);
  const nextFirst = `${next}-01`;
  const midnight = { hour: 0, minute: 0 };
  const fromMs = localToUtc(first, midnight, model.timeZone);
  const toMs = localToUtc(nextFirst, midnight, model.timeZone);
  const days = new Map<IsoDate, CalendarDay>();
  const day = (date: IsoDate): CalendarDay => {
    let found = days.get(date);
    if (!found) {
      found = { date, dues: [], reminders: 0 };
      days.set(date, found);
    }
    return found;
  };
  for (const { loan, ledger } of model.loans) {
    for (const i of ledger.installments) {
      if (i.dueDate < first || i.dueDate >= nextFirst) continue;
      day(i.dueDate).dues.push({
        loanId: loan.id,
        loanName: loan.name,
        period: i.period,
        amount: i.status === 'paid' ? i.total : i.outstanding,
        currency: loan.currency,
        status: CALENDAR_STATUS[i.status],
      });
    }
  }
  for (const r of plannedBetween(model, fromMs, toMs)) {
    const date = toLocal(Date.parse(r.occurrence.fireAt), model.timeZone).date;
    if (date >= first && date < nextFirst) day(date).reminders += 1;
  }
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

export function buildOverview(model: VaultModel, state: ReminderStoreState, now: string, month: string | undefined): RemindersOverview {
  const chosen = month ?? model.today.slice(0, 7);
  return {
    now,
    today: model.today,
    timeZone: model.timeZone,
    attention: attentionItems(model, state, now),
    upcoming: upcomingItems(model, state, now),
    snoozed: snoozedItems(model, state, now),
    away: awayGroups(model, state, now),
    month: { month: chosen, days: monthDays(model, chosen) },
  };
}
