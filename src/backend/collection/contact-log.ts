// Writes to the contact log: a new entry is its first revision, an edit is one more revision, and each
// revision takes the next link of the hash chain inside the same transaction. Nothing is updated in place.
import { randomUUID } from 'node:crypto';
import { DomainError, type ContactEntryView, type ContactRevision, type ParsedInput } from '../../contract';
import type { ContactEntry } from '../../core/collection/types';
import type { Db } from '../db/open';
import { CircleRepository } from '../db/repositories/circle';
import { chainHead, ContactsRepository } from '../db/repositories/contacts';
import { LoansRepository } from '../db/repositories/loans';
import type { HandlerContext } from '../handlers/context';
import { canonicalJson, GENESIS_HASH, linkHash, type RevisionChainRecord } from './chain';
import { entryViews } from './log-access';

type ContactFields = ParsedInput<'collection.log'>;

function validZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The stored entry: input checked against the ledger (loan, person, zone), tags without repeats. */
function toEntry(db: Db, id: string, fields: ContactFields): ContactEntry {
  if (!validZone(fields.timeZone)) {
    throw new DomainError('INVALID_INPUT', 'Unknown time zone', [{ path: ['timeZone'], message: 'Unknown time zone' }]);
  }
  if (fields.loanId !== null && !new LoansRepository(db).exists(fields.loanId)) {
    throw new DomainError('NOT_FOUND', 'No loan with that id');
  }
  if (fields.target.kind === 'circle' && !new CircleRepository(db).get(fields.target.personId)) {
    throw new DomainError('NOT_FOUND', 'No person in your circle with that id');
  }
  return {
    id,
    occurredAt: new Date(fields.occurredAt).toISOString(),
    timeZone: fields.timeZone,
    channel: fields.channel,
    direction: fields.direction,
    fromNumber: fields.fromNumber,
    organisation: fields.organisation,
    agent: fields.agent,
    loanId: fields.loanId,
    target: fields.target.kind === 'self' ? { kind: 'self' } : { kind: 'circle', personId: fields.target.personId },
    answered: fields.answered,
    durationSeconds: fields.durationSeconds,
    summary: fields.summary,
    tags: [...new Set(fields.tags)],
  };
}

/** Appends one revision as the next link of the chain; the caller holds the transaction. */
function appendRevision(db: Db, entry: ContactEntry, revision: number, reason: string, recordedAt: string): void {
  const head = chainHead(db);
  const seq = (head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? GENESIS_HASH;
  const entryJson = canonicalJson(entry);
  const record: RevisionChainRecord = { kind: 'revision', seq, entryId: entry.id, revision, entry, reason, recordedAt };
  new ContactsRepository(db).insertRevision({
    entryId: entry.id,
    revision,
    entryJson,
    reason,
    recordedAt,
    seq,
    prevHash,
    hash: linkHash(prevHash, record),
  });
}

function viewOf(ctx: HandlerContext, db: Db, id: string): ContactEntryView {
  const view = entryViews(ctx, db).views.find((v) => v.id === id);
  if (!view) throw new DomainError('NOT_FOUND', 'No log entry with that id');
  return view;
}

export function logContact(ctx: HandlerContext, fields: ContactFields): ContactEntryView {
  const db = ctx.session.database();
  const id = randomUUID();
  const now = ctx.clock.now().toISOString();
  db.transaction(() => {
    const entry = toEntry(db, id, fields);
    new ContactsRepository(db).createEntry(id, now);
    appendRevision(db, entry, 1, '', now);
  })();
  return viewOf(ctx, db, id);
}

/** Records a new version of an entry; the earlier ones stay in its history. */
export function reviseContact(ctx: HandlerContext, id: string, fields: ContactFields, reason: string): ContactEntryView {
  const db = ctx.session.database();
  const contacts = new ContactsRepository(db);
  db.transaction(() => {
    const latest = contacts.latestRevision(id);
    if (latest === 0) throw new DomainError('NOT_FOUND', 'No log entry with that id');
    appendRevision(db, toEntry(db, id, fields), latest + 1, reason, ctx.clock.now().toISOString());
  })();
  return viewOf(ctx, db, id);
}

/** Every version of an entry, first version first. */
export function contactHistory(ctx: HandlerContext, id: string): ContactRevision[] {
  const history = new ContactsRepository(ctx.session.database()).history(id);
  if (history.length === 0) throw new DomainError('NOT_FOUND', 'No log entry with that id');
  return history.map(({ revision, entry, recordedAt, reason }) => ({ revision, entry, recordedAt, reason }));
}
