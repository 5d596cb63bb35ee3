// China's one-year LPR series as editable data, seeded with the points the app ships (each with its
// source and confidence); the rate warnings judge private loans against the point in force at the start.
import { DEFAULT_LPR } from '../../../core/cost/lpr-defaults';
import type { Migration } from './types';

export const migration0004Lpr: Migration = {
  version: 4,
  name: 'lpr',
  up(db) {
    db.exec(`
      CREATE TABLE lpr_points (
        effective_date TEXT PRIMARY KEY,
        one_year_ppm INTEGER NOT NULL CHECK (one_year_ppm >= 0),
        source TEXT NOT NULL,
        confidence TEXT NOT NULL CHECK (confidence IN ('V', 'S', 'M'))
      ) STRICT;
    `);
    const insert = db.prepare(
      'INSERT INTO lpr_points (effective_date, one_year_ppm, source, confidence) VALUES (?, ?, ?, ?)',
    );
    for (const point of DEFAULT_LPR) insert.run(point.effectiveDate, point.oneYearPpm, point.source, point.confidence);
  },
};
