// The browser-mode API over real HTTP with a fake backend: who may call, what a call must look like,
// and that a valid call reaches dispatch unchanged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HTTP_SECRET_HEADER } from '../../src/contract';
import { MAX_EVIDENCE_BYTES } from '../../src/contract';
import { bodyLimitFor, LARGE_BODY_LIMITS, MAX_BODY_BYTES } from '../../src/web-host/api';
import { createWebHost, type WebHost } from '../../src/web-host/server';
import { fakeBackend, makeStaticDir, send, type RawRequest } from './helpers';

const SECRET = 'test-secret-0123456789abcdefghijklmnopqrstuv';

let host: WebHost;
let backend: ReturnType<typeof fakeBackend>;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  const dir = await makeStaticDir();
  cleanup = dir.cleanup;
  backend = fakeBackend();
  host = await createWebHost({ backend, staticDir: dir.root, port: 0, secret: SECRET });
});

afterEach(async () => {
  await host.close();
  await cleanup();
});

function call(overrides: Partial<RawRequest> = {}): ReturnType<typeof send> {
  return send({
    port: host.port,
    method: 'POST',
    path: '/api/app.status',
    ...overrides,
    headers: { [HTTP_SECRET_HEADER]: SECRET, 'content-type': 'application/json', ...overrides.headers },
  });
}

describe('a valid call', () => {
  it('passes the method and parsed JSON input to dispatch and returns its ApiResult', async () => {
    const res = await call({ path: '/api/loans.create', body: JSON.stringify({ name: '房贷', principal: 100 }) });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: 'echo' });
    expect(backend.calls).toEqual([{ method: 'loans.create', input: { name: '房贷', principal: 100 } }]);
  });

  it('treats an empty body as undefined input, with or without a JSON content type', async () => {
    await call();
    await send({ port: host.port, method: 'POST', path: '/api/app.status', headers: { [HTTP_SECRET_HEADER]: SECRET } });
    expect(backend.calls).toEqual([
      { method: 'app.status', input: undefined },
      { method: 'app.status', input: undefined },
    ]);
  });

  it('hands unknown method names to dispatch, which owns that answer', async () => {
    await call({ path: '/api/__proto__' });
    expect(backend.calls).toEqual([{ method: '__proto__', input: undefined }]);
  });

  it('accepts the localhost name and our own origin', async () => {
    const res = await call({
      headers: { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}`, 'sec-fetch-site': 'same-origin' },
    });
    expect(res.status).toBe(200);
  });

  it('returns a dispatch failure as 500 with an INTERNAL ApiResult, not a crash', async () => {
    backend.dispatch = () => Promise.reject(new Error('boom'));
    const res = await call();
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(res.body).not.toContain('boom');
  });
});

describe('the secret', () => {
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['wrong, same length', SECRET.slice(0, -1) + 'X'],
    ['a prefix', SECRET.slice(0, 10)],
    ['longer', SECRET + 'A'],
  ])('refuses a %s secret with 401 and never dispatches', async (_label, given) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (given !== undefined) headers[HTTP_SECRET_HEADER] = given;
    const res = await send({ port: host.port, method: 'POST', path: '/api/app.status', headers, body: '{}' });
    expect(res.status).toBe(401);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(backend.calls).toEqual([]);
  });

  it('is not accepted from the query string', async () => {
    const res = await send({
      port: host.port,
      method: 'POST',
      path: `/api/app.status?secret=${SECRET}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(401);
  });
});

