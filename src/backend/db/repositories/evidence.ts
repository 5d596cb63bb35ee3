// SQL for evidence files (bound parameters only): their records, and the sealed bytes (the file encrypted
// under its own key, that key wrapped), which are only ever inserted.
import type { EvidenceMeta } from '../../../contract';
import type { Db } from '../open';

/** The encrypted parts of one file, as the evidence crypto reads and writes them. */
export interface SealedEvidence {
  wrappedKey: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
}

export interface EvidenceRecord extends EvidenceMeta, SealedEvidence {
  seq: number;
  prevHash: string;
  hash: string;
}

/** A stored row, as chain verification reads it. */
export interface RawEvidenceRow {
  id: string;
  entry_id: string;
  filename: string;
  mime_type: string;
  size: number;
  sha256: string;
  imported_at: string;
  wrapped_key: Buffer;
  nonce: Buffer;
  ciphertext: Buffer;
  seq: number;
  prev_hash: string;
  hash: string;
}

const META_COLUMNS = 'id, entry_id, filename, mime_type, size, sha256, imported_at';

type MetaRow = Pick<RawEvidenceRow, 'id' | 'entry_id' | 'filename' | 'mime_type' | 'size' | 'sha256' | 'imported_at'>;

export function toMeta(row: MetaRow): EvidenceMeta {
  return {
    id: row.id,
    entryId: row.entry_id,
    filename: row.filename,
    mimeType: row.mime_type,
    size: row.size,
    sha256: row.sha256,
    importedAt: row.imported_at,
  };
}

export class EvidenceRepository {
  constructor(private readonly db: Db) {}

  insert(record: EvidenceRecord): void {
    this.db
      .prepare(
        `INSERT INTO evidence (id, entry_id, filename, mime_type, size, sha256, imported_at, wrapped_key, nonce,
           ciphertext, seq, prev_hash, hash)
         VALUES (@id, @entryId, @filename, @mimeType, @size, @sha256, @importedAt, @wrappedKey, @nonce, @ciphertext,
           @seq, @prevHash, @hash)`,
      )
      .run(record);
  }

  /** Every file's record, in import order (the bytes stay in the database). */
  listMetas(): EvidenceMeta[] {
    const rows = this.db.prepare(`SELECT ${META_COLUMNS} FROM evidence ORDER BY seq`).all() as MetaRow[];
    return rows.map(toMeta);
  }

  getMeta(id: string): EvidenceMeta | null {
    const row = this.db.prepare(`SELECT ${META_COLUMNS} FROM evidence WHERE id = ?`).get(id) as MetaRow | undefined;
    return row ? toMeta(row) : null;
  }

  getSealed(id: string): SealedEvidence | null {
    const row = this.db.prepare('SELECT wrapped_key, nonce, ciphertext FROM evidence WHERE id = ?').get(id) as
      | Pick<RawEvidenceRow, 'wrapped_key' | 'nonce' | 'ciphertext'>
      | undefined;
    return row ? { wrappedKey: row.wrapped_key, nonce: row.nonce, ciphertext: row.ciphertext } : null;
  }

  /** Every row as stored, in chain order; iterated so a large vault is not read into memory at once. */
  *rawRows(): Generator<RawEvidenceRow> {
    yield* this.db.prepare('SELECT * FROM evidence ORDER BY seq').iterate() as IterableIterator<RawEvidenceRow>;
  }
}
