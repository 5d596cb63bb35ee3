// @vitest-environment happy-dom
// Locks that happen outside a view reach the UI: the shell's vault-locked event and a call that meets
// VAULT_LOCKED both drop decrypted data and send the window to the unlock screen.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type Router } from 'vue-router';
import { setTransport, type ApiClient } from '../../src/renderer/src/api';
import { wireAppEvents } from '../../src/renderer/src/app-events';
import { createAppRouter } from '../../src/renderer/src/router';
import { useAppStore } from '../../src/renderer/src/stores/app';
import { useLoansStore } from '../../src/renderer/src/stores/loans';
import { FakeBackend } from './fake-backend';
import { loanInput } from './loan-fixtures';

let backend: FakeBackend;
let client: ApiClient;
let router: Router;

beforeEach(async () => {
  backend = new FakeBackend();
  backend.status = { ...backend.status, vault: 'unlocked' };
  client = setTransport(backend.transport());
  setActivePinia(createPinia());
  router = createAppRouter(createMemoryHistory());
  wireAppEvents(client, useAppStore(), router);
  await router.push('/loans');
  await useLoansStore().create(loanInput());
});

describe('wireAppEvents', () => {
  it('a vault-locked event from the shell goes to unlock and forgets the loans', async () => {
    expect(router.currentRoute.value.name).toBe('loans');
    backend.status = { ...backend.status, vault: 'locked' };
    backend.emit({ type: 'vault-locked' });
    expect(useAppStore().vault).toBe('locked');
    expect(useLoansStore().items).toEqual([]);
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('unlock'), { timeout: 10_000 });
  });

  it('a lock-requested event locks the vault through the API', async () => {
    backend.emit({ type: 'lock-requested' });
    await vi.waitFor(() => expect(backend.status.vault).toBe('locked'));
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('unlock'), { timeout: 10_000 });
  });

  it('a call that meets VAULT_LOCKED does the same', async () => {
    backend.status = { ...backend.status, vault: 'locked' };
    await expect(useLoansStore().fetchAll()).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(useAppStore().vault).toBe('locked');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('unlock'), { timeout: 10_000 });
  });

  it("an open-route event (a notification's Open) shows that in-app route, and ignores others", async () => {
    backend.emit({ type: 'open-route', route: '/reminders' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('reminders'), { timeout: 10_000 });
    backend.emit({ type: 'open-route', route: '//evil.example/x' });
    backend.emit({ type: 'open-route', route: 'https://evil.example/' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.currentRoute.value.name).toBe('reminders');
  });
});
