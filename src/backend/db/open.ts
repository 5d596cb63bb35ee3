// Opens the encrypted ledger: ChaCha20-Poly1305 (authenticated) keyed with the raw 32-byte data key,
// then the pragmas every connection must carry, read back to be sure they took effect.
import Database from 'better-sqlite3-multiple-ciphers';
import { DomainError } from '../../contract';

export type Db = Database.Database;

/** Pragmas set on every connection, with the value each must read back as. */
export const REQUIRED_PRAGMAS = [
  ['journal_mode', 'WAL', 'wal'],
  ['synchronous', 'FULL', 2],
  ['temp_store', 'MEMORY', 2],
  ['secure_delete', 'ON', 1],
  ['foreign_keys', 'ON', 1],
] as const;

export interface OpenOptions {
  nativeBinding?: string;
}

export function openLedger(path: string, dataKey: Buffer, options: OpenOptions = {}): Db {
  if (dataKey.length !== 32) throw new Error('The data key must be 32 bytes');
  const db = new Database(path, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma(`cipher = 'chacha20'`);
    // The key is hex of random bytes (never a passphrase), in sqlite3mc's raw-key form x'…', so no KDF runs.
    db.pragma(`key = "x'${dataKey.toString('hex')}'"`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      throw new DomainError('VAULT_CORRUPT', 'The ledger cannot be decrypted; it may be damaged');
    }
    for (const [name, value, expected] of REQUIRED_PRAGMAS) {
      db.pragma(`${name} = ${value}`);
      const actual: unknown = db.pragma(name, { simple: true });
      if (actual !== expected) throw new Error(`PRAGMA ${name} did not take effect (${String(actual)})`);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
