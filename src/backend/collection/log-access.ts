// Reads of the contact log that the list, the circle and the dossier share: every entry at its current
// revision with evidence and findings (judged over the whole log, each entry under its loan's jurisdiction),
// revisions with their chain links, and the decrypted bytes of one evidence file.
import type { ChainCheck, ContactEntryView, ContactRevision, EvidenceMeta, Language } from '../../contract';
import { DomainError } from '../../contract';
import { checkConduct, findingsFor } from '../../core/collection/check';
import type { CirclePerson, ConductFinding, ContactEntry } from '../../core/collection/types';
import type { Jurisdiction } from '../../core/cost/legal-types';
import { isoDateInZone } from '../../core/dates';
import type { Db } from '../db/open';
import { CircleRepository } from '../db/repositories/circle';
import { ContactsRepository } from '../db/repositories/contacts';
import { EvidenceRepository, type RawEvidenceRow } from '../db/repositories/evidence';
import { LoansRepository } from '../db/repositories/loans';
import type { HandlerContext } from '../handlers/context';
import { chainLinks, verifyLinks, type ChainLink } from './chain';
import type { SubkeyPurpose } from '../vault/session';
import { openEvidence } from './evidence-crypto';

export const EVIDENCE_KEY_PURPOSE: SubkeyPurpose = 'quietledger evidence v1';

/** Which entries to load; every field narrows, none means the whole log. */
export interface LogScope {
  loanId?: string;
  /** Entries that reached this person of the circle. */
  personId?: string;
  /** The claimed organisation, compared trimmed and case-insensitively. */
  organisation?: string;
  /** Inclusive local dates, in each entry's own time zone. */
  from?: string;
  to?: string;
}

/** A revision with its place in the hash chain. */
export interface ChainedRevision extends ContactRevision {
  prevHash: string;
  hash: string;
}

export interface LoadedLog {
  /** Entries in scope at their current revision, oldest contact first. */
  entries: ContactEntryView[];
  /** Findings whose primary entry is in scope (judged over the whole log), newest first. */
  findings: ConductFinding[];
  /** Each entry's revisions, first version first, keyed by entry id (entries in scope only). */
  revisions: Record<string, ChainedRevision[]>;
  /** The whole chain verified, and the links of the records in scope, in chain order. */
  chain: ChainCheck;
  links: ChainLink[];
  circle: CirclePerson[];
}

/** The jurisdiction for entries with no loan (or a deleted one): Chinese → CN, anything else → US. */
export function defaultJurisdiction(language: Language | null): Jurisdiction {
  return language?.startsWith('zh') ? 'CN' : 'US';
}

/** Runs `use` with the vault's evidence key and zeroes the key afterwards. */
export function withEvidenceKey<T>(ctx: HandlerContext, use: (key: Buffer) => T): T {
  const key = ctx.session.deriveSubkey(EVIDENCE_KEY_PURPOSE);
  try {
    return use(key);
  } finally {
    key.fill(0);
  }
}

function inScope(view: ContactEntryView, scope: LogScope): boolean {
  const { loanId, personId, organisation, from, to } = scope;
  if (loanId !== undefined && view.loanId !== loanId) return false;
  if (personId !== undefined && !(view.target.kind === 'circle' && view.target.personId === personId)) return false;
  if (organisation !== undefined && view.organisation.trim().toLowerCase() !== organisation.trim().toLowerCase()) return false;
  if (from !== undefined || to !== undefined) {
    const date = isoDateInZone(new Date(view.occurredAt), view.timeZone);
    if (from !== undefined && date < from) return false;
    if (to !== undefined && date > to) return false;
  }
  return true;
}

/** Newest first by the moment of the entry each finding is shown on. */
function newestFirst(entries: readonly ContactEntry[]): (a: ConductFinding, b: ConductFinding) => number {
  const at = new Map(entries.map((e) => [e.id, Date.parse(e.occurredAt)]));
  return (a, b) => (at.get(b.primaryEntryId) ?? 0) - (at.get(a.primaryEntryId) ?? 0) || a.ruleId.localeCompare(b.ruleId);
}

