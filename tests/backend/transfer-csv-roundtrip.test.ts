// A loans CSV export imports back to the same loans, for every field the CSV carries (property), in
// either language; formula-like and multi-line names included.
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../src/backend/db/migrations';
import { LoansRepository } from '../../src/backend/db/repositories/loans';
import { LprRepository } from '../../src/backend/db/repositories/lpr';
import { PaymentsRepository } from '../../src/backend/db/repositories/payments';
import type { Repositories } from '../../src/backend/handlers/loan-access';
import { exportCsv } from '../../src/backend/transfer/csv-export';
import { prepareImport } from '../../src/backend/transfer/csv-import';
import { loanInputSchema, type Loan } from '../../src/contract';
import { loanInput } from './arbitraries';

function repos(): Repositories {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return { db, loans: new LoansRepository(db), payments: new PaymentsRepository(db), lpr: new LprRepository(db) };
}

const ROW_METHODS = ['annuity', 'equal-principal', 'interest-only', 'bullet', 'card-installment'];

function carried(loan: Loan) {
  const { terms } = loan;
  return {
    name: loan.name,
    lender: loan.lender,
    currency: loan.currency,
    method: terms.method,
    principal: terms.principal,
    rate: { ppm: terms.rate.ppm, unit: terms.rate.unit },
    termPeriods: terms.termPeriods,
    frequency: terms.frequency,
    startDate: terms.startDate,
    dueDay: terms.dueDay,
    installmentFeePpm: terms.installmentFeePpm,
  };
}

describe('loans CSV round trip', () => {
  it('export → import reproduces every field the CSV carries (property)', () => {
    const loans = fc.array(loanInput.filter((l) => ROW_METHODS.includes(l.terms.method)), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(loans, fc.constantFrom('en' as const, 'zh-CN' as const), (inputs, language) => {
        const source = repos();
        const target = repos();
        try {
          inputs.forEach((input, i) => {
            const fields = loanInputSchema.parse(input);
            source.loans.insert({ ...fields, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, version: 1, createdAt: 't', updatedAt: 't' });
          });
          const file = exportCsv(source, { kind: 'loans', language }, '2026-03-10');
          const prepared = prepareImport(target, { kind: 'loans', csv: file.content });
          expect(prepared.preview.issues).toEqual([]);
          expect(prepared.write('2026-03-10T00:00:00.000Z')).toBe(inputs.length);
          expect(target.loans.list().map(carried)).toEqual(source.loans.list().map(carried));
        } finally {
          source.db.close();
          target.db.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
