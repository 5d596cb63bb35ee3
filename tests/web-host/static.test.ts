// Static serving of the built UI: MIME types, index.html for `/`, no way out of the folder, and the
// security headers (the CSP must match the page's own meta policy) on every response.
import { readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_SECRET_HEADER } from '../../src/contract';
import { CONTENT_SECURITY_POLICY } from '../../src/web-host/security';
import { createWebHost, type WebHost } from '../../src/web-host/server';
import { fakeBackend, INDEX_HTML, makeStaticDir, send } from './helpers';

let host: WebHost;
let dir: Awaited<ReturnType<typeof makeStaticDir>>;

beforeAll(async () => {
  dir = await makeStaticDir();
  await symlink(join(dir.base, 'outside-secret.txt'), join(dir.root, 'assets', 'link.txt'));
  host = await createWebHost({ backend: fakeBackend(), staticDir: dir.root, port: 0, secret: 's' });
});

afterAll(async () => {
  await host.close();
  await dir.cleanup();
});

const get = (path: string, method = 'GET'): ReturnType<typeof send> => send({ port: host.port, method, path });

describe('files', () => {
  it('serves index.html for /', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toBe(INDEX_HTML);
  });

  it.each([
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['/assets/logo.svg', 'image/svg+xml'],
    ['/assets/font.woff2', 'font/woff2'],
    ['/assets/blob.bin', 'application/octet-stream'],
  ])('serves %s as %s', async (path, type) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe(type);
  });

  it('ignores the query string and fragment-free paths with a query', async () => {
    const res = await get('/assets/index-abc.js?v=2');
    expect(res.body).toBe('export const x = 1;');
  });

  it('answers HEAD with headers and no body', async () => {
    const res = await get('/assets/index-abc.js', 'HEAD');
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String('export const x = 1;'.length));
    expect(res.body).toBe('');
  });

  it.each(['/nope.js', '/assets', '/assets/', '/.env', '/assets/../.env', '/loans'])('answers 404 to %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
  });

  it('answers 405 to a POST outside the API', async () => {
    const res = await get('/index.html', 'POST');
    expect(res.status).toBe(405);
  });
});

describe('path traversal', () => {
  it.each([
    '/../outside-secret.txt',
    '/assets/../../outside-secret.txt',
    '/%2e%2e/outside-secret.txt',
    '/%2E%2E%2Foutside-secret.txt',
    '/assets/%2e%2e%2f%2e%2e%2foutside-secret.txt',
    '/..%5coutside-secret.txt',
    '/%252e%252e/outside-secret.txt',
    '/assets/link.txt',
    '/index.html%00.js',
    '//outside-secret.txt',
    '/%zz',
  ])('never serves a file outside the folder for %s', async (path) => {
    const res = await get(path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain('TOP SECRET OUTSIDE');
  });
});

/** Parses a CSP into directive → sorted sources, so order and spacing do not matter. */
function parseCsp(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), sources.sort());
  }
  return map;
}

function metaCsp(): string {
  const html = readFileSync(join(__dirname, '../../src/renderer/index.html'), 'utf8');
  const tag = /<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  const match = tag ? /content=(?:"([^"]*)"|'([^']*)')/i.exec(tag) : null;
  const content = match?.[1] ?? match?.[2];
  if (!content) throw new Error('src/renderer/index.html has no CSP meta tag');
  return content;
}

describe('headers', () => {
  it('sends a CSP equal to the page meta policy, plus frame-ancestors (which a meta tag cannot carry)', () => {
    const header = parseCsp(CONTENT_SECURITY_POLICY);
    const meta = parseCsp(metaCsp());
    for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
    const extra = [...header.keys()].filter((name) => !meta.has(name));
    expect(extra.every((name) => name === 'frame-ancestors')).toBe(true);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(header.get('script-src')).toEqual(["'self'"]);
  });

  it.each([
    ['a page', { path: '/' }],
    ['a missing file', { path: '/missing' }],
    ['a refused traversal', { path: '/%2e%2e/x' }],
    ['an API call without secret', { path: '/api/app.status', method: 'POST' }],
    ['an API call', { path: '/api/app.status', method: 'POST', headers: { [HTTP_SECRET_HEADER]: 's' } }],
    ['a bad Host', { path: '/', headers: { host: 'evil.example' } }],
  ])('puts the security headers on %s', async (_label, req) => {
    const res = await send({ port: host.port, ...req });
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
  });
});
