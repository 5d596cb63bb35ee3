// What a missed payment goes through, step by step (grace ends, late fee, penalty interest, 征信 report,
// outsourced collection, legal action): the policy as editable data and the dated timeline built from it.
import type { Bilingual, Confidence, Jurisdiction, LenderType } from '../cost/legal-types';
import type { IsoDate } from '../dates';

export const ESCALATION_STAGE_KINDS = [
  'grace-ends',
  'late-fee',
  'penalty-interest-starts',
  'credit-report',
  'collection-handover',
  'legal-action',
] as const;
/**
 * grace-ends 宽限期结束 (from that day the payment counts as overdue) · late-fee 滞纳金 · penalty-interest-starts
 * 罚息 · credit-report 上报征信 · collection-handover 委外催收 · legal-action 起诉.
 */
export type EscalationStageKind = (typeof ESCALATION_STAGE_KINDS)[number];

/**
 * Where a stage's days come from: 'contract' = the loan's own penalty terms (grace days + 1, switched off
 * when the contract has no such charge); 'typical' = typical practice, editable, to verify; 'rule' = a
 * rule the stage follows (its citation in `source`).
 */
export type StageBasis = 'contract' | 'typical' | 'rule';

export interface EscalationStage {
  kind: EscalationStageKind;
  /**
   * Days after the due date on which the stage takes effect: its date is dueDate + daysAfterDue, and it
   * has happened once the as-of date reaches that date. For 'contract' stages the timeline replaces it
   * with the loan's graceDays + 1 (the first day outside grace, as the ledger counts overdue).
   */
  daysAfterDue: number;
  /** False when the stage does not apply (a private lender does not report to 征信). */
  enabled: boolean;
  basis: StageBasis;
  label: Bilingual;
  description: Bilingual;
  /** Confidence in the days and in the stage applying at all; 'M' is shown as "typical practice, to verify". */
  confidence: Confidence;
  /** Where the fact or the typical value comes from. */
  source: string;
}

export interface EscalationPolicy {
  jurisdiction: Jurisdiction;
  lenderType: LenderType;
  /** In the order they usually happen; the timeline orders them by date (stable) after overrides. */
  stages: EscalationStage[];
}

/** A user's change to one stage for one loan: other days, or switched off (or back on). */
export interface StageOverride {
  daysAfterDue?: number;
  enabled?: boolean;
}

export type EscalationOverrides = Partial<Record<EscalationStageKind, StageOverride>>;

/** 'passed': its date has been reached · 'next': the first stage not yet reached · 'ahead': later ones. */
export type StageState = 'passed' | 'next' | 'ahead';

export interface TimelineStage extends EscalationStage {
  /** dueDate + daysAfterDue. */
  date: IsoDate;
  state: StageState;
  /** Calendar days from the as-of date to the stage's date (0 on the day, negative once passed). */
  daysUntil: number;
  /** True when a per-loan override changed this stage. */
  overridden: boolean;
}

/**
 * 'past-due': the oldest unsettled installment is past its due date · 'if-missed': none is, so the
 * timeline shows what would happen if the next one (due today or later) were missed · 'none': nothing owed.
 */
export type TimelineMode = 'past-due' | 'if-missed' | 'none';

export interface TimelineInstallment {
  period: number;
  dueDate: IsoDate;
  outstanding: number;
  daysPastDue: number;
}

export interface EscalationTimeline {
  asOf: IsoDate;
  mode: TimelineMode;
  installment: TimelineInstallment | null;
  /** Enabled stages only, in date order; empty when mode is 'none'. */
  stages: TimelineStage[];
}