/** Every entry as the UI shows it, with findings judged over the whole log. */
export function entryViews(ctx: HandlerContext, db: Db): { views: ContactEntryView[]; findings: ConductFinding[]; circle: CirclePerson[] } {
  const current = new ContactsRepository(db).current();
  const circle = new CircleRepository(db).list();
  const loanJurisdiction = new Map(new LoansRepository(db).list().map((loan) => [loan.id, loan.jurisdiction]));
  const fallback = defaultJurisdiction(ctx.prefs.get().language);
  const jurisdictionOf = (entry: ContactEntry): Jurisdiction =>
    (entry.loanId === null ? undefined : loanJurisdiction.get(entry.loanId)) ?? fallback;
  const entries = current.map((c) => c.entry);
  const findings = checkConduct({ entries, jurisdictionOf, circle }).sort(newestFirst(entries));
  const evidence = new Map<string, EvidenceMeta[]>();
  for (const meta of new EvidenceRepository(db).listMetas()) {
    const list = evidence.get(meta.entryId);
    if (list) list.push(meta);
    else evidence.set(meta.entryId, [meta]);
  }
  const views = current.map(
    ({ entry, revision, createdAt, updatedAt }): ContactEntryView => ({
      ...entry,
      revision,
      createdAt,
      updatedAt,
      evidence: evidence.get(entry.id) ?? [],
      findings: findingsFor(entry.id, findings),
      jurisdiction: jurisdictionOf(entry),
    }),
  );
  return { views, findings, circle };
}

function openRow(key: Buffer): (row: RawEvidenceRow) => Buffer | null {
  return (row) => openEvidence({ wrappedKey: row.wrapped_key, nonce: row.nonce, ciphertext: row.ciphertext }, key, row.id);
}

/** Recomputes the whole chain, decrypting each evidence file to check its SHA-256. */
export function verifyChain(ctx: HandlerContext, db: Db): ChainCheck {
  const contacts = new ContactsRepository(db);
  const evidence = new EvidenceRepository(db);
  return withEvidenceKey(ctx, (key) => verifyLinks(contacts.rawRevisions(), evidence.rawRows(), openRow(key)));
}

/** Entries in scope (oldest contact first) and the findings shown on them, without the chain's cost. */
export function scopedEntries(
  ctx: HandlerContext,
  scope: LogScope = {},
): Pick<LoadedLog, 'entries' | 'findings' | 'circle'> {
  const { views, findings, circle } = entryViews(ctx, ctx.session.database());
  const entries = views.filter((view) => inScope(view, scope));
  const ids = new Set(entries.map((e) => e.id));
  return { entries, findings: findings.filter((f) => ids.has(f.primaryEntryId)), circle };
}

/** The log for a scope, as the dossier needs it: entries, findings, revisions with hashes, the chain. */
export function loadLog(ctx: HandlerContext, scope: LogScope = {}): LoadedLog {
  const db = ctx.session.database();
  const { entries, findings, circle } = scopedEntries(ctx, scope);
  const ids = new Set(entries.map((e) => e.id));
  const evidenceIds = new Set(entries.flatMap((e) => e.evidence.map((m) => m.id)));
  const contacts = new ContactsRepository(db);
  const revisions: Record<string, ChainedRevision[]> = {};
  for (const id of ids) {
    revisions[id] = contacts.history(id).map((r) => ({
      revision: r.revision,
      entry: r.entry,
      recordedAt: r.recordedAt,
      reason: r.reason,
      prevHash: r.prevHash,
      hash: r.hash,
    }));
  }
  const links = chainLinks(contacts.rawRevisions(), new EvidenceRepository(db).rawRows()).filter((link) =>
    link.record.kind === 'revision' ? ids.has(link.record.entryId) : evidenceIds.has(link.record.id),
  );
  return { entries, findings, revisions, chain: verifyChain(ctx, db), links, circle };
}

/** One evidence file's record and original bytes; NOT_FOUND for an unknown id. The caller must not write them to disk. */
export function readEvidenceBytes(ctx: HandlerContext, id: string): { meta: EvidenceMeta; bytes: Buffer } {
  const repo = new EvidenceRepository(ctx.session.database());
  const meta = repo.getMeta(id);
  const sealed = repo.getSealed(id);
  if (!meta || !sealed) throw new DomainError('NOT_FOUND', 'No evidence file with that id');
  const bytes = withEvidenceKey(ctx, (key) => openEvidence(sealed, key, id));
  if (!bytes) throw new Error(`Evidence ${id} does not decrypt`);
  return { meta, bytes };
}
