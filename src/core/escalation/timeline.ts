// The dated escalation timeline of one loan on a given day: which stages a missed installment has gone
// through, which comes next and when — the material for "in 2 days this loan may be reported to 征信".
//
// Rules, stated once:
// - The installment followed is the oldest one not settled (payments settle the oldest first). If its due
//   date is before the as-of date the mode is 'past-due'; otherwise 'if-missed': the timeline of what
//   would happen if it were missed. Nothing unsettled: mode 'none', no stages.
// - A stage's date is dueDate + daysAfterDue; it has 'passed' once the as-of date reaches that date. The
//   first enabled stage not passed is 'next', later ones 'ahead'. Switched-off stages are left out.
import { addDaysIso, daysBetween, type IsoDate } from '../dates';
import type { LedgerState } from '../loans/ledger-types';
import type { LoanTerms } from '../loans/types';
import { resolveStages } from './resolve';
import type { EscalationOverrides, EscalationPolicy, EscalationTimeline, TimelineStage } from './types';

export interface EscalationInput {
  terms: LoanTerms;
  ledger: LedgerState;
  policy: EscalationPolicy;
  overrides?: EscalationOverrides;
  asOf: IsoDate;
}

export interface NextEscalation {
  stage: TimelineStage;
  date: IsoDate;
  /** Calendar days from the as-of date to the stage (0 = today). */
  daysLeft: number;
  mode: EscalationTimeline['mode'];
  period: number;
  dueDate: IsoDate;
}

export function escalationTimeline(input: EscalationInput): EscalationTimeline {
  const { terms, ledger, policy, overrides, asOf } = input;
  const target = ledger.installments.find((row) => row.settledOn === null && row.status !== 'paid');
  if (target === undefined) return { asOf, mode: 'none', installment: null, stages: [] };
  let nextTaken = false;
  const stages = resolveStages(policy, terms.penalty, overrides)
    .filter((stage) => stage.enabled)
    .map((stage): TimelineStage => {
      const date = addDaysIso(target.dueDate, stage.daysAfterDue);
      const passed = asOf >= date;
      const state = passed ? 'passed' : nextTaken ? 'ahead' : 'next';
      if (!passed) nextTaken = true;
      return { ...stage, date, state, daysUntil: daysBetween(asOf, date) };
    });
  return {
    asOf,
    mode: target.dueDate < asOf ? 'past-due' : 'if-missed',
    installment: {
      period: target.period,
      dueDate: target.dueDate,
      outstanding: target.outstanding,
      daysPastDue: Math.max(0, daysBetween(target.dueDate, asOf)),
    },
    stages,
  };
}

/** The next stage not yet reached, or null when every stage has passed or nothing is owed. */
export function nextEscalation(input: EscalationInput): NextEscalation | null {
  const timeline = escalationTimeline(input);
  const stage = timeline.stages.find((s) => s.state === 'next');
  if (stage === undefined || timeline.installment === null) return null;
  return {
    stage,
    date: stage.date,
    daysLeft: stage.daysUntil,
    mode: timeline.mode,
    period: timeline.installment.period,
    dueDate: timeline.installment.dueDate,
  };
}
