// Plans reminder occurrences from loan schedules: every reminder whose fire time falls in a window,
// at the user's local hour in their time zone, moved out of quiet hours. Paid installments get none.
import { addDaysIso } from '../dates';
import { applyQuietHours, offsetsWithin, rulesForLoan } from './rules';
import type { PlanInput, ReminderInstallment, ReminderLoan, ReminderOccurrence, ReminderRules } from './types';
import { localToUtc, toLocal } from './zoned-time';

/** Parses an instant, rejecting anything Date cannot read. */
export function instantMs(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Not an instant: ${instant}`);
  return ms;
}

export function occurrenceId(loanId: string, period: number, kind: string, offsetDays: number): string {
  return `${loanId}:${period}:${kind}:${offsetDays}`;
}

/** Sorts by fire time, then id, so equal inputs always give the same order. */
export function compareOccurrences(a: ReminderOccurrence, b: ReminderOccurrence): number {
  if (a.fireAt !== b.fireAt) return a.fireAt < b.fireAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface PlannedReminder {
  occurrence: ReminderOccurrence;
  installment: ReminderInstallment;
}

/** The occurrence of one installment at one offset, with its fire time in `timeZone`. */
export function buildOccurrence(
  loan: ReminderLoan,
  installment: ReminderInstallment,
  rules: ReminderRules,
  timeZone: string,
  planned: { kind: ReminderOccurrence['kind']; offsetDays: number; date: string },
): ReminderOccurrence {
  const at = applyQuietHours(planned.date, rules.remindAt, rules.quietHours);
  const occurrence: ReminderOccurrence = {
    id: occurrenceId(loan.id, installment.period, planned.kind, planned.offsetDays),
    loanId: loan.id,
    period: installment.period,
    dueDate: installment.dueDate,
    kind: planned.kind,
    offsetDays: planned.offsetDays,
    fireAt: new Date(localToUtc(at.date, at.time, timeZone)).toISOString(),
    amount: installment.outstanding,
  };
  if (loan.currency !== undefined) occurrence.currency = loan.currency;
  return occurrence;
}

/**
 * Every reminder for the loans with fromMs ≤ fireAt < toMs, each with its installment. With
 * `includePaid`, paid installments contribute their before-due and due-day reminders too (catch-up
 * reports them as resolved); overdue follow-ups exist only for unpaid installments.
 */
export function planWithInstallments(input: Omit<PlanInput, 'from' | 'to'>, fromMs: number, toMs: number, includePaid: boolean): PlannedReminder[] {
  if (!(fromMs < toMs)) return [];
  // Planned local dates that can land in the window: quiet hours move a reminder at most one day later,
  // and the margin of a day on each side covers any zone's offset.
  const first = addDaysIso(toLocal(fromMs, input.timeZone).date, -2);
  const last = addDaysIso(toLocal(toMs, input.timeZone).date, 1);
  const out: PlannedReminder[] = [];
  for (const loan of input.loans) {
    const rules = rulesForLoan(input.rules, input.overrides, loan.id);
    if (!rules.enabled) continue;
    for (const installment of loan.installments) {
      const paid = installment.status === 'paid';
      if (paid && !includePaid) continue;
      for (const planned of offsetsWithin(rules, installment.dueDate, first, last, !paid)) {
        const occurrence = buildOccurrence(loan, installment, rules, input.timeZone, planned);
        const ms = Date.parse(occurrence.fireAt);
        if (ms >= fromMs && ms < toMs) out.push({ occurrence, installment });
      }
    }
  }
  return out.sort((a, b) => compareOccurrences(a.occurrence, b.occurrence));
}

/** Every occurrence with from ≤ fireAt < to, sorted by fireAt then id. Paid installments produce none. */
export function planOccurrences(input: PlanInput): ReminderOccurrence[] {
  return planWithInstallments(input, instantMs(input.from), instantMs(input.to), false).map((p) => p.occurrence);
}
