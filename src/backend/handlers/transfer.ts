// Handlers for import and export: CSV preview (all issues, nothing written), CSV commit (all rows in one
// transaction or nothing), CSV and JSON export, and JSON import of a whole ledger.
import { DomainError } from '../../contract';
import type { Handlers } from '../dispatch';
import { exportCsv } from '../transfer/csv-export';
import { importIssuesAsFieldIssues, prepareImport } from '../transfer/csv-import';
import { exportLedger, importLedger, readLedgerDocument } from '../transfer/ledger-json';
import type { HandlerContext } from './context';
import { nowIso, repositories, today } from './loan-access';

type TransferHandlers = Pick<
  Handlers,
  'transfer.preview' | 'transfer.commit' | 'transfer.exportCsv' | 'transfer.exportJson' | 'transfer.importJson'
>;

export function transferHandlers(ctx: HandlerContext): TransferHandlers {
  return {
    'transfer.preview': (input) => prepareImport(repositories(ctx), input).preview,
    'transfer.commit': (input) => {
      const repos = repositories(ctx);
      return repos.db.transaction(() => {
        const prepared = prepareImport(repos, input);
        const { issues } = prepared.preview;
        if (issues.length > 0) {
          throw new DomainError(
            'INVALID_INPUT',
            `The file has ${issues.length} problem(s); nothing was imported`,
            importIssuesAsFieldIssues(issues),
          );
        }
        return { imported: prepared.write(nowIso(ctx)) };
      })();
    },
    'transfer.exportCsv': ({ kind, loanId, language }) =>
      exportCsv(repositories(ctx), { kind, loanId, language: language ?? ctx.prefs.get().language ?? 'en' }, today(ctx)),
    'transfer.exportJson': () => {
      const doc = exportLedger(repositories(ctx).db, nowIso(ctx));
      return {
        filename: `quietledger-export-${today(ctx)}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify(doc, null, 2)}\n`,
      };
    },
    'transfer.importJson': ({ content }) => importLedger(repositories(ctx).db, readLedgerDocument(content)),
  };
}
