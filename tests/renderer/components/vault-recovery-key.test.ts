// @vitest-environment happy-dom
// The recovery key is shown grouped, and the user cannot go on before confirming it is written down.
import { afterEach, describe, expect, it } from 'vitest';
import VaultRecoveryKey from '../../../src/renderer/src/components/vault/VaultRecoveryKey.vue';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { mountApp, settle } from './mount-app';

afterEach(() => {
  document.body.innerHTML = '';
});

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('VaultRecoveryKey in %s', (language, m) => {
  it('shows the key in groups', () => {
    const wrapper = mountApp(VaultRecoveryKey, { language, props: { recoveryKey: 'ABCD-EFGH-JKLM-NPQR' } });
    const groups = wrapper.findAll('.recovery__group').map((group) => group.text());
    expect(groups).toEqual(['ABCD', 'EFGH', 'JKLM', 'NPQR']);
    wrapper.unmount();
  });

  it('keeps Continue disabled until "written down" is ticked', async () => {
    const done: unknown[] = [];
    const wrapper = mountApp(VaultRecoveryKey, {
      language,
      props: { recoveryKey: 'ABCD-EFGH', onDone: () => done.push(true) },
    });
    const button = wrapper.find('[data-testid="recovery-done"]');
    expect(button.text()).toBe(m.firstRun.done);
    expect(button.attributes('disabled')).toBeDefined();
    await button.trigger('click');
    expect(done).toEqual([]);

    expect(wrapper.text()).toContain(m.firstRun.confirmSaved);
    await wrapper.find('[data-testid="recovery-saved"]').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="recovery-done"]').attributes('disabled')).toBeUndefined();
    await wrapper.find('[data-testid="recovery-done"]').trigger('click');
    expect(done).toEqual([true]);
    wrapper.unmount();
  });
});
