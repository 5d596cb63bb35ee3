// China's one-year LPR as shipped: the points ../shared/reference/collection-rules.md gives, each with its
// source and confidence. The user can edit the series (rates.lprSave); these are only the starting data.
import type { LprPoint } from './legal-types';

const NOTES = "QuietLedger's reference notes";
const CHECK = 'check the announcement of the National Interbank Funding Center (全国银行间同业拆借中心)';

/**
 * The reference states the earlier points to the month only. The LPR is announced on the 20th (the next
 * working day when that is a holiday), so those points take the 20th of their month; the latest point is
 * "as of March 2026" with no start date, so it takes 1 March 2026 — contracts between October 2024 and then
 * are judged against 3.10 %, the higher (more lenient) figure, until the user records the real start.
 */
export const DEFAULT_LPR: LprPoint[] = [
  {
    effectiveDate: '2023-08-20',
    oneYearPpm: 34_500,
    source: `${NOTES}: 3.45 % from August 2023, a recollection not yet confirmed (day assumed the 20th); ${CHECK}`,
    confidence: 'M',
  },
  {
    effectiveDate: '2024-07-20',
    oneYearPpm: 33_500,
    source: `${NOTES}: 3.35 % from July 2024, a recollection not yet confirmed (day assumed the 20th); ${CHECK}`,
    confidence: 'M',
  },
  {
    effectiveDate: '2024-10-20',
    oneYearPpm: 31_000,
    source: `${NOTES}: 3.10 % from October 2024, a recollection not yet confirmed (day assumed the 20th); ${CHECK}`,
    confidence: 'M',
  },
  {
    effectiveDate: '2026-03-01',
    oneYearPpm: 30_000,
    source: `${NOTES}: 3.0 % in force as of March 2026, from secondary sources (the date it took effect is not recorded); ${CHECK}`,
    confidence: 'S',
  },
];

/** The point in force on `date`: the latest one whose effective date is on or before it, or null. */
export function lprInForce(points: readonly LprPoint[], date: string): LprPoint | null {
  let best: LprPoint | null = null;
  for (const point of points) {
    if (point.effectiveDate <= date && (best === null || point.effectiveDate > best.effectiveDate)) best = point;
  }
  return best;
}
