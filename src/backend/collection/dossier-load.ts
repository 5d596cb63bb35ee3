// Fills the dossier's plain data from the open vault: the scoped log (entries, findings, revisions, chain)
// through log-access, the loans it may name, and the clock's instant and zone.
import { DomainError } from '../../contract';
import { LoansRepository } from '../db/repositories/loans';
import type { HandlerContext } from '../handlers/context';
import type { DossierData, DossierScope } from './dossier-types';
import { loadLog } from './log-access';

/** Only the fields the user set, so entries.json records the scope exactly as chosen. */
export function dossierScope(input: DossierScope): DossierScope {
  const scope: DossierScope = {};
  if (input.loanId !== undefined) scope.loanId = input.loanId;
  if (input.organisation !== undefined && input.organisation.trim() !== '') scope.organisation = input.organisation.trim();
  if (input.from !== undefined) scope.from = input.from;
  if (input.to !== undefined) scope.to = input.to;
  return scope;
}

/** NOT_FOUND when the chosen loan does not exist (an empty dossier would read as "nothing happened"). */
export function loadDossierData(ctx: HandlerContext, input: DossierScope): DossierData {
  const scope = dossierScope(input);
  const loans = new LoansRepository(ctx.session.database())
    .list()
    .map(({ id, name, lender, jurisdiction }) => ({ id, name, lender, jurisdiction }));
  if (scope.loanId !== undefined && !loans.some((l) => l.id === scope.loanId)) throw new DomainError('NOT_FOUND', 'No loan with that id');
  const log = loadLog(ctx, scope);
  return {
    scope,
    generatedAt: ctx.clock.now().toISOString(),
    timeZone: ctx.clock.timeZone(),
    entries: log.entries,
    findings: log.findings,
    revisions: log.revisions,
    chain: log.chain,
    chainLinks: log.links,
    loans,
    circle: log.circle,
  };
}
