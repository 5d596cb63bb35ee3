// The vault's key handling: a memory-hard KDF for passphrases, HKDF for the high-entropy recovery key,
// and AES-256-GCM to wrap the random data key that actually opens the ledger.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** The weakest KDF cost we create or accept (ARCHITECTURE.md: scrypt N=2^17, r=8, p=1 or stronger). */
export const SCRYPT_FLOOR: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };
export const SCRYPT_DEFAULT: ScryptParams = SCRYPT_FLOOR;

export const DATA_KEY_BYTES = 32;
export const SALT_BYTES = 16;
const IV_BYTES = 12;

export function meetsScryptFloor(params: ScryptParams): boolean {
  return params.N >= SCRYPT_FLOOR.N && params.r >= SCRYPT_FLOOR.r && params.p >= SCRYPT_FLOOR.p;
}

/** scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is too small for N=2^17, so raise it. */
export function scryptMemoryBytes(params: ScryptParams): number {
  return 128 * params.N * params.r * (params.p + 1);
}

export function deriveFromPassphrase(passphrase: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N: params.N, r: params.r, p: params.p, maxmem: scryptMemoryBytes(params) + 16 * 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export function deriveFromRecoveryKey(secret: Buffer, salt: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, salt, 'quietledger recovery-key wrap v1', 32));
}

export interface WrappedKey {
  iv: string;
  ciphertext: string;
  tag: string;
}

/** Encrypts the data key under a wrapping key; `aad` binds the result to its slot in the header. */
export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, aad: string): WrappedKey {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns the data key, or null when the wrapping key is wrong (the GCM tag does not verify). */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ciphertext, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

export function randomKey(): Buffer {
  return randomBytes(DATA_KEY_BYTES);
}

export function randomSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

export function sameBytes(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Overwrites key material we no longer need (best effort: JS strings derived from it cannot be wiped). */
export function zero(...buffers: (Buffer | null | undefined)[]): void {
  for (const buffer of buffers) buffer?.fill(0);
}
