// CSV exports: the loans with their main terms, one loan's schedule with statuses as of today, or
// payments (one loan's, or every loan's with a loan column). File names carry no lender or amount.
import { DomainError, type ExportFile, type Language } from '../../contract';
import { loansTable, paymentsTable, scheduleTable, type CsvTable } from '../../core/csv/export';
import { toCsv } from './csv-text';
import type { ImportKind } from '../../core/csv/types';
import type { IsoDate } from '../../core/dates';
import { asPayment } from '../db/repositories/payments';
import { loanDetail, mustGetLoan, type Repositories } from '../handlers/loan-access';

export interface CsvExportRequest {
  kind: ImportKind;
  loanId?: string | undefined;
  language: Language;
}

function table(repos: Repositories, request: CsvExportRequest, today: IsoDate): CsvTable {
  const { kind, loanId, language } = request;
  if (kind === 'loans') {
    const loans = loanId === undefined ? repos.loans.list() : [mustGetLoan(repos, loanId)];
    return loansTable(loans, language);
  }
  if (kind === 'schedule') {
    if (loanId === undefined) {
      throw new DomainError('INVALID_INPUT', 'Choose the loan whose schedule to export', [{ path: ['loanId'], message: 'Required' }]);
    }
    const detail = loanDetail(repos, loanId, today);
    return scheduleTable(detail.ledger.installments, detail.currency, language);
  }
  const loans = loanId === undefined ? repos.loans.list() : [mustGetLoan(repos, loanId)];
  const byId = new Map(loans.map((l) => [l.id, l]));
  const payments = loanId === undefined ? repos.payments.listAll() : repos.payments.listByLoan(loanId);
  const lines = payments.flatMap((p) => {
    const loan = byId.get(p.loanId);
    return loan ? [{ loanName: loan.name, currency: loan.currency, payment: asPayment(p) }] : [];
  });
  return paymentsTable(lines, language, loanId === undefined);
}

export function exportCsv(repos: Repositories, request: CsvExportRequest, today: IsoDate): ExportFile {
  return {
    filename: `quietledger-${request.kind}-${today}.csv`,
    mimeType: 'text/csv',
    content: toCsv(table(repos, request, today)),
  };
}
