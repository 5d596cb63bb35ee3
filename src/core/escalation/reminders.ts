// The points in time a reminder engine can key escalation reminders to: a few days before each stage not
// yet reached. Keys are opaque (period, due date, stage, lead) so the timetable outside the vault can
// hold them without naming a lender or an amount.
//
// Rules, stated once:
// - One point per stage date and lead time; stages falling on the same date share a point (listed in
//   date order), so "grace ends" and "late fee" on one day make one reminder.
// - Points on or before the due date are left out: until then the ordinary due-date reminders speak.
// - Only points on or after the as-of date; an engine catching up after an absence calls this with its
//   last run's date.
import { addDaysIso, type IsoDate } from '../dates';
import { escalationTimeline, type EscalationInput } from './timeline';
import type { EscalationStageKind } from './types';

export const DEFAULT_ESCALATION_LEADS: readonly number[] = [3, 1];

export interface EscalationReminderPoint {
  /** Stable and opaque: `esc:<period>:<dueDate>:<stageDate>:<lead>`. */
  key: string;
  /** The day to remind. */
  date: IsoDate;
  /** Days before the stage(s). */
  leadDays: number;
  stageDate: IsoDate;
  /** The stages that take effect on stageDate, in timeline order. */
  stages: EscalationStageKind[];
  period: number;
  dueDate: IsoDate;
}

/** Reminder points for the stages not yet reached, sorted by date then by stage date. */
export function escalationReminders(
  input: EscalationInput,
  leadDays: readonly number[] = DEFAULT_ESCALATION_LEADS,
): EscalationReminderPoint[] {
  const timeline = escalationTimeline(input);
  const installment = timeline.installment;
  if (installment === null) return [];
  const byDate = new Map<IsoDate, EscalationStageKind[]>();
  for (const stage of timeline.stages) {
    if (stage.state === 'passed') continue;
    byDate.set(stage.date, [...(byDate.get(stage.date) ?? []), stage.kind]);
  }
  const leads = [...new Set(leadDays.map((d) => Math.max(0, Math.round(d))))];
  const points: EscalationReminderPoint[] = [];
  for (const [stageDate, stages] of byDate) {
    for (const lead of leads) {
      const date = addDaysIso(stageDate, -lead);
      if (date <= installment.dueDate || date < input.asOf) continue;
      points.push({
        key: `esc:${installment.period}:${installment.dueDate}:${stageDate}:${lead}`,
        date,
        leadDays: lead,
        stageDate,
        stages,
        period: installment.period,
        dueDate: installment.dueDate,
      });
    }
  }
  return points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.stageDate < b.stageDate ? -1 : 1));
}
