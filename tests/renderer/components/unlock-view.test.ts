// @vitest-environment happy-dom
// Unlock: a wrong passphrase shows the translated WRONG_SECRET message inline and changes nothing;
// the right one opens the app.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { setTransport } from '../../../src/renderer/src/api';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { createAppRouter } from '../../../src/renderer/src/router';
import UnlockView from '../../../src/renderer/src/views/UnlockView.vue';
import { FakeBackend } from '../fake-backend';
import { mountApp, settle } from './mount-app';

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.status = { ...backend.status, vault: 'locked' };
  backend.passphrase = 'quiet river lantern 42';
  setTransport(backend.transport());
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('UnlockView in %s', (language, m) => {
  it('shows WRONG_SECRET inline for a wrong passphrase, then unlocks with the right one', async () => {
    const router = createAppRouter(createMemoryHistory());
    const wrapper = mountApp(UnlockView, { language, plugins: [router] });
    await router.push('/unlock');
    await settle();

    const field = wrapper.find('input[type="password"]');
    await field.setValue('not it');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.find('[data-testid="unlock-error"]').text()).toBe(m.errors.WRONG_SECRET);
    expect(backend.status.vault).toBe('locked');
    expect(router.currentRoute.value.name).toBe('unlock');

    await field.setValue('quiet river lantern 42');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(backend.status.vault).toBe('unlocked');
    // The app's routes are lazy chunks: wait for the navigation to finish loading them.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('overview'), { timeout: 10_000 });
    wrapper.unmount();
  });

  it('asks for input instead of calling the backend when the field is empty', async () => {
    const router = createAppRouter(createMemoryHistory());
    const wrapper = mountApp(UnlockView, { language, plugins: [router] });
    await router.push('/unlock');
    await settle();
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.find('[data-testid="unlock-error"]').text()).toBe(m.unlock.empty);
    expect(backend.calls.some((call) => call.method === 'vault.unlock')).toBe(false);
    wrapper.unmount();
  });
});
