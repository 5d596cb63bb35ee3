// Handlers for recording and deleting a loan's payments: one transaction per write, answering with the
// loan's new detail as of the user's today.
import { randomUUID } from 'node:crypto';
import { DomainError, type ParsedInput } from '../../contract';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';
import { loanDetail, mustGetLoan, nowIso, repositories, today, type Repositories } from './loan-access';

type PaymentHandlers = Pick<Handlers, 'loans.recordPayment' | 'loans.deletePayment'>;

/** Records one payment in its own transaction; shared with a reminder's "mark paid" so both write alike. */
export function recordPayment(
  repos: Repositories,
  input: ParsedInput<'loans.recordPayment'>,
  createdAt: string,
): void {
  repos.db.transaction(() => {
    const loan = mustGetLoan(repos, input.loanId);
    if (input.date < loan.terms.startDate) {
      throw new DomainError('INVALID_INPUT', 'A payment cannot come before the loan starts', [
        { path: ['date'], message: 'Before the loan start date' },
      ]);
    }
    repos.payments.insert({
      id: randomUUID(),
      loanId: loan.id,
      date: input.date,
      amount: input.amount,
      kind: input.kind,
      ...(input.kind === 'prepayment' && input.prepayment ? { prepayment: input.prepayment } : {}),
      note: input.note,
      createdAt,
    });
  })();
}

export function paymentHandlers(ctx: HandlerContext): PaymentHandlers {
  return {
    'loans.recordPayment': (input) => {
      const repos = repositories(ctx);
      recordPayment(repos, input, nowIso(ctx));
      return loanDetail(repos, input.loanId, today(ctx));
    },
    'loans.deletePayment': ({ loanId, paymentId }) => {
      const repos = repositories(ctx);
      repos.db.transaction(() => {
        mustGetLoan(repos, loanId);
        if (!repos.payments.delete(loanId, paymentId)) throw new DomainError('NOT_FOUND', 'No payment with that id on this loan');
      })();
      return loanDetail(repos, loanId, today(ctx));
    },
  };
}
