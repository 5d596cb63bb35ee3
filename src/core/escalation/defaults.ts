// The default escalation policy for each jurisdiction and lender type. The first stages follow the loan's
// own terms; the later ones (征信, 委外催收, legal action) are typical practice, labelled 'M' (to verify)
// because the reference gives no numbers for them, and every value can be edited per loan.
import type { Jurisdiction, LenderType } from '../cost/legal-types';
import type { PenaltyTerms } from '../loans/types';
import { stageText } from './stage-texts';
import type { EscalationPolicy, EscalationStage, EscalationStageKind } from './types';

/** Days after the due date for the typical-practice stages; null = does not apply to this lender. */
interface TypicalDays {
  creditReport: number | null;
  handover: number | null;
  legal: number;
}

const LICENSED: TypicalDays = { creditReport: 30, handover: 90, legal: 180 };
const PRIVATE: TypicalDays = { creditReport: null, handover: null, legal: 90 };

/** Typical values, all to verify: lenders differ and contracts say more than any default. */
const TYPICAL_DAYS: Record<Jurisdiction, Partial<Record<LenderType, TypicalDays>>> = {
  CN: {
    bank: LICENSED,
    'credit-card': LICENSED,
    'consumer-finance': { creditReport: 30, handover: 60, legal: 180 },
    'online-lender': { creditReport: 30, handover: 30, legal: 120 },
    microloan: { creditReport: 30, handover: 60, legal: 180 },
    private: PRIVATE,
  },
  // US: late payments are commonly reported at 30 days; charge-off and sale to a collector around 180.
  US: {
    bank: { creditReport: 30, handover: 180, legal: 210 },
    'credit-card': { creditReport: 30, handover: 180, legal: 210 },
    'consumer-finance': { creditReport: 30, handover: 180, legal: 210 },
    'online-lender': { creditReport: 30, handover: 120, legal: 180 },
    private: PRIVATE,
  },
  UK: { private: PRIVATE },
  OTHER: { private: PRIVATE },
};

/** The first day outside the grace period, as the ledger counts an installment overdue. */
export function firstOverdueDay(graceDays: number): number {
  return Math.max(0, graceDays) + 1;
}

function stage(
  kind: EscalationStageKind,
  jurisdiction: Jurisdiction,
  lenderType: LenderType,
  days: number | null,
  basis: EscalationStage['basis'],
): EscalationStage {
  const text = stageText(kind, jurisdiction, lenderType);
  return {
    kind,
    daysAfterDue: days ?? 0,
    enabled: days !== null,
    basis,
    label: text.label,
    description: text.description,
    confidence: basis === 'contract' ? 'V' : 'M',
    source: text.source,
  };
}

/**
 * The stages a missed payment usually goes through for this lender. With the loan's penalty terms the
 * contract stages carry its grace days and are switched off when it has no late fee or no penalty rate;
 * without them they assume no grace, and the timeline resolves them against the terms anyway.
 */
export function defaultPolicy(jurisdiction: Jurisdiction, lenderType: LenderType, penalty?: PenaltyTerms): EscalationPolicy {
  const overdueDay = firstOverdueDay(penalty?.graceDays ?? 0);
  const typical = TYPICAL_DAYS[jurisdiction][lenderType] ?? LICENSED;
  const lateFee = penalty === undefined || penalty.lateFee.type !== 'none' ? overdueDay : null;
  const penaltyRate = penalty === undefined || penalty.rate.type !== 'none' ? overdueDay : null;
  return {
    jurisdiction,
    lenderType,
    stages: [
      stage('grace-ends', jurisdiction, lenderType, overdueDay, 'contract'),
      stage('late-fee', jurisdiction, lenderType, lateFee, 'contract'),
      stage('penalty-interest-starts', jurisdiction, lenderType, penaltyRate, 'contract'),
      stage('credit-report', jurisdiction, lenderType, typical.creditReport, 'typical'),
      stage('collection-handover', jurisdiction, lenderType, typical.handover, 'typical'),
      stage('legal-action', jurisdiction, lenderType, typical.legal, 'typical'),
    ],
  };
}
