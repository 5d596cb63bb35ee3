// One pass through the real backend over HTTP, so the host and the dispatcher are proven to agree on
// method names, empty inputs and error data, not just the fake.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../src/backend/backend';
import { HTTP_SECRET_HEADER } from '../../src/contract';
import { createWebHost, type WebHost } from '../../src/web-host/server';
import { makeStaticDir, send } from './helpers';

let dataDir: string;
let backend: Backend;
let host: WebHost;
let statics: Awaited<ReturnType<typeof makeStaticDir>>;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ql-web-real-'));
  statics = await makeStaticDir();
  backend = createBackend({ dataDir, shell: 'browser', appVersion: '0.0.1-test' });
  host = await createWebHost({ backend, staticDir: statics.root, port: 0 });
});

afterAll(async () => {
  await host.close();
  backend.close();
  await rm(dataDir, { recursive: true, force: true });
  await statics.cleanup();
});

function api(method: string, body?: string): ReturnType<typeof send> {
  return send({
    port: host.port,
    method: 'POST',
    path: `/api/${method}`,
    headers: { [HTTP_SECRET_HEADER]: host.secret, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
}

it('answers app.status for a fresh data folder', async () => {
  const res = await api('app.status');
  expect(res.status).toBe(200);
  expect(JSON.parse(res.body)).toEqual({
    ok: true,
    value: expect.objectContaining({ vault: 'missing', shell: 'browser', appVersion: '0.0.1-test' }),
  });
});

it('returns the dispatcher errors as data: unknown method, invalid input, locked vault', async () => {
  expect(JSON.parse((await api('loans.nope')).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  expect(JSON.parse((await api('vault.create', '{"passphrase":"short"}')).body)).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', issues: [expect.objectContaining({ path: ['passphrase'] })] },
  });
  expect(JSON.parse((await api('loans.list')).body)).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
});

it('carries a 3 MiB evidence upload to the vault and back', async () => {
  await api('vault.create', JSON.stringify({ passphrase: 'correct horse battery staple' }));
  const logged = JSON.parse(
    (await api('collection.log', JSON.stringify({ occurredAt: '2026-03-09T15:10:00Z', timeZone: 'Asia/Shanghai', channel: 'call' })))
      .body,
  ) as { ok: true; value: { id: string } };
  const photo = Buffer.alloc(3 * 1024 * 1024, 0x5a);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(photo);
  const attachBody = JSON.stringify({ entryId: logged.value.id, filename: 'photo.jpg', mimeType: 'image/jpeg', base64: photo.toString('base64') });
  expect(Buffer.byteLength(attachBody)).toBeGreaterThan(4 * 1024 * 1024);
  const attached = await api('evidence.attach', attachBody);
  expect(attached.status).toBe(200);
  const meta = (JSON.parse(attached.body) as { ok: true; value: { id: string; size: number } }).value;
  expect(meta.size).toBe(photo.length);
  const read = JSON.parse((await api('evidence.read', JSON.stringify({ id: meta.id }))).body) as { ok: true; value: { base64: string } };
  expect(Buffer.from(read.value.base64, 'base64').equals(photo)).toBe(true);
});
