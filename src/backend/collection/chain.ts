// The hash chain over the contact log: every revision and every evidence file, in insertion order, links
// to the one before by hash = SHA-256(previous hash bytes ‖ canonical JSON of the record). Anyone holding the
// records (the dossier's entries.json) can recompute it; verifyChain does so against the database.
import { createHash } from 'node:crypto';
import type { ChainCheck } from '../../contract';
import type { RawRevisionRow } from '../db/repositories/contacts';
import type { RawEvidenceRow, SealedEvidence } from '../db/repositories/evidence';

/** The "previous hash" of the first record. */
export const GENESIS_HASH = '0'.repeat(64);

export interface RevisionChainRecord {
  kind: 'revision';
  seq: number;
  entryId: string;
  revision: number;
  entry: unknown;
  reason: string;
  recordedAt: string;
}

export interface EvidenceChainRecord {
  kind: 'evidence';
  seq: number;
  id: string;
  entryId: string;
  filename: string;
  mimeType: string;
  size: number;
  /** SHA-256 of the original bytes. */
  sha256: string;
  importedAt: string;
  /** The sealed form, so a changed ciphertext or key breaks the link without decrypting. */
  wrappedKey: string;
  nonce: string;
  ciphertextSha256: string;
}

export type ChainRecord = RevisionChainRecord | EvidenceChainRecord;

/** One link: the record, the hash it links to, and its own hash (all hex). */
export interface ChainLink {
  record: ChainRecord;
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted (JavaScript's default string order) and no whitespace, at every depth. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function linkHash(prevHash: string, record: ChainRecord): string {
  return createHash('sha256').update(Buffer.from(prevHash, 'hex')).update(canonicalJson(record), 'utf8').digest('hex');
}

export function sealedFields(sealed: SealedEvidence): Pick<EvidenceChainRecord, 'wrappedKey' | 'nonce' | 'ciphertextSha256'> {
  return {
    wrappedKey: sealed.wrappedKey.toString('base64'),
    nonce: sealed.nonce.toString('base64'),
    ciphertextSha256: sha256Hex(sealed.ciphertext),
  };
}

/** The record a stored revision stands for; null when its entry JSON no longer parses. */
export function revisionRecord(row: RawRevisionRow): RevisionChainRecord | null {
  let entry: unknown;
  try {
    entry = JSON.parse(row.entry_json) as unknown;
  } catch {
    return null;
  }
  return {
    kind: 'revision',
    seq: row.seq,
    entryId: row.entry_id,
    revision: row.revision,
    entry,
    reason: row.reason,
    recordedAt: row.recorded_at,
  };
}

export function evidenceRecord(row: RawEvidenceRow): EvidenceChainRecord {
  return {
    kind: 'evidence',
    seq: row.seq,
    id: row.id,
    entryId: row.entry_id,
    filename: row.filename,
    mimeType: row.mime_type,
    size: row.size,
    sha256: row.sha256,
    importedAt: row.imported_at,
    ...sealedFields({ wrappedKey: row.wrapped_key, nonce: row.nonce, ciphertext: row.ciphertext }),
  };
}

type StoredLink = { kind: 'revision'; row: RawRevisionRow } | { kind: 'evidence'; row: RawEvidenceRow };

/** Opens a stored evidence row, or null when it does not decrypt. */
export type EvidenceOpener = (row: RawEvidenceRow) => Buffer | null;

function* inSeqOrder(revisions: RawRevisionRow[], evidence: Iterable<RawEvidenceRow>): Generator<StoredLink> {
  let i = 0;
  for (const row of evidence) {
    while (i < revisions.length && (revisions[i]?.seq ?? 0) < row.seq) {
      const next = revisions[i++];
      if (next) yield { kind: 'revision', row: next };
    }
    yield { kind: 'evidence', row };
  }
  for (const row of revisions.slice(i)) yield { kind: 'revision', row };
}

function brokenAt(link: StoredLink, reason: string): NonNullable<ChainCheck['brokenAt']> {
  return link.kind === 'revision'
    ? { kind: 'entry', id: link.row.entry_id, reason: `revision ${link.row.revision} ${reason}` }
    : { kind: 'evidence', id: link.row.id, reason: `file ${reason}` };
}

/** Why a link does not verify, or null when it does. */
function linkProblem(link: StoredLink, expectedSeq: number, prevHash: string, open: EvidenceOpener): string | null {
  if (link.row.seq !== expectedSeq) return 'follows a gap: a record before it is missing';
  if (link.row.prev_hash !== prevHash) return 'does not link to the record before it';
  const record = link.kind === 'revision' ? revisionRecord(link.row) : evidenceRecord(link.row);
  if (!record) return 'is no longer readable';
  if (linkHash(prevHash, record) !== link.row.hash) return 'was changed after it was recorded';
  if (link.kind === 'evidence') {
    const plain = open(link.row);
    if (!plain) return 'does not decrypt';
    const matches = sha256Hex(plain) === link.row.sha256 && plain.length === link.row.size;
    plain.fill(0);
    if (!matches) return 'does not match its recorded SHA-256';
  }
  return null;
}

/** Recomputes every link in order and reports the first that does not verify. */
export function verifyLinks(revisions: RawRevisionRow[], evidence: Iterable<RawEvidenceRow>, open: EvidenceOpener): ChainCheck {
  const entryIds = new Set<string>();
  let evidenceCount = 0;
  let prev = GENESIS_HASH;
  let broken: ChainCheck['brokenAt'] = null;
  let seq = 1;
  for (const link of inSeqOrder(revisions, evidence)) {
    if (link.kind === 'revision') entryIds.add(link.row.entry_id);
    else evidenceCount += 1;
    if (!broken) {
      const problem = linkProblem(link, seq, prev, open);
      if (problem) broken = brokenAt(link, problem);
    }
    prev = link.row.hash;
    seq = link.row.seq + 1;
  }
  return { ok: broken === null, entries: entryIds.size, evidence: evidenceCount, brokenAt: broken, head: prev };
}

/** Every link as a verifier outside the app needs it: record, previous hash, hash. */
export function chainLinks(revisions: RawRevisionRow[], evidence: Iterable<RawEvidenceRow>): ChainLink[] {
  const links: ChainLink[] = [];
  for (const link of inSeqOrder(revisions, evidence)) {
    const record = link.kind === 'revision' ? revisionRecord(link.row) : evidenceRecord(link.row);
    if (record) links.push({ record, prevHash: link.row.prev_hash, hash: link.row.hash });
  }
  return links;
}
