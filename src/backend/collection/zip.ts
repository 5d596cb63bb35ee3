// The dossier ZIP: the given files in order, then SHA256SUMS covering each of them, so that
// `sha256sum -c SHA256SUMS` verifies the export. Fixed time stamps make equal input give equal bytes.
import { createHash } from 'node:crypto';
import { zipSync, type Zippable } from 'fflate';

export interface ZipFile {
  /** A relative path with forward slashes, e.g. 'letters/us-dispute.txt'. */
  path: string;
  bytes: Uint8Array;
}

export const SUMS_PATH = 'SHA256SUMS';

/**
 * The DOS time written for every entry: 1980-01-01 12:00. fflate reads it back with the local getters, so it
 * is built from local fields at each call (noon, clear of any midnight clock change); the bytes then do not
 * depend on the machine's time zone, even if that changes while the app runs.
 */
const fixedMtime = (): Date => new Date(1980, 0, 1, 12, 0, 0);

/**
 * Made on "Unix" with mode 0644: Info-ZIP's unzip then keeps the UTF-8 names as they are (for an MS-DOS
 * origin it re-encodes them from code page 437, and `sha256sum -c` no longer finds 截图.png).
 */
const UNIX = 3;
const FILE_MODE = (0o100644 << 16) >>> 0;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const UNSAFE = /[^\p{L}\p{N}._ -]+/gu;

/** A file name that is one path segment, readable, and safe on every OS (letters of any script kept). */
export function safeFilename(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(UNSAFE, '_').replace(/_+/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(-100);
  return cleaned === '' ? 'file' : cleaned;
}

/** Where an evidence file goes in the ZIP: its hash prefix keeps equal names apart. */
export function evidencePath(sha256: string, filename: string): string {
  return `evidence/${sha256.slice(0, 12)}-${safeFilename(filename)}`;
}

function checkPath(path: string): void {
  const bad = path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((s) => s === '' || s === '.' || s === '..');
  if (bad || path === SUMS_PATH || /[\n\r]/.test(path)) throw new Error(`Unsafe ZIP path: ${JSON.stringify(path)}`);
}

export function sha256sums(files: readonly ZipFile[]): string {
  return files.map((f) => `${sha256Hex(f.bytes)}  ${f.path}\n`).join('');
}

/** Zips `files` (paths must be distinct) and appends SHA256SUMS as the last entry. */
export function buildDossierZip(files: readonly ZipFile[]): { bytes: Uint8Array; sha256sums: string } {
  const seen = new Set<string>();
  for (const f of files) {
    checkPath(f.path);
    if (seen.has(f.path)) throw new Error(`Duplicate ZIP path: ${f.path}`);
    seen.add(f.path);
  }
  const sums = sha256sums(files);
  const tree: Zippable = {};
  const mtime = fixedMtime();
  for (const f of [...files, { path: SUMS_PATH, bytes: new TextEncoder().encode(sums) }]) {
    tree[f.path] = [f.bytes, { mtime, level: 6, os: UNIX, attrs: FILE_MODE }];
  }
  return { bytes: zipSync(tree), sha256sums: sums };
}
