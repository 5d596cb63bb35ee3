// The LPR table as the user edits it: rows of text, checked before saving (a real date, each date once,
// a percent with at most four decimals, a source), then turned back into ppm points sorted by date.
import { compareIsoDates, isIsoDate } from '../../../../core/dates';
import type { Confidence, LprPoint } from '../../../../core/cost/legal-types';
import { parsePercentToPpm, ppmToPercentString } from '../../../../core/rates';

export const CONFIDENCES: readonly Confidence[] = ['V', 'S', 'M'];

/** A one-year LPR of more than 100 % is a typing mistake, not a rate. */
const MAX_LPR_PPM = 1_000_000;
const MAX_SOURCE_CHARS = 500;

export interface LprRow {
  /** Stable key for the table while rows are added and removed. */
  key: number;
  date: string;
  rate: string;
  source: string;
  confidence: Confidence;
}

export type LprRowProblem = 'date' | 'duplicate' | 'rate' | 'source';

export interface LprRowProblems {
  date?: LprRowProblem;
  rate?: LprRowProblem;
  source?: LprRowProblem;
}

export function rowsFromPoints(points: readonly LprPoint[], firstKey = 1): LprRow[] {
  return points.map((point, index) => ({
    key: firstKey + index,
    date: point.effectiveDate,
    rate: ppmToPercentString(point.oneYearPpm),
    source: point.source,
    confidence: point.confidence,
  }));
}

function ratePpm(text: string): number | null {
  const ppm = parsePercentToPpm(text);
  return ppm !== null && ppm <= MAX_LPR_PPM ? ppm : null;
}

/** Problems per row key; a row without problems has no entry. */
export function checkRows(rows: readonly LprRow[]): Map<number, LprRowProblems> {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const date = row.date.trim();
    if (isIsoDate(date)) seen.set(date, (seen.get(date) ?? 0) + 1);
  }
  const problems = new Map<number, LprRowProblems>();
  for (const row of rows) {
    const date = row.date.trim();
    const found: LprRowProblems = {};
    if (!isIsoDate(date)) found.date = 'date';
    else if ((seen.get(date) ?? 0) > 1) found.date = 'duplicate';
    if (ratePpm(row.rate) === null) found.rate = 'rate';
    const source = row.source.trim();
    if (source === '' || source.length > MAX_SOURCE_CHARS) found.source = 'source';
    if (Object.keys(found).length > 0) problems.set(row.key, found);
  }
  return problems;
}

/** The rows as points, oldest first; null when any row has a problem. */
export function pointsFromRows(rows: readonly LprRow[]): LprPoint[] | null {
  if (checkRows(rows).size > 0) return null;
  return rows
    .map((row) => ({
      effectiveDate: row.date.trim(),
      oneYearPpm: ratePpm(row.rate) ?? 0,
      source: row.source.trim(),
      confidence: row.confidence,
    }))
    .sort((a, b) => compareIsoDates(a.effectiveDate, b.effectiveDate));
}
