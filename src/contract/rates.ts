// Reference rates kept as editable data: China's one-year LPR series, with where each figure came from.
import { z } from 'zod';
import { isoDateSchema } from './loan-terms';

export const ratesSchemas = {
  saveLpr: z
    .object({
      points: z
        .array(
          z
            .object({
              effectiveDate: isoDateSchema,
              oneYearPpm: z.number().int().min(0).max(1_000_000),
              source: z.string().trim().min(1).max(500),
              confidence: z.enum(['V', 'S', 'M']),
            })
            .strict(),
        )
        .max(500),
    })
    .strict(),
};
