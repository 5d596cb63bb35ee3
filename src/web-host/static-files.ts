// Serves the built renderer (out/renderer) read-only: known MIME types, index.html for `/`, and nothing
// outside the folder, however the path is spelled.
import { realpath, readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeType(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticLookup = { found: true; body: Buffer; contentType: string } | { found: false; status: 400 | 404 };

/**
 * Maps a URL pathname to a file inside `root`. Refuses encoded or literal `..`, NUL bytes, backslashes,
 * dot-files and symlinks that lead outside `root`.
 */
export async function lookupStatic(root: string, pathname: string): Promise<StaticLookup> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { found: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { found: false, status: 400 };
  const segments = decoded.split('/').filter((s) => s.length > 0);
  if (segments.some((s) => s.startsWith('.'))) return { found: false, status: 404 };
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');

  const rootReal = await realpath(resolve(root)).catch(() => null);
  if (rootReal === null) return { found: false, status: 404 };
  const candidate = resolve(rootReal, relative);
  if (!isInside(rootReal, candidate)) return { found: false, status: 404 };
  try {
    const real = await realpath(candidate);
    if (!isInside(rootReal, real)) return { found: false, status: 404 };
    if (!(await stat(real)).isFile()) return { found: false, status: 404 };
    return { found: true, body: await readFile(real), contentType: mimeType(real) };
  } catch {
    return { found: false, status: 404 };
  }
}

function isInside(root: string, path: string): boolean {
  return path.startsWith(root.endsWith(sep) ? root : join(root, sep));
}
