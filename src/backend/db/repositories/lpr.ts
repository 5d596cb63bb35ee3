// SQL for China's one-year LPR series (bound parameters only): read in date order, replaced as a whole.
import type { LprPoint } from '../../../core/cost/legal-types';
import type { Db } from '../open';
import { lprPointSchema, readStored } from './row-schemas';

interface LprRow {
  effective_date: string;
  one_year_ppm: number;
  source: string;
  confidence: string;
}

function toPoint(row: LprRow): LprPoint {
  return readStored(
    lprPointSchema,
    { effectiveDate: row.effective_date, oneYearPpm: row.one_year_ppm, source: row.source, confidence: row.confidence },
    'lpr_points',
    row.effective_date,
  );
}

export class LprRepository {
  constructor(private readonly db: Db) {}

  list(): LprPoint[] {
    const rows = this.db.prepare('SELECT * FROM lpr_points ORDER BY effective_date').all() as LprRow[];
    return rows.map(toPoint);
  }

  /** Replaces the whole series; the caller runs this inside its transaction. */
  replace(points: readonly LprPoint[]): void {
    this.db.prepare('DELETE FROM lpr_points').run();
    const insert = this.db.prepare(
      'INSERT INTO lpr_points (effective_date, one_year_ppm, source, confidence) VALUES (?, ?, ?, ?)',
    );
    for (const p of points) insert.run(p.effectiveDate, p.oneYearPpm, p.source, p.confidence);
  }
}
