// SQL for the loans table (bound parameters only) and the mapping between rows and domain loans.
import type { Db } from '../open';
import type { Loan } from '../../../contract';
import type { CurrencyCode } from '../../../core/money';
import type { RepaymentMethod } from '../../../core/loans/types';

interface LoanRow {
  id: string;
  name: string;
  lender: string;
  currency: string;
  principal: number;
  annual_rate_ppm: number;
  term_months: number;
  start_date: string;
  method: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export type LoanFields = Omit<Loan, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

function toLoan(row: LoanRow): Loan {
  return {
    id: row.id,
    name: row.name,
    lender: row.lender,
    currency: row.currency as CurrencyCode,
    principal: row.principal,
    annualRatePpm: row.annual_rate_ppm,
    termMonths: row.term_months,
    startDate: row.start_date,
    method: row.method as RepaymentMethod,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class LoansRepository {
  constructor(private readonly db: Db) {}

  list(): Loan[] {
    const rows = this.db.prepare('SELECT * FROM loans ORDER BY created_at, id').all() as LoanRow[];
    return rows.map(toLoan);
  }

  get(id: string): Loan | null {
    const row = this.db.prepare('SELECT * FROM loans WHERE id = ?').get(id) as LoanRow | undefined;
    return row ? toLoan(row) : null;
  }

  insert(id: string, fields: LoanFields, now: string): void {
    this.db
      .prepare(
        `INSERT INTO loans (id, name, lender, currency, principal, annual_rate_ppm, term_months, start_date, method,
           version, created_at, updated_at)
         VALUES (@id, @name, @lender, @currency, @principal, @annualRatePpm, @termMonths, @startDate, @method,
           1, @now, @now)`,
      )
      .run({ id, now, ...fields });
  }

  /** Updates only if the stored version matches; returns false when it does not (a concurrent edit). */
  update(id: string, expectedVersion: number, fields: LoanFields, now: string): boolean {
    const result = this.db
      .prepare(
        `UPDATE loans SET name = @name, lender = @lender, currency = @currency, principal = @principal,
           annual_rate_ppm = @annualRatePpm, term_months = @termMonths, start_date = @startDate, method = @method,
           version = version + 1, updated_at = @now
         WHERE id = @id AND version = @expectedVersion`,
      )
      .run({ id, expectedVersion, now, ...fields });
    return result.changes === 1;
  }

  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM loans WHERE id = ?').run(id).changes === 1;
  }
}
