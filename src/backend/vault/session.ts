// The vault's life cycle: missing → create → unlocked ⇄ locked. Holds the open database and the data
// key while unlocked; locking closes the one and zeroes the other. Operations are serialised so a
// double-click on "unlock" cannot open two connections.
import { hkdfSync } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../../contract';
import { migrate } from '../db/migrations';
import { openLedger, type Db } from '../db/open';
import {
  SCRYPT_DEFAULT,
  deriveFromPassphrase,
  deriveFromRecoveryKey,
  randomKey,
  randomSalt,
  unwrapKey,
  wrapKey,
  zero,
} from './crypto';
import { AAD, HEADER_FORMAT, HEADER_VERSION, headerExists, readHeader, writeHeader, type VaultHeader } from './header';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';

export const HEADER_FILE = 'vault.json';
export const LEDGER_FILE = 'ledger.db';

export interface VaultSessionOptions {
  dir: string;
  nativeBinding?: string;
  now?: () => Date;
}

/** The purposes a key may be derived from the data key for; each gets an unrelated key (HKDF info). */
export const SUBKEY_PURPOSES = ['quietledger evidence v1'] as const;
export type SubkeyPurpose = (typeof SUBKEY_PURPOSES)[number];

export type UnlockSecret = { method: 'passphrase'; secret: string } | { method: 'recovery-key'; secret: string };

export class VaultSession {
  private db: Db | null = null;
  private dataKey: Buffer | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly headerPath: string;
  private readonly ledgerPath: string;

  constructor(private readonly options: VaultSessionOptions) {
    this.headerPath = join(options.dir, HEADER_FILE);
    this.ledgerPath = join(options.dir, LEDGER_FILE);
  }

  exists(): boolean {
    return headerExists(this.headerPath);
  }

  isUnlocked(): boolean {
    return this.db !== null;
  }

  /** The open ledger; handlers call this only behind dispatch's unlocked check. */
  database(): Db {
    if (!this.db) throw new DomainError('VAULT_LOCKED', 'The vault is locked');
    return this.db;
  }

  /**
   * A 32-byte key for one purpose, derived from the data key with HKDF-SHA256, so the data key itself never
   * leaves the session. The caller zeroes it when done.
   */
  deriveSubkey(purpose: SubkeyPurpose): Buffer {
    if (!this.dataKey) throw new DomainError('VAULT_LOCKED', 'The vault is locked');
    return Buffer.from(hkdfSync('sha256', this.dataKey, Buffer.alloc(0), purpose, 32));
  }

  /** Creates the vault, leaves it unlocked, and returns the recovery key text (to show once). */
  create(passphrase: string): Promise<string> {
    return this.serial(async () => {
      if (this.exists()) throw new DomainError('VAULT_EXISTS', 'A vault already exists here');
      mkdirSync(this.options.dir, { recursive: true, mode: 0o700 });
      const dataKey = randomKey();
      const salt = randomSalt();
      const passKey = await deriveFromPassphrase(passphrase, salt, SCRYPT_DEFAULT);
      const recovery = generateRecoveryKey();
      const recoverySalt = randomSalt();
      const recoveryWrapKey = deriveFromRecoveryKey(recovery.bytes, recoverySalt);
      const header: VaultHeader = {
        format: HEADER_FORMAT,
        version: HEADER_VERSION,
        cipher: 'chacha20',
        createdAt: (this.options.now?.() ?? new Date()).toISOString(),
        passphrase: {
          kdf: { name: 'scrypt', ...SCRYPT_DEFAULT, salt: salt.toString('base64') },
          wrap: wrapKey(dataKey, passKey, AAD.passphrase),
        },
        recovery: {
          kdf: { name: 'hkdf-sha256', salt: recoverySalt.toString('base64') },
          wrap: wrapKey(dataKey, recoveryWrapKey, AAD.recovery),
        },
      };
      zero(passKey, recoveryWrapKey, recovery.bytes);
      // Header first: a crash after it leaves a vault whose ledger is simply created empty at unlock.
      writeHeader(this.headerPath, header);
      this.open(dataKey);
      return recovery.text;
    });
  }

  unlock(secret: UnlockSecret): Promise<void> {
    return this.serial(async () => {
      if (!this.exists()) throw new DomainError('VAULT_MISSING', 'There is no vault yet');
      if (this.isUnlocked()) return;
      const header = readHeader(this.headerPath);
      const dataKey = await this.unwrapWith(header, secret);
      if (!dataKey) throw new DomainError('WRONG_SECRET', 'That passphrase or recovery key does not open this vault');
      this.open(dataKey);
    });
  }

  /** Re-wraps the data key under a new passphrase; the database itself is never rekeyed. */
  changePassphrase(current: string, next: string): Promise<void> {
    return this.serial(async () => {
      const header = readHeader(this.headerPath);
      const dataKey = await this.unwrapWith(header, { method: 'passphrase', secret: current });
      if (!dataKey) throw new DomainError('WRONG_SECRET', 'The current passphrase is not correct');
      const salt = randomSalt();
      const passKey = await deriveFromPassphrase(next, salt, SCRYPT_DEFAULT);
      const updated: VaultHeader = {
        ...header,
        passphrase: {
          kdf: { name: 'scrypt', ...SCRYPT_DEFAULT, salt: salt.toString('base64') },
          wrap: wrapKey(dataKey, passKey, AAD.passphrase),
        },
      };
      zero(passKey, dataKey);
      writeHeader(this.headerPath, updated);
    });
  }

  lock(): void {
    if (this.db) {
      this.db.close();
      this.db = null;
    }
    zero(this.dataKey);
    this.dataKey = null;
  }

  private async unwrapWith(header: VaultHeader, secret: UnlockSecret): Promise<Buffer | null> {
    if (secret.method === 'passphrase') {
      const { kdf } = header.passphrase;
      const key = await deriveFromPassphrase(secret.secret, Buffer.from(kdf.salt, 'base64'), kdf);
      const dataKey = unwrapKey(header.passphrase.wrap, key, AAD.passphrase);
      zero(key);
      return dataKey;
    }
    const bytes = parseRecoveryKey(secret.secret);
    if (!bytes) return null;
    const key = deriveFromRecoveryKey(bytes, Buffer.from(header.recovery.kdf.salt, 'base64'));
    const dataKey = unwrapKey(header.recovery.wrap, key, AAD.recovery);
    zero(key, bytes);
    return dataKey;
  }

  private open(dataKey: Buffer): void {
    const db = openLedger(this.ledgerPath, dataKey, this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {});
    try {
      migrate(db);
    } catch (error) {
      db.close();
      zero(dataKey);
      throw error;
    }
    this.db = db;
    this.dataKey = dataKey;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
