// The collector-contact log inside the vault: the user's circle, contact entries whose every version is a
// kept revision, and encrypted evidence. Revisions and evidence are append-only (triggers refuse UPDATE and
// DELETE), and both carry one hash chain, ordered by `seq` across the two tables.
import type { Migration } from './types';

const appendOnly = (table: string): string => `
  CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
  BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;
  CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
  BEGIN SELECT RAISE(ABORT, '${table} is append-only'); END;
`;

const hex64 = (column: string): string => `length(${column}) = 64 AND NOT ${column} GLOB '*[^0-9a-f]*'`;

export const migration0006Collection: Migration = {
  version: 6,
  name: 'collection',
  up(db) {
    db.exec(`
      CREATE TABLE circle_people (
        id TEXT PRIMARY KEY,
        alias TEXT NOT NULL CHECK (length(alias) BETWEEN 1 AND 80),
        relation TEXT NOT NULL,
        number TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE contact_entries (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE contact_revisions (
        entry_id TEXT NOT NULL REFERENCES contact_entries (id),
        revision INTEGER NOT NULL CHECK (revision >= 1),
        entry_json TEXT NOT NULL CHECK (json_valid(entry_json)),
        reason TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
        prev_hash TEXT NOT NULL CHECK (${hex64('prev_hash')}),
        hash TEXT NOT NULL CHECK (${hex64('hash')}),
        PRIMARY KEY (entry_id, revision)
      ) STRICT;

      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        entry_id TEXT NOT NULL REFERENCES contact_entries (id),
        filename TEXT NOT NULL CHECK (length(filename) BETWEEN 1 AND 255),
        mime_type TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size > 0),
        sha256 TEXT NOT NULL CHECK (${hex64('sha256')}),
        imported_at TEXT NOT NULL,
        wrapped_key BLOB NOT NULL,
        nonce BLOB NOT NULL,
        ciphertext BLOB NOT NULL,
        seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
        prev_hash TEXT NOT NULL CHECK (${hex64('prev_hash')}),
        hash TEXT NOT NULL CHECK (${hex64('hash')})
      ) STRICT;
      CREATE INDEX evidence_by_entry ON evidence (entry_id);

      -- One chain across both tables: a position may be taken by a revision or by evidence, never both.
      CREATE TRIGGER contact_revisions_seq_free BEFORE INSERT ON contact_revisions
      WHEN EXISTS (SELECT 1 FROM evidence WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'chain position already taken'); END;
      CREATE TRIGGER evidence_seq_free BEFORE INSERT ON evidence
      WHEN EXISTS (SELECT 1 FROM contact_revisions WHERE seq = NEW.seq)
      BEGIN SELECT RAISE(ABORT, 'chain position already taken'); END;

      ${appendOnly('contact_entries')}
      ${appendOnly('contact_revisions')}
      ${appendOnly('evidence')}
    `);
  },
};
