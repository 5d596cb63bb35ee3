// SQL for the payments table (bound parameters only). Payments are read in the order the ledger applies
// them: by date, then in the order they were recorded.
import type { Payment } from '../../../core/loans/ledger-types';
import type { Db } from '../open';
import { paymentRowSchema, prepaymentSchema, readStored, storedJson } from './row-schemas';

interface PaymentRow {
  id: string;
  loan_id: string;
  date: string;
  amount: number;
  kind: string;
  prepayment_json: string | null;
  note: string;
  created_at: string;
}

/** A payment as stored: the ledger's Payment, the loan it belongs to and when it was recorded. */
export interface StoredPayment extends Payment {
  loanId: string;
  createdAt: string;
}

function toPayment(row: PaymentRow): StoredPayment {
  const prepayment = row.prepayment_json === null ? null : storedJson(row.prepayment_json, 'payments', row.id);
  const checked = readStored(
    paymentRowSchema,
    { date: row.date, amount: row.amount, kind: row.kind, prepayment, note: row.note },
    'payments',
    row.id,
  );
  return {
    id: row.id,
    loanId: row.loan_id,
    date: checked.date,
    amount: checked.amount,
    kind: checked.kind,
    ...(checked.prepayment === null ? {} : { prepayment: checked.prepayment }),
    note: checked.note,
    createdAt: row.created_at,
  };
}

/** The ledger's view of a stored payment (no loan id, no record time). */
export function asPayment(stored: StoredPayment): Payment {
  const { loanId: _loanId, createdAt: _createdAt, ...payment } = stored;
  return payment;
}

const ORDER = 'ORDER BY date, created_at, rowid';

export class PaymentsRepository {
  constructor(private readonly db: Db) {}

  listByLoan(loanId: string): StoredPayment[] {
    const rows = this.db.prepare(`SELECT * FROM payments WHERE loan_id = ? ${ORDER}`).all(loanId) as PaymentRow[];
    return rows.map(toPayment);
  }

  /** Every payment, grouped by loan in the loans' order, each loan's in ledger order. */
  listAll(): StoredPayment[] {
    const rows = this.db
      .prepare(
        `SELECT p.* FROM payments p JOIN loans l ON l.id = p.loan_id
         ORDER BY l.created_at, l.rowid, p.date, p.created_at, p.rowid`,
      )
      .all() as PaymentRow[];
    return rows.map(toPayment);
  }

  exists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM payments WHERE id = ?').get(id) !== undefined;
  }

  insert(payment: StoredPayment): void {
    const prepayment = payment.prepayment === undefined ? null : JSON.stringify(prepaymentSchema.parse(payment.prepayment));
    this.db
      .prepare(
        `INSERT INTO payments (id, loan_id, date, amount, kind, prepayment_json, note, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(payment.id, payment.loanId, payment.date, payment.amount, payment.kind, prepayment, payment.note, payment.createdAt);
  }

  delete(loanId: string, id: string): boolean {
    return this.db.prepare('DELETE FROM payments WHERE id = ? AND loan_id = ?').run(id, loanId).changes === 1;
  }
}
