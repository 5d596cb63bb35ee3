// zod schemas for what the repositories read back from JSON and enum columns, and the one error a row
// that fails them raises: stored data is checked on every read, and a bad row is reported, never skipped.
import { z } from 'zod';
import { isoDateSchema, loanInputSchema, ratesSchemas } from '../../../contract';

export const paperSchema = loanInputSchema.shape.paper;
export const currencySchema = loanInputSchema.shape.currency.unwrap();
export const jurisdictionSchema = loanInputSchema.shape.jurisdiction.unwrap();
export const lenderTypeSchema = loanInputSchema.shape.lenderType.unwrap();

export const prepaymentSchema = z
  .object({ mode: z.enum(['shorten-term', 'lower-installment']), fee: z.number().int().min(0).max(100_000_000_000_00) })
  .strict();

export const paymentRowSchema = z
  .object({
    date: isoDateSchema,
    amount: z.number().int().min(1).max(100_000_000_000_00),
    kind: z.enum(['regular', 'prepayment']),
    prepayment: prepaymentSchema.nullable(),
    note: z.string().max(1000),
  })
  .refine((p) => p.kind !== 'prepayment' || p.prepayment !== null, {
    message: 'A prepayment needs its recalculation mode',
    path: ['prepayment'],
  });

export const lprPointSchema = ratesSchemas.saveLpr.shape.points.element;

/** A stored row that does not read back as valid data: corruption or a bug, reported with where it failed. */
export class StoredRowError extends Error {
  constructor(table: string, id: string, error: z.ZodError) {
    const where = error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.map(String).join('.') || '(row)'}: ${issue.message}`)
      .join('; ');
    super(`Stored ${table} row ${id} is not valid: ${where}`);
    this.name = 'StoredRowError';
  }
}

/** Parses a value with a schema, or raises StoredRowError naming the table and row. */
export function readStored<S extends z.ZodType>(schema: S, value: unknown, table: string, id: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new StoredRowError(table, id, parsed.error);
  return parsed.data;
}

/** JSON.parse for a stored column; text that is not JSON is a StoredRowError too. */
export function storedJson(text: string, table: string, id: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StoredRowError(table, id, new z.ZodError([{ code: 'custom', path: [], message: 'Column is not JSON', input: text }]));
  }
}
