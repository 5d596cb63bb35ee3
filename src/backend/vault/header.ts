// The vault header (vault.json): a versioned record of how the data key is wrapped. It holds salts,
// KDF parameters and wrapped keys only, never user data. A header we cannot trust is refused, not repaired.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { DomainError } from '../../contract';
import { writeFileAtomic } from '../fs-atomic';
import { meetsScryptFloor } from './crypto';

export const HEADER_FORMAT = 'quietledger-vault';
export const HEADER_VERSION = 1;

const wrapped = z.object({ iv: z.string(), ciphertext: z.string(), tag: z.string() });

const headerSchema = z.object({
  format: z.literal(HEADER_FORMAT),
  version: z.literal(HEADER_VERSION),
  cipher: z.literal('chacha20'),
  createdAt: z.string(),
  passphrase: z.object({
    kdf: z.object({
      name: z.literal('scrypt'),
      N: z.number().int().positive(),
      r: z.number().int().positive(),
      p: z.number().int().positive(),
      salt: z.string(),
    }),
    wrap: wrapped,
  }),
  recovery: z.object({
    kdf: z.object({ name: z.literal('hkdf-sha256'), salt: z.string() }),
    wrap: wrapped,
  }),
});

export type VaultHeader = z.infer<typeof headerSchema>;

/** Additional authenticated data per slot, so a wrapped key cannot be moved to the other slot. */
export const AAD = {
  passphrase: `${HEADER_FORMAT}/v${HEADER_VERSION}/passphrase`,
  recovery: `${HEADER_FORMAT}/v${HEADER_VERSION}/recovery`,
} as const;

export function headerExists(path: string): boolean {
  return existsSync(path);
}

export function readHeader(path: string): VaultHeader {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new DomainError('VAULT_CORRUPT', 'The vault header cannot be read');
  }
  if (typeof raw === 'object' && raw !== null && 'version' in raw && typeof raw.version === 'number') {
    if (raw.version > HEADER_VERSION) {
      throw new DomainError('VAULT_TOO_NEW', 'This vault was made by a newer version of QuietLedger');
    }
  }
  const parsed = headerSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError('VAULT_UNSUPPORTED', 'The vault header is not in a supported format');
  if (!meetsScryptFloor(parsed.data.passphrase.kdf)) {
    throw new DomainError('VAULT_UNSUPPORTED', 'The vault header uses key-derivation settings below the allowed minimum');
  }
  return parsed.data;
}

export function writeHeader(path: string, header: VaultHeader): void {
  writeFileAtomic(path, `${JSON.stringify(header, null, 2)}\n`);
}
