// Checks an uploaded file before it is sealed: not empty, not too large, a plain file name, and, for the
// types the app previews (images, audio, video, PDF), bytes that look like that kind of file, so a preview
// never feeds a viewer something else under a trusted label. Deliberately loose: the family must match.
import { DomainError, MAX_EVIDENCE_BYTES } from '../../contract';

type Family = 'image' | 'audio-video' | 'pdf';

const ascii = (text: string): Buffer => Buffer.from(text, 'latin1');

function startsWith(bytes: Buffer, signature: Buffer | number[], at = 0): boolean {
  const sig = Array.isArray(signature) ? Buffer.from(signature) : signature;
  return bytes.length >= at + sig.length && bytes.subarray(at, at + sig.length).equals(sig);
}

/** The families a file's first bytes fit; empty when none is recognised. */
export function sniffFamilies(bytes: Buffer): Set<Family> {
  const found = new Set<Family>();
  const riff = startsWith(bytes, ascii('RIFF'));
  if (
    startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ||
    startsWith(bytes, [0xff, 0xd8, 0xff]) ||
    startsWith(bytes, ascii('GIF8')) ||
    startsWith(bytes, ascii('BM')) ||
    (riff && startsWith(bytes, ascii('WEBP'), 8))
  ) {
    found.add('image');
  }
  // ISO media (ftyp): MP4/M4A audio and video, and HEIC/AVIF photos from phones.
  if (startsWith(bytes, ascii('ftyp'), 4)) {
    found.add('image');
    found.add('audio-video');
  }
  if (
    (riff && (startsWith(bytes, ascii('WAVE'), 8) || startsWith(bytes, ascii('AVI '), 8))) ||
    startsWith(bytes, ascii('OggS')) ||
    startsWith(bytes, ascii('ID3')) ||
    startsWith(bytes, ascii('fLaC')) ||
    startsWith(bytes, ascii('#!AMR')) ||
    startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3]) ||
    (bytes.length >= 2 && bytes[0] === 0xff && ((bytes[1] ?? 0) & 0xe0) === 0xe0)
  ) {
    found.add('audio-video');
  }
  // PDF readers accept the header anywhere in the first kilobyte.
  if (bytes.subarray(0, 1024).includes(ascii('%PDF-'))) found.add('pdf');
  return found;
}

function familyOf(mimeType: string): Family | null {
  if (mimeType === 'application/pdf') return 'pdf';
  if (mimeType === 'image/svg+xml') return null;
  if (mimeType.startsWith('image/')) return 'image';
  if (mimeType.startsWith('audio/') || mimeType.startsWith('video/')) return 'audio-video';
  return null;
}

const MIME_PATTERN = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/;

/** Lower-cased type without parameters; an empty type reads as generic bytes. */
export function normaliseMimeType(mimeType: string): string {
  const bare = (mimeType.split(';')[0] ?? '').trim().toLowerCase();
  if (bare === '') return 'application/octet-stream';
  if (!MIME_PATTERN.test(bare)) throw new DomainError('INVALID_INPUT', 'The file type is not a valid MIME type');
  return bare;
}

/** The last path segment without control characters, so an export can use it as a file name safely. */
export function safeFilename(filename: string): string {
  const last = filename.split(/[\\/]/).pop() ?? '';
  const clean = [...last]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code >= 0x20 && code !== 0x7f;
    })
    .join('')
    .trim();
  if (clean === '' || clean === '.' || clean === '..') {
    throw new DomainError('INVALID_INPUT', 'The file needs a name', [{ path: ['filename'], message: 'Empty file name' }]);
  }
  return clean.slice(0, 255);
}

/** Decodes strict base64 (padding optional); anything else is INVALID_INPUT. */
export function decodeBase64(text: string): Buffer {
  if (text.length % 4 === 1 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw new DomainError('INVALID_INPUT', 'The file is not valid base64', [{ path: ['base64'], message: 'Not base64' }]);
  }
  return Buffer.from(text, 'base64');
}

/** Refuses an empty or oversized file, or one whose bytes do not fit the type it claims. */
export function checkEvidenceBytes(bytes: Buffer, mimeType: string): void {
  if (bytes.length === 0) {
    throw new DomainError('INVALID_INPUT', 'The file is empty', [{ path: ['base64'], message: 'Empty file' }]);
  }
  if (bytes.length > MAX_EVIDENCE_BYTES) {
    throw new DomainError('INVALID_INPUT', 'The file is too large', [{ path: ['base64'], message: 'Too large' }]);
  }
  const family = familyOf(mimeType);
  if (family && !sniffFamilies(bytes).has(family)) {
    throw new DomainError('INVALID_INPUT', `The file's contents do not look like ${mimeType}`, [
      { path: ['mimeType'], message: 'Contents do not match the type' },
    ]);
  }
}
