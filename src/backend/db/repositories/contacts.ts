// SQL for the contact log (bound parameters only). An entry is a stable id; each version of it is a
// revision row that is only ever inserted. Reads check the stored entry against the contract's schema.
import { contactInputSchema, idSchema } from '../../../contract';
import type { ContactEntry } from '../../../core/collection/types';
import type { Db } from '../open';
import { readStored, storedJson } from './row-schemas';

const storedEntrySchema = contactInputSchema.extend({ id: idSchema });

/** One stored revision, as the chain and the history read it. */
export interface RevisionRecord {
  entryId: string;
  revision: number;
  entry: ContactEntry;
  reason: string;
  recordedAt: string;
  seq: number;
  prevHash: string;
  hash: string;
}

/** A revision exactly as stored, entry JSON unparsed: what chain verification recomputes from. */
export interface RawRevisionRow {
  entry_id: string;
  revision: number;
  entry_json: string;
  reason: string;
  recorded_at: string;
  seq: number;
  prev_hash: string;
  hash: string;
}

/** An entry's current (latest) revision with its creation time. */
export interface CurrentEntry {
  entry: ContactEntry;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

interface CurrentRow {
  created_at: string;
  revision: number;
  entry_json: string;
  recorded_at: string;
  entry_id: string;
}

function readEntry(json: string, entryId: string, revision: number): ContactEntry {
  const where = `${entryId}#${revision}`;
  return readStored(storedEntrySchema, storedJson(json, 'contact_revisions', where), 'contact_revisions', where);
}

export class ContactsRepository {
  constructor(private readonly db: Db) {}

  entryExists(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM contact_entries WHERE id = ?').get(id) !== undefined;
  }

  createEntry(id: string, createdAt: string): void {
    this.db.prepare('INSERT INTO contact_entries (id, created_at) VALUES (?, ?)').run(id, createdAt);
  }

  /** The newest revision number of an entry, or 0 when it has none. */
  latestRevision(entryId: string): number {
    const row = this.db.prepare('SELECT max(revision) AS n FROM contact_revisions WHERE entry_id = ?').get(entryId) as {
      n: number | null;
    };
    return row.n ?? 0;
  }

  /** Appends a revision; the entry JSON is stored as given (the caller passes canonical JSON). */
  insertRevision(record: Omit<RevisionRecord, 'entry'> & { entryJson: string }): void {
    this.db
      .prepare(
        `INSERT INTO contact_revisions (entry_id, revision, entry_json, reason, recorded_at, seq, prev_hash, hash)
         VALUES (@entryId, @revision, @entryJson, @reason, @recordedAt, @seq, @prevHash, @hash)`,
      )
      .run(record);
  }

  /** Every entry at its latest revision, oldest contact first. */
  current(): CurrentEntry[] {
    const rows = this.db
      .prepare(
        `SELECT e.id AS entry_id, e.created_at, r.revision, r.entry_json, r.recorded_at
         FROM contact_entries e JOIN contact_revisions r ON r.entry_id = e.id
         WHERE r.revision = (SELECT max(revision) FROM contact_revisions WHERE entry_id = e.id)
         ORDER BY e.created_at, e.rowid`,
      )
      .all() as CurrentRow[];
    return rows
      .map((row) => ({
        entry: readEntry(row.entry_json, row.entry_id, row.revision),
        revision: row.revision,
        createdAt: row.created_at,
        updatedAt: row.recorded_at,
      }))
      .sort((a, b) => Date.parse(a.entry.occurredAt) - Date.parse(b.entry.occurredAt));
  }

  /** One entry's revisions, first version first. */
  history(entryId: string): RevisionRecord[] {
    const rows = this.db
      .prepare('SELECT * FROM contact_revisions WHERE entry_id = ? ORDER BY revision')
      .all(entryId) as RawRevisionRow[];
    return rows.map((row) => ({
      entryId: row.entry_id,
      revision: row.revision,
      entry: readEntry(row.entry_json, row.entry_id, row.revision),
      reason: row.reason,
      recordedAt: row.recorded_at,
      seq: row.seq,
      prevHash: row.prev_hash,
      hash: row.hash,
    }));
  }

  /** Every revision as stored, in chain order. */
  rawRevisions(): RawRevisionRow[] {
    return this.db.prepare('SELECT * FROM contact_revisions ORDER BY seq').all() as RawRevisionRow[];
  }
}

/** The last link of the chain that runs over revisions and evidence, or null for an empty chain. */
export function chainHead(db: Db): { seq: number; hash: string } | null {
  const row = db
    .prepare(
      `SELECT seq, hash FROM (SELECT seq, hash FROM contact_revisions UNION ALL SELECT seq, hash FROM evidence)
       ORDER BY seq DESC LIMIT 1`,
    )
    .get() as { seq: number; hash: string } | undefined;
  return row ?? null;
}
