// A policy made concrete for one loan: the contract stages take the loan's grace days and charges, then
// the user's overrides apply, then the stages are put in date order. The timeline and the settings page
// both read this, so what is edited is what is shown.
import type { PenaltyTerms } from '../loans/types';
import { firstOverdueDay } from './defaults';
import type { EscalationOverrides, EscalationPolicy, EscalationStage } from './types';

export interface ResolvedStage extends EscalationStage {
  overridden: boolean;
}

/** Whether the contract itself has the charge a contract stage stands for. */
function contractHas(stage: EscalationStage, penalty: PenaltyTerms): boolean {
  if (stage.kind === 'late-fee') return penalty.lateFee.type !== 'none';
  if (stage.kind === 'penalty-interest-starts') return penalty.rate.type !== 'none';
  return true;
}

/**
 * Every stage of the policy (switched-off ones included, for editing), in date order: sorted by
 * daysAfterDue, ties kept in the policy's order. Override days are whole days, at least 0.
 */
export function resolveStages(
  policy: EscalationPolicy,
  penalty: PenaltyTerms,
  overrides: EscalationOverrides = {},
): ResolvedStage[] {
  const resolved = policy.stages.map((stage): ResolvedStage => {
    const fromContract =
      stage.basis === 'contract'
        ? { ...stage, daysAfterDue: firstOverdueDay(penalty.graceDays), enabled: stage.enabled && contractHas(stage, penalty) }
        : stage;
    const override = overrides[stage.kind];
    if (override === undefined) return { ...fromContract, overridden: false };
    return {
      ...fromContract,
      daysAfterDue:
        override.daysAfterDue === undefined ? fromContract.daysAfterDue : Math.max(0, Math.round(override.daysAfterDue)),
      enabled: override.enabled ?? fromContract.enabled,
      overridden: true,
    };
  });
  return resolved
    .map((stage, index) => ({ stage, index }))
    .sort((a, b) => a.stage.daysAfterDue - b.stage.daysAfterDue || a.index - b.index)
    .map(({ stage }) => stage);
}