describe('Host and Origin', () => {
  it.each(['evil.example', `evil.example:${0}`, '127.0.0.1', '127.0.0.1:1', '[::1]', '0.0.0.0'])(
    'answers 421 to Host %s (DNS rebinding), for the API and for static files',
    async (badHost) => {
      const hostHeader = badHost.endsWith(':0') ? badHost.replace(':0', `:${host.port}`) : badHost;
      const api = await call({ headers: { host: hostHeader } });
      const page = await send({ port: host.port, path: '/', headers: { host: hostHeader } });
      expect(api.status).toBe(421);
      expect(page.status).toBe(421);
      expect(backend.calls).toEqual([]);
    },
  );

  it.each(['http://evil.example', 'null', 'http://127.0.0.1:1', 'https://127.0.0.1:PORT', 'http://127.0.0.1:PORT.evil'])(
    'answers 403 to Origin %s',
    async (origin) => {
      const res = await call({ headers: { origin: origin.replace('PORT', String(host.port)) } });
      expect(res.status).toBe(403);
      expect(backend.calls).toEqual([]);
    },
  );

  it('answers 403 when the browser says the call is cross-site', async () => {
    const res = await call({ headers: { 'sec-fetch-site': 'cross-site' } });
    expect(res.status).toBe(403);
    expect(backend.calls).toEqual([]);
  });
});

describe('malformed calls', () => {
  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS'])('answers 405 to %s on the API', async (method) => {
    const res = await call({ method, body: '' });
    expect(res.status).toBe(405);
    expect(res.headers['allow']).toBe('POST');
    expect(backend.calls).toEqual([]);
  });

  it('answers 413 to a body over 1 MiB, declared or streamed', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const declared = await call({ body: big });
    expect(declared.status).toBe(413);
    const streamed = await call({ body: big, headers: { 'transfer-encoding': 'chunked' } });
    expect(streamed.status).toBe(413);
    expect(backend.calls).toEqual([]);
  });

  it('accepts a body of exactly 1 MiB', async () => {
    const json = JSON.stringify({ pad: 'x'.repeat(MAX_BODY_BYTES - 10) });
    expect(Buffer.byteLength(json)).toBe(MAX_BODY_BYTES);
    const res = await call({ body: json });
    expect(res.status).toBe(200);
  });

  it('lets only the file-carrying methods send more than 1 MiB, each up to its own limit', async () => {
    const limit = LARGE_BODY_LIMITS['evidence.attach'] ?? 0;
    expect(limit).toBeGreaterThan((MAX_EVIDENCE_BYTES / 3) * 4);
    expect(bodyLimitFor('dossier.exportZip')).toBeGreaterThan(MAX_BODY_BYTES);
    expect(bodyLimitFor('loans.create')).toBe(MAX_BODY_BYTES);
    expect(bodyLimitFor('__proto__')).toBe(MAX_BODY_BYTES);
    expect(bodyLimitFor('constructor')).toBe(MAX_BODY_BYTES);

    const upload = JSON.stringify({ base64: 'A'.repeat(Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4) });
    const accepted = await call({ path: '/api/evidence.attach', body: upload });
    expect(accepted.status).toBe(200);
    expect(backend.calls.map((c) => c.method)).toEqual(['evidence.attach']);

    const overLimit = Buffer.alloc(limit + 1, 0x20);
    expect((await call({ path: '/api/evidence.attach', body: overLimit })).status).toBe(413);
    expect((await call({ path: '/api/loans.create', body: upload })).status).toBe(413);
    expect(backend.calls).toHaveLength(1);
  });

  it('answers 400 with an INVALID_INPUT ApiResult to invalid JSON', async () => {
    const res = await call({ body: '{"name": ' });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON' },
    });
    expect(backend.calls).toEqual([]);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'answers 415 to content type %s',
    async (type) => {
      const res = await call({ headers: { 'content-type': type }, body: '{}' });
      expect(res.status).toBe(415);
      expect(backend.calls).toEqual([]);
    },
  );

  it('answers 415 to a non-empty body with no content type', async () => {
    const res = await send({
      port: host.port,
      method: 'POST',
      path: '/api/app.status',
      headers: { [HTTP_SECRET_HEADER]: SECRET },
      body: '{}',
    });
    expect(res.status).toBe(415);
  });
});
