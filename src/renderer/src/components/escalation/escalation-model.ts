// The escalation section's rules kept out of the components so they can be tested plainly: the relative
// day phrase, how a stage's basis is worded, and the edit form (rows, checks, the overrides it saves).
import type { Input } from '../../../../contract';
import type { LoanEscalationView } from '../../../../contract/reminders';
import type { EscalationOverrides, EscalationStage, EscalationStageKind, StageOverride } from '../../../../core/escalation/types';
import type { ReminderRules } from '../../../../core/reminders/types';

export const MAX_STAGE_DAYS = 3650;
export const MAX_LEAD_DAY = 60;
export const MAX_LEAD_DAYS = 10;

/** The message key (under `escalation.days`) and count for a stage `days` from today. */
export function relativeDaysKey(days: number): { key: 'today' | 'tomorrow' | 'ahead' | 'yesterday' | 'ago'; n: number } {
  if (days === 0) return { key: 'today', n: 0 };
  if (days === 1) return { key: 'tomorrow', n: 1 };
  if (days === -1) return { key: 'yesterday', n: 1 };
  return days > 0 ? { key: 'ahead', n: days } : { key: 'ago', n: -days };
}

/** Unconfirmed days ('M') are typical practice whatever their basis; otherwise the basis says where they come from. */
export function basisKey(stage: Pick<EscalationStage, 'basis' | 'confidence'>): 'typical' | 'contract' | 'rule' {
  if (stage.confidence === 'M' || stage.basis === 'typical') return 'typical';
  return stage.basis;
}

export interface StageRow {
  kind: EscalationStageKind;
  enabled: boolean;
  days: string;
}

export interface EscalationForm {
  stages: StageRow[];
  remind: boolean;
  leadDays: string;
}

export type FormProblems = Partial<Record<EscalationStageKind | 'leadDays', 'days' | 'leadDays'>>;

export type SaveInput = Input<'reminders.saveLoanEscalation'>;

/** "7, 3, 1, 0" for a list of days, in the order given. */
export function daysText(days: readonly number[]): string {
  return days.join(', ');
}

/** The form as the view stands: every stage (switched-off ones too) in date order, reminders as they apply now. */
export function formFromView(view: LoanEscalationView, userRules: Pick<ReminderRules, 'leadDays'>): EscalationForm {
  return {
    stages: view.stages.map((stage) => ({ kind: stage.kind, enabled: stage.enabled, days: String(stage.daysAfterDue) })),
    remind: view.reminderOverride?.enabled !== false,
    leadDays: daysText(view.reminderOverride?.leadDays ?? userRules.leadDays),
  };
}

function wholeDays(text: string, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,5}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= max ? value : null;
}

/** Comma- (or 、/space-) separated whole days 0–60, at most 10, duplicates dropped, largest first; null when any is wrong. */
export function parseLeadDays(text: string): number[] | null {
  const parts = text.split(/[\s,，、]+/).filter((part) => part !== '');
  if (parts.length > MAX_LEAD_DAYS) return null;
  const days: number[] = [];
  for (const part of parts) {
    const value = wholeDays(part, MAX_LEAD_DAY);
    if (value === null) return null;
    if (!days.includes(value)) days.push(value);
  }
  return days.sort((a, b) => b - a);
}

function sameDays(a: readonly number[], b: readonly number[]): boolean {
  const left = [...a].sort((x, y) => x - y);
  const right = [...b].sort((x, y) => x - y);
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/**
 * Checks the form and builds what to save. A stage's override keeps what was overridden before and adds
 * only what the user changed here, so an untouched stage stays as it was. The reminder override keeps any
 * other field it had; `enabled` is stored only when reminders are off, `leadDays` only when they differ
 * from the user's usual ones; an override left empty becomes null.
 */
export function buildSave(
  form: EscalationForm,
  view: LoanEscalationView,
  userRules: Pick<ReminderRules, 'leadDays'>,
): { input: SaveInput | null; problems: FormProblems } {
  const problems: FormProblems = {};
  const overrides: EscalationOverrides = {};
  for (const row of form.stages) {
    const stage = view.stages.find((s) => s.kind === row.kind);
    if (stage === undefined) continue;
    const next: StageOverride = { ...view.overrides[row.kind] };
    const days = wholeDays(row.days, MAX_STAGE_DAYS);
    if (row.enabled && days === null) problems[row.kind] = 'days';
    else if (days !== null && days !== stage.daysAfterDue) next.daysAfterDue = days;
    if (row.enabled !== stage.enabled) next.enabled = row.enabled;
    if (Object.keys(next).length > 0) overrides[row.kind] = next;
  }
  const leadDays = parseLeadDays(form.leadDays);
  if (form.remind && leadDays === null) problems.leadDays = 'leadDays';
  if (Object.keys(problems).length > 0) return { input: null, problems };

  const reminder: Partial<ReminderRules> = { ...view.reminderOverride };
  delete reminder.enabled;
  delete reminder.leadDays;
  if (!form.remind) reminder.enabled = false;
  if (leadDays !== null && !sameDays(leadDays, userRules.leadDays)) reminder.leadDays = leadDays;
  const reminderOverride = Object.keys(reminder).length > 0 ? reminder : null;
  return { input: { loanId: view.loanId, overrides, reminderOverride }, problems };
}

/** What "Reset to defaults" saves: no stage overrides and no reminder override. */
export function resetInput(loanId: string): SaveInput {
  return { loanId, overrides: {}, reminderOverride: null };
}
