// Serves the built UI (out/renderer) over app://quietledger instead of file://, so the page has a real
// origin, cannot read arbitrary files, and always carries the same CSP as index.html's meta tag.
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { PAGE_CONTENT_SECURITY_POLICY } from '../contract/transport';
import { APP_HOST, APP_SCHEME } from './origin';

/** The shared page CSP (src/contract/transport.ts), identical to index.html's meta tag. */
export const CONTENT_SECURITY_POLICY = PAGE_CONTENT_SECURITY_POLICY;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Registers app:// as a standard, secure scheme (a real origin, relative URLs, ES modules, fetch).
 * Electron only accepts this before the app's `ready` event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL is not ours or would leave the
 * folder (`..`, encoded `%2e%2e%2f`, backslashes, NUL bytes).
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname.replace(/^\/+/, '') || 'index.html';
  const root = resolve(rootDir);
  const target = resolve(root, relativePath);
  const fromRoot = relative(root, target);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return null;
  return target;
}

function headers(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

async function readOrNull(filePath: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    return new Uint8Array(await readFile(filePath));
  } catch {
    return null;
  }
}

/**
 * The app:// request handler. Read-only (GET/HEAD), refuses paths outside `rootDir` with 403, and
 * answers an extensionless path it cannot find with index.html so a reload on a client route works.
 */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const filePath = resolveAppFile(rootDir, request.url);
    if (filePath === null) return plain(403, 'Forbidden');
    let servedPath = filePath;
    let body = await readOrNull(filePath);
    if (body === null && extname(filePath) === '') {
      servedPath = resolve(rootDir, 'index.html');
      body = await readOrNull(servedPath);
    }
    if (body === null) return plain(404, 'Not found');
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(mimeTypeFor(servedPath)) });
  };
}

/** Serves `rootDir` on app:// for the default session; call once, after `ready`. */
export function registerAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
