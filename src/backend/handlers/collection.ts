// Handlers for the collector-contact log, the user's circle and evidence; the dossier's two methods come
// from './dossier'. The work lives in src/backend/collection; each write is one transaction there.
import type { ContactLog } from '../../contract';
import type { WarningTier } from '../../core/cost/legal-types';
import { listCircle, saveCirclePerson } from '../collection/circle';
import { contactHistory, logContact, reviseContact } from '../collection/contact-log';
import { attachEvidence, readEvidence } from '../collection/evidence-store';
import { scopedEntries, verifyChain, type LogScope } from '../collection/log-access';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';
import { dossierHandlers } from './dossier';

type CollectionHandlers = Pick<
  Handlers,
  | 'collection.list'
  | 'collection.log'
  | 'collection.revise'
  | 'collection.history'
  | 'collection.verifyChain'
  | 'circle.list'
  | 'circle.save'
  | 'evidence.attach'
  | 'evidence.read'
  | 'dossier.build'
  | 'dossier.exportZip'
>;

/** The list shows the newest contact first, with the findings on those entries counted by tier. */
function contactLog(ctx: HandlerContext, scope: LogScope): ContactLog {
  const { entries, findings } = scopedEntries(ctx, scope);
  const counts: Record<WarningTier, number> = { 'likely-violation': 0, 'possible-issue': 0, information: 0 };
  for (const finding of findings) counts[finding.tier] += 1;
  return { entries: [...entries].reverse(), findings, counts };
}

export function collectionHandlers(ctx: HandlerContext): CollectionHandlers {
  return {
    'collection.list': (scope) => contactLog(ctx, scope),
    'collection.log': (input) => logContact(ctx, input),
    'collection.revise': ({ id, entry, reason }) => reviseContact(ctx, id, entry, reason),
    'collection.history': ({ id }) => contactHistory(ctx, id),
    'collection.verifyChain': () => verifyChain(ctx, ctx.session.database()),
    'circle.list': () => listCircle(ctx),
    'circle.save': (input) => saveCirclePerson(ctx, input),
    'evidence.attach': (input) => attachEvidence(ctx, input),
    'evidence.read': ({ id }) => readEvidence(ctx, id),
    ...dossierHandlers(ctx),
  };
}
