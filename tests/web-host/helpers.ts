// Shared pieces for the web-host tests: a raw HTTP client (fetch will not let a test forge Host), a
// recording fake backend, and a throwaway static folder.
import { request } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiResult } from '../../src/contract';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  port: number;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export function send(req: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: '127.0.0.1',
        port: req.port,
        method: req.method ?? 'GET',
        path: req.path,
        headers: { host: `127.0.0.1:${req.port}`, ...req.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

export interface DispatchCall {
  method: unknown;
  input: unknown;
}

/** A backend whose `dispatch` records its calls and answers `{ ok: true, value: 'echo' }`. */
export function fakeBackend(): {
  calls: DispatchCall[];
  closed: number;
  dispatch: (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;
  close: () => void;
} {
  const fake = {
    calls: [] as DispatchCall[],
    closed: 0,
    dispatch: (method: unknown, input: unknown): Promise<ApiResult<unknown>> => {
      fake.calls.push({ method, input });
      return Promise.resolve({ ok: true, value: 'echo' });
    },
    close: (): void => {
      fake.closed += 1;
    },
  };
  return fake;
}

export const INDEX_HTML = '<!doctype html><title>QuietLedger test page</title>';

/** A folder laid out like out/renderer, plus a sibling secret file that must never be served. */
export async function makeStaticDir(): Promise<{ base: string; root: string; cleanup: () => Promise<void> }> {
  const base = await mkdtemp(join(tmpdir(), 'ql-web-host-'));
  const root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), INDEX_HTML);
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export const x = 1;');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{margin:0}');
  await writeFile(join(root, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  await writeFile(join(root, 'assets', 'blob.bin'), Buffer.from([1, 2, 3]));
  await writeFile(join(root, '.env'), 'HIDDEN=1');
  await writeFile(join(base, 'outside-secret.txt'), 'TOP SECRET OUTSIDE');
  return { base, root, cleanup: () => rm(base, { recursive: true, force: true }) };
}
