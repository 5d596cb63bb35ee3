// The Content Security Policy: index.html's meta CSP must be strict (no eval, no inline script, nothing by
// default), and the app:// protocol must send exactly the same policy as a header.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { CONTENT_SECURITY_POLICY, createAppProtocolHandler } = await import('../../src/main/protocol');

const indexHtml = readFileSync(join(import.meta.dirname, '../../src/renderer/index.html'), 'utf8');

function metaCsp(html: string): string {
  const tags = html.match(/<meta\b[^>]*>/gis) ?? [];
  const cspTags = tags.filter((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag));
  expect(cspTags).toHaveLength(1);
  const content = /content\s*=\s*"([^"]*)"/i.exec(cspTags[0] ?? '');
  if (!content?.[1]) throw new Error('the CSP meta tag has no content');
  return content[1];
}

/** Directive name → its source list, failing on duplicates (browsers ignore the second one). */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name.toLowerCase()), `duplicate directive ${name}`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const normalise = (policy: string): string =>
  [...parseCsp(policy)].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

describe("index.html's CSP", () => {
  const policy = metaCsp(indexHtml);
  const directives = parseCsp(policy);

  it("defaults to 'none'", () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('allows scripts only from the app itself: no inline script, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    for (const [name, sources] of directives) {
      if (name.startsWith('script-src')) expect(sources).not.toContain("'unsafe-inline'");
    }
  });

  it('locks down base, forms, objects and network', () => {
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const sources of directives.values()) {
      expect(sources.filter((s) => s === '*' || /^https?:$/.test(s) || s.startsWith('http'))).toEqual([]);
    }
  });

  it('is the policy the shell sends', () => {
    expect(normalise(CONTENT_SECURITY_POLICY)).toBe(normalise(policy));
  });
});

describe('the app:// response header', () => {
  const root = mkdtempSync(join(tmpdir(), 'ql-csp-'));
  writeFileSync(join(root, 'index.html'), indexHtml);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("equals index.html's meta CSP on pages and on refusals alike", async () => {
    const handler = createAppProtocolHandler(root);
    const page = await handler(new Request('app://quietledger/index.html'));
    const refused = await handler(new Request('app://quietledger/..%2f..%2fetc%2fpasswd'));
    expect(page.status).toBe(200);
    expect(refused.status).toBe(403);
    for (const response of [page, refused]) {
      expect(response.headers.get('content-security-policy')).toBe(metaCsp(indexHtml));
    }
  });
});
