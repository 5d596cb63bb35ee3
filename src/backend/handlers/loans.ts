// Handlers for loans: one transaction per write; every answer computed by loan-view from the stored loan,
// its payments and the LPR series, as of the user's today (or a chosen date for loans.get).
import { randomUUID } from 'node:crypto';
import { DomainError } from '../../contract';
import type { Payment } from '../../core/loans/ledger-types';
import { asPayment } from '../db/repositories/payments';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';
import { loanDetail, nowIso, repositories, today } from './loan-access';
import { describeLoan, summarize } from './loan-view';

type LoanHandlers = Pick<Handlers, 'loans.list' | 'loans.get' | 'loans.create' | 'loans.update' | 'loans.delete'>;

export function loanHandlers(ctx: HandlerContext): LoanHandlers {
  return {
    'loans.list': () => {
      const repos = repositories(ctx);
      const day = today(ctx);
      const lpr = repos.lpr.list();
      const byLoan = new Map<string, Payment[]>();
      for (const p of repos.payments.listAll()) byLoan.set(p.loanId, [...(byLoan.get(p.loanId) ?? []), asPayment(p)]);
      return repos.loans.list().map((loan) => summarize(describeLoan(loan, byLoan.get(loan.id) ?? [], lpr, day)));
    },
    'loans.get': ({ id, asOf }) => loanDetail(repositories(ctx), id, asOf ?? today(ctx)),
    'loans.create': (input) => {
      const repos = repositories(ctx);
      const id = randomUUID();
      const now = nowIso(ctx);
      repos.db.transaction(() => repos.loans.insert({ ...input, id, version: 1, createdAt: now, updatedAt: now }))();
      return loanDetail(repos, id, today(ctx));
    },
    'loans.update': ({ id, version, loan }) => {
      const repos = repositories(ctx);
      repos.db.transaction(() => {
        if (!repos.loans.exists(id)) throw new DomainError('NOT_FOUND', 'No loan with that id');
        if (!repos.loans.update(id, version, loan, nowIso(ctx))) {
          throw new DomainError('CONFLICT', 'This loan was changed elsewhere; reload it and try again');
        }
      })();
      return loanDetail(repos, id, today(ctx));
    },
    'loans.delete': ({ id }) => {
      const repos = repositories(ctx);
      repos.db.transaction(() => {
        if (!repos.loans.delete(id)) throw new DomainError('NOT_FOUND', 'No loan with that id');
      })();
      return null;
    },
  };
}
