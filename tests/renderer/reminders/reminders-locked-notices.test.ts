// @vitest-environment happy-dom
// Browser mode keeps reminding on the lock screen: the page polls the backend's (locked) tick and lists
// its discreet notices; inside Electron the shell notifies by itself, so the lock screen never polls.
import { afterEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../../src/renderer/src/api';
import RemindersLockedNotices from '../../../src/renderer/src/components/reminders/RemindersLockedNotices.vue';
import en from '../../../src/renderer/src/i18n/messages/en';
import { useAppStore } from '../../../src/renderer/src/stores/app';
import { mountApp, settle } from '../components/mount-app';
import { notice, RemindersScript } from './reminder-fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountLocked(shell: 'browser' | 'electron') {
  const script = new RemindersScript();
  script.backend.status = { ...script.backend.status, vault: 'locked', shell };
  setTransport(script.backend.transport());
  script.polls = [{ notices: [notice({ title: 'A payment is due in 3 days', body: 'Unlock QuietLedger to see it.' })], attentionCount: 1 }];
  const wrapper = mountApp(RemindersLockedNotices, { language: 'en' });
  // The status arrives after mount, as it can in the app: the poller waits for it.
  await useAppStore().refresh();
  await settle();
  return { script, wrapper };
}

describe('RemindersLockedNotices', () => {
  it('in browser mode, polls while locked and lists the discreet notice', async () => {
    const { script, wrapper } = await mountLocked('browser');
    expect(script.calls('reminders.poll')).toHaveLength(1);
    const text = wrapper.text();
    expect(text).toContain(en.reminders.locked.title);
    expect(text).toContain('A payment is due in 3 days');
    expect(wrapper.findAll('[data-testid="locked-notice"]')).toHaveLength(1);
    wrapper.unmount();
  });

  it('in Electron, leaves reminders to the shell and shows nothing', async () => {
    const { script, wrapper } = await mountLocked('electron');
    expect(script.calls('reminders.poll')).toHaveLength(0);
    expect(wrapper.find('[data-testid="locked-notices"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
