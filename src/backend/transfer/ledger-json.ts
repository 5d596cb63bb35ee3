// The whole ledger as one JSON document (loans with terms and paper, their payments, the LPR series) and
// its import: validated in full with zod, refused if any id already exists, written in one transaction.
// Export → import → export gives the same document except for exportedAt.
import { z } from 'zod';
import { DomainError, isoDateSchema, loanInputSchema, type Loan } from '../../contract';
import type { LprPoint } from '../../core/cost/legal-types';
import type { Db } from '../db/open';
import { LoansRepository } from '../db/repositories/loans';
import { LprRepository } from '../db/repositories/lpr';
import { PaymentsRepository, type StoredPayment } from '../db/repositories/payments';
import { lprPointSchema, prepaymentSchema } from '../db/repositories/row-schemas';

export const LEDGER_FORMAT = 'quietledger-export';
export const LEDGER_VERSION = 1;

const instantSchema = z.iso.datetime();

const documentPaymentSchema = z
  .object({
    id: z.string().uuid(),
    date: isoDateSchema,
    amount: z.number().int().min(1).max(100_000_000_000_00),
    kind: z.enum(['regular', 'prepayment']),
    prepayment: prepaymentSchema.optional(),
    note: z.string().max(1000),
    createdAt: instantSchema,
  })
  .strict()
  .refine((p) => p.kind !== 'prepayment' || p.prepayment !== undefined, {
    message: 'A prepayment needs its recalculation mode',
    path: ['prepayment'],
  });

const documentLoanSchema = loanInputSchema
  .extend({
    id: z.string().uuid(),
    version: z.number().int().min(1),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    payments: z.array(documentPaymentSchema).max(100_000),
  })
  .strict();

export const ledgerDocumentSchema = z
  .object({
    format: z.literal(LEDGER_FORMAT),
    version: z.literal(LEDGER_VERSION),
    exportedAt: instantSchema,
    loans: z.array(documentLoanSchema).max(10_000),
    lpr: z.array(lprPointSchema).max(500),
  })
  .strict();

export type LedgerDocument = z.output<typeof ledgerDocumentSchema>;
type DocumentPayment = LedgerDocument['loans'][number]['payments'][number];

function documentPayment(p: StoredPayment): DocumentPayment {
  return {
    id: p.id,
    date: p.date,
    amount: p.amount,
    kind: p.kind,
    ...(p.prepayment === undefined ? {} : { prepayment: p.prepayment }),
    note: p.note,
    createdAt: p.createdAt,
  };
}

function documentLoan(loan: Loan, payments: StoredPayment[]): LedgerDocument['loans'][number] {
  return {
    id: loan.id,
    name: loan.name,
    lender: loan.lender,
    currency: loan.currency,
    jurisdiction: loan.jurisdiction,
    lenderType: loan.lenderType,
    militaryBorrower: loan.militaryBorrower,
    terms: loan.terms,
    paper: loan.paper,
    version: loan.version,
    createdAt: loan.createdAt,
    updatedAt: loan.updatedAt,
    payments: payments.map(documentPayment),
  };
}

/** The whole ledger as a document. */
export function exportLedger(db: Db, exportedAt: string): LedgerDocument {
  const byLoan = new Map<string, StoredPayment[]>();
  for (const p of new PaymentsRepository(db).listAll()) byLoan.set(p.loanId, [...(byLoan.get(p.loanId) ?? []), p]);
  const lpr: LprPoint[] = new LprRepository(db).list();
  return {
    format: LEDGER_FORMAT,
    version: LEDGER_VERSION,
    exportedAt,
    loans: new LoansRepository(db).list().map((loan) => documentLoan(loan, byLoan.get(loan.id) ?? [])),
    lpr,
  };
}

function invalid(message: string, path: (string | number)[]): DomainError {
  return new DomainError('INVALID_INPUT', message, [{ path: ['content', ...path], message }]);
}

/** Reads a document, refusing anything that is not a valid, self-consistent QuietLedger export. */
export function readLedgerDocument(content: string): LedgerDocument {
  let json: unknown;
  try {
    json = JSON.parse(content) as unknown;
  } catch {
    throw invalid('The file is not JSON', []);
  }
  const parsed = ledgerDocumentSchema.safeParse(json);
  if (!parsed.success) {
    throw new DomainError(
      'INVALID_INPUT',
      'The file is not a valid QuietLedger export',
      parsed.error.issues.slice(0, 50).map((issue) => ({
        path: ['content', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: issue.message,
      })),
    );
  }
  const doc = parsed.data;
  const ids = new Set<string>();
  doc.loans.forEach((loan, i) => {
    if (ids.has(loan.id)) throw invalid('The same loan id appears twice', ['loans', i, 'id']);
    ids.add(loan.id);
    loan.payments.forEach((p, j) => {
      if (ids.has(p.id)) throw invalid('The same payment id appears twice', ['loans', i, 'payments', j, 'id']);
      ids.add(p.id);
    });
  });
  const dates = new Set<string>();
  doc.lpr.forEach((point, i) => {
    if (dates.has(point.effectiveDate)) throw invalid('Two LPR points share an effective date', ['lpr', i, 'effectiveDate']);
    dates.add(point.effectiveDate);
  });
  return doc;
}

/**
 * Writes a document into the ledger in one transaction: every loan and payment with its own id, version
 * and times, and the LPR series replaced by the document's. CONFLICT if any id is already in the ledger.
 */
export function importLedger(db: Db, doc: LedgerDocument): { loans: number; payments: number } {
  const loans = new LoansRepository(db);
  const payments = new PaymentsRepository(db);
  let paymentCount = 0;
  db.transaction(() => {
    for (const { payments: loanPayments, ...loan } of doc.loans) {
      if (loans.exists(loan.id)) throw new DomainError('CONFLICT', 'A loan in this file is already in the ledger');
      loans.insert(loan);
      for (const p of loanPayments) {
        if (payments.exists(p.id)) throw new DomainError('CONFLICT', 'A payment in this file is already in the ledger');
        payments.insert({ ...p, loanId: loan.id });
        paymentCount += 1;
      }
    }
    new LprRepository(db).replace(doc.lpr);
  })();
  return { loans: doc.loans.length, payments: paymentCount };
}
