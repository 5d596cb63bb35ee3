// @vitest-environment happy-dom
// Browser mode's secret: read from #secret=…, kept in sessionStorage for reloads, stripped from the URL;
// and the start-up choice between the Electron bridge and HTTP.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, installDefaultTransport } from '../../../src/renderer/src/api';
import { takeSecret } from '../../../src/renderer/src/api/secret';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

describe('takeSecret', () => {
  it('takes the secret from the fragment, stores it and strips the fragment', () => {
    const storage = memoryStorage();
    const replaceState = vi.fn();
    const secret = takeSecret({
      location: { hash: '#secret=abc_DEF-123', pathname: '/', search: '' },
      history: { replaceState, state: null },
      storage,
    });
    expect(secret).toBe('abc_DEF-123');
    expect(storage.getItem('quietledger.secret')).toBe('abc_DEF-123');
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
  });

  it('falls back to the stored secret after a reload (no fragment) and leaves the URL alone', () => {
    const storage = memoryStorage();
    storage.setItem('quietledger.secret', 'kept');
    const replaceState = vi.fn();
    const secret = takeSecret({
      location: { hash: '#/loans', pathname: '/', search: '' },
      history: { replaceState, state: null },
      storage,
    });
    expect(secret).toBe('kept');
    expect(replaceState).not.toHaveBeenCalled();
  });

  it('returns null when there is no secret anywhere', () => {
    const secret = takeSecret({
      location: { hash: '', pathname: '/', search: '' },
      history: { replaceState: vi.fn(), state: null },
      storage: memoryStorage(),
    });
    expect(secret).toBeNull();
  });
});

describe('installDefaultTransport', () => {
  afterEach(() => {
    delete window.quietLedger;
    window.sessionStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('uses the bridge when the preload exposed one', () => {
    window.quietLedger = { invoke: vi.fn(), onEvent: vi.fn(() => () => undefined) };
    expect(installDefaultTransport(window).kind).toBe('bridge');
  });

  it('uses HTTP otherwise, sending the secret it took from the fragment', async () => {
    window.history.replaceState(null, '', '/#secret=from-fragment');
    const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify({ ok: true, value: null }))));
    vi.spyOn(window, 'fetch').mockImplementation(fetch);
    const client = installDefaultTransport(window);
    expect(client.kind).toBe('http');
    expect(window.location.hash).toBe('');
    await api().invoke('vault.lock', {});
    expect(fetch).toHaveBeenCalledWith(
      '/api/vault.lock',
      expect.objectContaining({ headers: expect.objectContaining({ 'x-quietledger-secret': 'from-fragment' }) }),
    );
  });
});
