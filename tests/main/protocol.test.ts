// The app:// handler: the right file with the right MIME type, and nothing outside out/renderer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { createAppProtocolHandler, mimeTypeFor, registerAppProtocol, registerAppScheme, resolveAppFile } =
  await import('../../src/main/protocol');

const base = mkdtempSync(join(tmpdir(), 'ql-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>QuietLedger</title>');
writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'export const ok = 1;');
writeFileSync(join(root, 'assets', 'app-1a2b.css'), 'body{}');
writeFileSync(join(root, 'assets', 'font.woff2'), 'w2');
writeFileSync(join(base, 'secret.txt'), 'outside the renderer folder');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = createAppProtocolHandler(root);
const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

beforeEach(() => fake.reset());

describe('registration', () => {
  it('registers app:// as a standard, secure scheme', () => {
    registerAppScheme();
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it('does not grant bypassCSP or service workers', () => {
    registerAppScheme();
    const [[schemes]] = fake.module.protocol.registerSchemesAsPrivileged.mock.calls as [[{ privileges: object }[]]];
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
    expect(schemes[0]?.privileges).not.toHaveProperty('allowServiceWorkers');
  });

  it('handles the app scheme with protocol.handle', () => {
    registerAppProtocol(root);
    expect(fake.module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('serving files', () => {
  it.each([
    ['app://quietledger/index.html', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://quietledger/', 'text/html; charset=utf-8', '<!doctype html>'],
    ['app://quietledger/assets/app-1a2b.js', 'text/javascript; charset=utf-8', 'export const ok'],
    ['app://quietledger/assets/app-1a2b.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://quietledger/assets/font.woff2', 'font/woff2', 'w2'],
  ])('%s is served as %s', async (url, type, start) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain(start);
  });

  it('answers a client route with index.html, but a missing asset with 404', async () => {
    const route = await get('app://quietledger/loans');
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<title>QuietLedger</title>');
    expect((await get('app://quietledger/assets/missing.js')).status).toBe(404);
  });

  it('is read-only', async () => {
    expect((await get('app://quietledger/index.html', 'POST')).status).toBe(405);
    const head = await get('app://quietledger/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('knows common MIME types and falls back to octet-stream', () => {
    expect(mimeTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.png')).toBe('image/png');
    expect(mimeTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});

describe('path traversal', () => {
  it.each([
    'app://quietledger/..%2fsecret.txt',
    'app://quietledger/assets/..%2f..%2fsecret.txt',
    'app://quietledger/..%5csecret.txt',
    'app://quietledger/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://quietledger/index.html%00.js',
    'app://quietledger/%E0%A4%A',
  ])('%s is refused', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it.each(['app://quietledger/../../secret.txt', 'app://quietledger/%2e%2e/secret.txt'])(
    '%s: the URL parser folds the dot segments, so it stays inside the root',
    async (url) => {
      expect(resolveAppFile(root, url)).toBe(join(root, 'secret.txt'));
      const response = await get(url);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside the renderer folder');
    },
  );

  it('serves nothing for other hosts or schemes', () => {
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });
});
