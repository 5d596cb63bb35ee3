// SQL for the loans table (bound parameters only) and the mapping between rows and domain loans; the
// JSON columns and enums are validated with the contract's schemas on every read.
import { z } from 'zod';
import { loanTermsSchema, type Loan } from '../../../contract';
import type { Db } from '../open';
import { currencySchema, jurisdictionSchema, lenderTypeSchema, paperSchema, readStored, storedJson } from './row-schemas';

interface LoanRow {
  id: string;
  name: string;
  lender: string;
  currency: string;
  jurisdiction: string;
  lender_type: string;
  military_borrower: number;
  terms_json: string;
  paper_json: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export type LoanFields = Omit<Loan, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

const rowSchema = z.object({
  currency: currencySchema,
  jurisdiction: jurisdictionSchema,
  lenderType: lenderTypeSchema,
  terms: loanTermsSchema,
  paper: paperSchema,
});

function toLoan(row: LoanRow): Loan {
  const checked = readStored(
    rowSchema,
    {
      currency: row.currency,
      jurisdiction: row.jurisdiction,
      lenderType: row.lender_type,
      terms: storedJson(row.terms_json, 'loans', row.id),
      paper: storedJson(row.paper_json, 'loans', row.id),
    },
    'loans',
    row.id,
  );
  return {
    id: row.id,
    name: row.name,
    lender: row.lender,
    ...checked,
    militaryBorrower: row.military_borrower === 1,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function columns(fields: LoanFields): Record<string, string | number> {
  return {
    name: fields.name,
    lender: fields.lender,
    currency: fields.currency,
    jurisdiction: fields.jurisdiction,
    lender_type: fields.lenderType,
    military_borrower: fields.militaryBorrower ? 1 : 0,
    terms_json: JSON.stringify(fields.terms),
    paper_json: JSON.stringify(fields.paper),
  };
}

export class LoansRepository {
  constructor(private readonly db: Db) {}

  /** In the order created; loans created in the same instant (an import) in the order inserted. */
  list(): Loan[] {
    const rows = this.db.prepare('SELECT * FROM loans ORDER BY created_at, rowid').all() as LoanRow[];
    return rows.map(toLoan);
  }

  get(id: string): Loan | null {
    const row = this.db.prepare('SELECT * FROM loans WHERE id = ?').get(id) as LoanRow | undefined;
    return row ? toLoan(row) : null;
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM loans WHERE id = ?').get(id) !== undefined;
  }

  /** Inserts a loan exactly as given (a new one has version 1; an imported one keeps its own). */
  insert(loan: Loan): void {
    this.db
      .prepare(
        `INSERT INTO loans (id, name, lender, currency, jurisdiction, lender_type, military_borrower, terms_json,
           paper_json, version, created_at, updated_at)
         VALUES (@id, @name, @lender, @currency, @jurisdiction, @lender_type, @military_borrower, @terms_json,
           @paper_json, @version, @created_at, @updated_at)`,
      )
      .run({ ...columns(loan), id: loan.id, version: loan.version, created_at: loan.createdAt, updated_at: loan.updatedAt });
  }

  /** Updates only if the stored version matches; returns false when it does not (a concurrent edit). */
  update(id: string, expectedVersion: number, fields: LoanFields, now: string): boolean {
    const result = this.db
      .prepare(
        `UPDATE loans SET name = @name, lender = @lender, currency = @currency, jurisdiction = @jurisdiction,
           lender_type = @lender_type, military_borrower = @military_borrower, terms_json = @terms_json,
           paper_json = @paper_json, version = version + 1, updated_at = @now
         WHERE id = @id AND version = @expectedVersion`,
      )
      .run({ ...columns(fields), id, expectedVersion, now });
    return result.changes === 1;
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM loans WHERE id = ?').run(id).changes === 1;
  }
}
