// The editor's live preview, computed in the renderer by the same pure core the backend runs: the
// schedule, its totals, the true cost (IRR) with its one-sentence explanation, and the rate warnings.
import { costExplanation, trueCost } from '../../../../../core/cost/true-cost';
import { rateWarnings } from '../../../../../core/cost/rate-warnings';
import type { Bilingual, Jurisdiction, LenderType, LprPoint, RateWarning } from '../../../../../core/cost/legal-types';
import type { TrueCost } from '../../../../../core/cost/types';
import { buildSchedule } from '../../../../../core/loans/schedule';
import type { Installment, LoanTerms } from '../../../../../core/loans/types';
import type { CurrencyCode } from '../../../../../core/money';

export interface ScheduleTotals {
  count: number;
  principal: number;
  interest: number;
  fees: number;
  total: number;
  lastDue: string | null;
}

export interface EditorPreview {
  schedule: Installment[];
  totals: ScheduleTotals;
  cost: TrueCost;
  explanation: Bilingual;
  warnings: RateWarning[];
}

export interface PreviewContext {
  currency: CurrencyCode;
  jurisdiction: Jurisdiction;
  lenderType: LenderType;
  militaryBorrower: boolean;
  lpr: readonly LprPoint[];
}

export function scheduleTotals(schedule: readonly Installment[]): ScheduleTotals {
  const sum = (pick: (row: Installment) => number): number => schedule.reduce((acc, row) => acc + pick(row), 0);
  return {
    count: schedule.length,
    principal: sum((row) => row.principal),
    interest: sum((row) => row.interest),
    fees: sum((row) => row.fees),
    total: sum((row) => row.total),
    lastDue: schedule.at(-1)?.dueDate ?? null,
  };
}

/** The preview for valid terms; null when the core cannot build a schedule from them. */
export function previewLoan(terms: LoanTerms, context: PreviewContext): EditorPreview | null {
  try {
    const schedule = buildSchedule(terms);
    if (schedule.length === 0) return null;
    const cost = trueCost(terms, schedule);
    return {
      schedule,
      totals: scheduleTotals(schedule),
      cost,
      explanation: costExplanation(cost, terms, context.currency),
      warnings: rateWarnings({
        jurisdiction: context.jurisdiction,
        lenderType: context.lenderType,
        militaryBorrower: context.jurisdiction === 'US' && context.militaryBorrower,
        terms,
        cost,
        lpr: context.lpr,
      }),
    };
  } catch {
    // Terms the core refuses (e.g. a term too long for the rate) show "cannot build" rather than break typing.
    return null;
  }
}
