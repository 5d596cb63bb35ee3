// The reads and the calendar every loan, payment and transfer handler shares: repositories on the open
// ledger, "today" in the user's time zone, and a loan's detail as of a date.
import { DomainError, type Loan, type LoanDetail } from '../../contract';
import { isoDateInZone, type IsoDate } from '../../core/dates';
import { LoansRepository } from '../db/repositories/loans';
import { LprRepository } from '../db/repositories/lpr';
import { asPayment, PaymentsRepository } from '../db/repositories/payments';
import type { Db } from '../db/open';
import type { HandlerContext } from './context';
import { describeLoan } from './loan-view';

export interface Repositories {
  db: Db;
  loans: LoansRepository;
  payments: PaymentsRepository;
  lpr: LprRepository;
}

export function repositories(ctx: HandlerContext): Repositories {
  const db = ctx.session.database();
  return { db, loans: new LoansRepository(db), payments: new PaymentsRepository(db), lpr: new LprRepository(db) };
}

/** The user's calendar date now, from the injected clock and time zone. */
export function today(ctx: HandlerContext): IsoDate {
  return isoDateInZone(ctx.clock.now(), ctx.clock.timeZone());
}

/** The instant now, as stored in created_at / updated_at. */
export function nowIso(ctx: HandlerContext): string {
  return ctx.clock.now().toISOString();
}

export function mustGetLoan(repos: Repositories, id: string): Loan {
  const loan = repos.loans.get(id);
  if (!loan) throw new DomainError('NOT_FOUND', 'No loan with that id');
  return loan;
}

/** A loan's detail as of a date, with its payments and the stored LPR series. */
export function loanDetail(repos: Repositories, id: string, asOf: IsoDate): LoanDetail {
  const loan = mustGetLoan(repos, id);
  return describeLoan(loan, repos.payments.listByLoan(id).map(asPayment), repos.lpr.list(), asOf);
}
