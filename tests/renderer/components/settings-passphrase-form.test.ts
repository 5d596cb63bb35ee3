// @vitest-environment happy-dom
// Changing the passphrase: the new one is checked (length, typed twice) before anything is sent, a wrong
// current passphrase is shown on its own field, and the right one re-wraps and clears the form.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../../src/renderer/src/api';
import SettingsPassphraseForm from '../../../src/renderer/src/components/settings/SettingsPassphraseForm.vue';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { FakeBackend } from '../fake-backend';
import { mountApp, settle } from './mount-app';

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.status = { ...backend.status, vault: 'unlocked' };
  backend.passphrase = 'quiet river lantern 42';
  setTransport(backend.transport());
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('SettingsPassphraseForm in %s', (language, m) => {
  async function fill(current: string, next: string, confirm: string) {
    const wrapper = mountApp(SettingsPassphraseForm, { language });
    await settle();
    const [currentField, nextField, confirmField] = wrapper.findAll('input[type="password"]');
    await currentField?.setValue(current);
    await nextField?.setValue(next);
    await confirmField?.setValue(confirm);
    await wrapper.find('form').trigger('submit');
    await settle();
    return wrapper;
  }

  it('refuses a short or mismatched new passphrase without calling the backend', async () => {
    const wrapper = await fill('quiet river lantern 42', 'short', 'different');
    expect(wrapper.text()).toContain(m.firstRun.tooShort.replace('{min}', '10'));
    expect(wrapper.text()).toContain(m.firstRun.mismatch);
    expect(backend.calls.some((c) => c.method === 'vault.changePassphrase')).toBe(false);
    wrapper.unmount();
  });

  it('shows a wrong current passphrase on its field, then changes it with the right one', async () => {
    const wrong = await fill('not the passphrase', 'a brand new passphrase', 'a brand new passphrase');
    expect(wrong.text()).toContain(m.errors.WRONG_SECRET);
    expect(backend.passphrase).toBe('quiet river lantern 42');
    wrong.unmount();

    const right = await fill('quiet river lantern 42', 'a brand new passphrase', 'a brand new passphrase');
    expect(backend.passphrase).toBe('a brand new passphrase');
    const values = right.findAll('input[type="password"]').map((input) => (input.element as HTMLInputElement).value);
    expect(values).toEqual(['', '', '']);
    right.unmount();
  });
});
