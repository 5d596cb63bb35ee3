// Seals each evidence file under its own random AES-256-GCM key and wraps that key with the vault's
// evidence subkey, so the bytes are protected twice (here and by the encrypted database) and a leaked file
// key opens one file only. Both layers are bound to the evidence id, so rows cannot be swapped.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SealedEvidence } from '../db/repositories/evidence';
import { zero } from '../vault/crypto';

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

const fileAad = (id: string): Buffer => Buffer.from(`quietledger evidence file v1:${id}`, 'utf8');
const keyAad = (id: string): Buffer => Buffer.from(`quietledger evidence key v1:${id}`, 'utf8');

function encrypt(key: Buffer, nonce: Buffer, plain: Buffer, aad: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  return Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
}

/** Returns null when the key is wrong or the bytes were changed (the GCM tag does not verify). */
function decrypt(key: Buffer, nonce: Buffer, sealed: Buffer, aad: Buffer): Buffer | null {
  if (nonce.length !== NONCE_BYTES || sealed.length < TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** Encrypts a file for evidence row `id`; `wrappingKey` is the vault's evidence subkey. */
export function sealEvidence(plain: Buffer, wrappingKey: Buffer, id: string): SealedEvidence {
  const fileKey = randomBytes(KEY_BYTES);
  try {
    const nonce = randomBytes(NONCE_BYTES);
    const ciphertext = encrypt(fileKey, nonce, plain, fileAad(id));
    const wrapNonce = randomBytes(NONCE_BYTES);
    const wrappedKey = Buffer.concat([wrapNonce, encrypt(wrappingKey, wrapNonce, fileKey, keyAad(id))]);
    return { wrappedKey, nonce, ciphertext };
  } finally {
    zero(fileKey);
  }
}

/** The original bytes, or null when the key does not unwrap or the ciphertext does not verify. */
export function openEvidence(sealed: SealedEvidence, wrappingKey: Buffer, id: string): Buffer | null {
  const wrapNonce = sealed.wrappedKey.subarray(0, NONCE_BYTES);
  const fileKey = decrypt(wrappingKey, wrapNonce, sealed.wrappedKey.subarray(NONCE_BYTES), keyAad(id));
  if (!fileKey || fileKey.length !== KEY_BYTES) return null;
  try {
    return decrypt(fileKey, sealed.nonce, sealed.ciphertext, fileAad(id));
  } finally {
    zero(fileKey);
  }
}
