// The API client over both transports: typed results, ApiError with codes and issues, the secret
// header in browser mode, and a network failure reported as UNREACHABLE.
import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../../src/contract/errors';
import type { AppEvent, QuietLedgerBridge } from '../../../src/contract/transport';
import { ApiError } from '../../../src/renderer/src/api/api-error';
import { createApiClient } from '../../../src/renderer/src/api/client';
import { createBridgeTransport, createHttpTransport, isApiResult } from '../../../src/renderer/src/api/transport';

function fakeBridge(answer: (method: string, input: unknown) => ApiResult<unknown>) {
  const listeners = new Set<(event: AppEvent) => void>();
  const invoke = vi.fn((method: string, input: unknown) => Promise.resolve(answer(method, input)));
  const bridge: QuietLedgerBridge = {
    invoke,
    onEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { bridge, invoke, emit: (event: AppEvent) => listeners.forEach((listener) => listener(event)) };
}

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('API client over the Electron bridge', () => {
  it('passes method and input through and returns the value', async () => {
    const { bridge, invoke } = fakeBridge(() => ({ ok: true, value: { language: 'en', theme: 'dark' } }));
    const client = createApiClient(createBridgeTransport(bridge));
    await expect(client.invoke('prefs.set', { theme: 'dark' })).resolves.toEqual({ language: 'en', theme: 'dark' });
    expect(invoke).toHaveBeenCalledWith('prefs.set', { theme: 'dark' });
  });

  it('throws an ApiError carrying the code, message and field issues', async () => {
    const issues = [{ path: ['principal'], message: 'Too small' }];
    const { bridge } = fakeBridge(() => ({ ok: false, error: { code: 'INVALID_INPUT', message: 'bad', issues } }));
    const client = createApiClient(createBridgeTransport(bridge));
    const error = await client.invoke('loans.get', { id: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', message: 'bad', issues });
  });

  it('tells error listeners before throwing (the app store watches for VAULT_LOCKED)', async () => {
    const { bridge } = fakeBridge(() => ({ ok: false, error: { code: 'VAULT_LOCKED', message: 'locked' } }));
    const client = createApiClient(createBridgeTransport(bridge));
    const seen: string[] = [];
    const off = client.onError((error) => seen.push(error.code));
    await expect(client.invoke('loans.list', {})).rejects.toThrow(ApiError);
    off();
    await expect(client.invoke('loans.list', {})).rejects.toThrow(ApiError);
    expect(seen).toEqual(['VAULT_LOCKED']);
  });

  it('forwards shell events and unsubscribes', () => {
    const { bridge, emit } = fakeBridge(() => ({ ok: true, value: null }));
    const client = createApiClient(createBridgeTransport(bridge));
    const events: AppEvent[] = [];
    const off = client.onEvent((event) => events.push(event));
    emit({ type: 'vault-locked' });
    off();
    emit({ type: 'vault-locked' });
    expect(events).toEqual([{ type: 'vault-locked' }]);
  });

  it('reports a bridge that rejects as UNREACHABLE', async () => {
    const bridge: QuietLedgerBridge = { invoke: () => Promise.reject(new Error('gone')), onEvent: () => () => undefined };
    const client = createApiClient(createBridgeTransport(bridge));
    await expect(client.invoke('app.status', {})).rejects.toMatchObject({ code: 'UNREACHABLE' });
  });
});

describe('API client over HTTP (browser mode)', () => {
  it('POSTs JSON to /api/<method> with the secret header', async () => {
    const fetch = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(jsonResponse({ ok: true, value: { vault: 'locked', appVersion: '1', shell: 'browser' } })),
    );
    const client = createApiClient(createHttpTransport({ secret: 's3cret', fetch }));
    await expect(client.invoke('app.status', {})).resolves.toMatchObject({ vault: 'locked' });
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('/api/app.status');
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'x-quietledger-secret': 's3cret', 'content-type': 'application/json' });
    expect(init?.body).toBe('{}');
  });

  it('turns an { ok: false } body into an ApiError whatever the HTTP status', async () => {
    const fetch = () => Promise.resolve(jsonResponse({ ok: false, error: { code: 'WRONG_SECRET', message: 'no' } }, 200));
    const client = createApiClient(createHttpTransport({ secret: 's', fetch }));
    await expect(client.invoke('vault.unlock', { method: 'passphrase', secret: 'x' })).rejects.toMatchObject({
      code: 'WRONG_SECRET',
    });
  });

  it('reports a network failure as "cannot reach QuietLedger"', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const client = createApiClient(createHttpTransport({ secret: 's', fetch }));
    const error = await client.invoke('app.status', {}).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'UNREACHABLE' });
    expect((error as Error).message).toMatch(/cannot reach QuietLedger/i);
  });

  it('reports a refused secret (403 without an ApiResult) as UNAUTHORIZED', async () => {
    const fetch = () => Promise.resolve(new Response('Missing or wrong secret', { status: 403 }));
    const client = createApiClient(createHttpTransport({ secret: null, fetch }));
    await expect(client.invoke('app.status', {})).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('reports any other non-ApiResult answer as INTERNAL', async () => {
    const fetch = () => Promise.resolve(jsonResponse({ hello: 'world' }, 500));
    const client = createApiClient(createHttpTransport({ secret: 's', fetch }));
    await expect(client.invoke('app.status', {})).rejects.toMatchObject({ code: 'INTERNAL' });
  });
});

describe('isApiResult', () => {
  it('accepts only well-formed results with a known error code', () => {
    expect(isApiResult({ ok: true, value: null })).toBe(true);
    expect(isApiResult({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } })).toBe(true);
    expect(isApiResult({ ok: false, error: { code: 'MADE_UP', message: 'x' } })).toBe(false);
    expect(isApiResult({ ok: true })).toBe(false);
    expect(isApiResult(null)).toBe(false);
    expect(isApiResult('ok')).toBe(false);
  });
});
