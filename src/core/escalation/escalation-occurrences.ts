// Escalation reminder points as reminder occurrences, so the engine's catch-up, states and timetable treat
// them like any other reminder. All points of one loan on one day make one occurrence, whose id
// `${loanId}:${period}:escalation:${daysAfterDue}` says nothing but the day.
import { daysBetween, type IsoDate } from '../dates';
import type { LedgerState } from '../loans/ledger-types';
import type { LoanTerms } from '../loans/types';
import { buildOccurrence, type PlannedReminder } from '../reminders/plan';
import type { ReminderLoan, ReminderRules } from '../reminders/types';
import { escalationReminders, type EscalationReminderPoint } from './reminders';
import type { EscalationOverrides, EscalationPolicy, EscalationStageKind } from './types';

export interface EscalationOccurrenceInput {
  loan: ReminderLoan;
  terms: LoanTerms;
  ledger: LedgerState;
  policy: EscalationPolicy;
  overrides?: EscalationOverrides;
  /** The loan's effective reminder rules: the hour, quiet hours, and whether it is silenced. */
  rules: ReminderRules;
  /** Days before each stage; empty switches escalation reminders off. */
  leadDays: readonly number[];
  timeZone: string;
}

export interface EscalationOccurrence extends PlannedReminder {
  /** Every stage the day's points warn of, nearest stage date first, timeline order within a date. */
  stages: EscalationStageKind[];
  /** The nearest stage date among them. */
  stageDate: IsoDate;
  /** Days from the reminder's day to stageDate. */
  leadDays: number;
}

/**
 * Every escalation occurrence of the installment the timeline follows (the oldest unsettled one), past
 * and future, sorted by fire time: the caller picks a window. Nothing when the rules silence the loan.
 */
export function escalationOccurrences(input: EscalationOccurrenceInput): EscalationOccurrence[] {
  if (!input.rules.enabled || input.leadDays.length === 0) return [];
  const points = escalationReminders(
    {
      terms: input.terms,
      ledger: input.ledger,
      policy: input.policy,
      ...(input.overrides ? { overrides: input.overrides } : {}),
      // From the loan's start, so points already past are kept: catch-up and the attention list need them.
      asOf: input.terms.startDate,
    },
    input.leadDays,
  );
  const byDate = new Map<IsoDate, EscalationReminderPoint[]>();
  for (const point of points) byDate.set(point.date, [...(byDate.get(point.date) ?? []), point]);
  const out: EscalationOccurrence[] = [];
  for (const [date, list] of byDate) {
    const first = list[0];
    const installment = input.loan.installments.find((i) => i.period === first?.period);
    if (!first || !installment || installment.status === 'paid') continue;
    const sorted = [...list].sort((a, b) => (a.stageDate < b.stageDate ? -1 : a.stageDate > b.stageDate ? 1 : 0));
    const stages = [...new Set(sorted.flatMap((p) => p.stages))];
    const stageDate = sorted[0]?.stageDate ?? first.stageDate;
    const occurrence = buildOccurrence(input.loan, installment, input.rules, input.timeZone, {
      kind: 'escalation',
      offsetDays: daysBetween(installment.dueDate, date),
      date,
    });
    out.push({ occurrence, installment, stages, stageDate, leadDays: daysBetween(date, stageDate) });
  }
  return out.sort((a, b) => (a.occurrence.fireAt < b.occurrence.fireAt ? -1 : a.occurrence.fireAt > b.occurrence.fireAt ? 1 : 0));
}
