// Handlers for loans: one transaction per write, summaries computed from the core schedule.
import { randomUUID } from 'node:crypto';
import { DomainError, type Loan, type LoanDetail, type LoanSummary } from '../../contract';
import { isoDateInZone } from '../../core/dates';
import { buildSchedule, nextInstallment } from '../../core/loans/schedule';
import { LoansRepository } from '../db/repositories/loans';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type LoanHandlers = Pick<Handlers, 'loans.list' | 'loans.get' | 'loans.create' | 'loans.update' | 'loans.delete'>;

export function loanHandlers(ctx: HandlerContext): LoanHandlers {
  const repo = (): LoansRepository => new LoansRepository(ctx.session.database());
  const today = (): string => isoDateInZone(ctx.clock.now(), ctx.clock.timeZone());
  const detail = (loan: Loan): LoanDetail => describeLoan(loan, today());
  const mustGet = (id: string): Loan => {
    const loan = repo().get(id);
    if (!loan) throw new DomainError('NOT_FOUND', 'No loan with that id');
    return loan;
  };

  return {
    'loans.list': () => {
      const day = today();
      return repo()
        .list()
        .map((loan) => summarize(describeLoan(loan, day)));
    },
    'loans.get': ({ id }) => detail(mustGet(id)),
    'loans.create': (input) => {
      const id = randomUUID();
      const db = ctx.session.database();
      db.transaction(() => repo().insert(id, input, ctx.clock.now().toISOString()))();
      return detail(mustGet(id));
    },
    'loans.update': ({ id, version, loan }) => {
      const db = ctx.session.database();
      db.transaction(() => {
        const r = repo();
        if (!r.get(id)) throw new DomainError('NOT_FOUND', 'No loan with that id');
        if (!r.update(id, version, loan, ctx.clock.now().toISOString())) {
          throw new DomainError('CONFLICT', 'This loan was changed elsewhere; reload it and try again');
        }
      })();
      return detail(mustGet(id));
    },
    'loans.delete': ({ id }) => {
      const db = ctx.session.database();
      db.transaction(() => {
        if (!repo().delete(id)) throw new DomainError('NOT_FOUND', 'No loan with that id');
      })();
      return null;
    },
  };
}

/** A loan with its schedule and the figures the list shows, as of `today`. */
export function describeLoan(loan: Loan, today: string): LoanDetail {
  const schedule = buildSchedule(loan);
  const next = nextInstallment(schedule, today);
  const paidPrincipal = schedule.filter((row) => row.dueDate < today).reduce((sum, row) => sum + row.principal, 0);
  return {
    ...loan,
    monthlyPayment: schedule[0]?.total ?? 0,
    nextDue: next ? { dueDate: next.dueDate, amount: next.total, period: next.period } : null,
    remainingPrincipal: loan.principal - paidPrincipal,
    schedule,
  };
}

function summarize(detail: LoanDetail): LoanSummary {
  const { schedule: _schedule, ...summary } = detail;
  return summary;
}
