// @vitest-environment happy-dom
// The browser-mode poller on fake timers: a poll at once, then every 30 s and when the tab comes back,
// never two at a time (a request meanwhile runs once after), and nothing after stop. In the shell:
// Electron never polls and follows the shell's 'reminders-changed' events; browser mode hands new
// notices over and reloads the overview.
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { mount } from '@vue/test-utils';
import type { ReminderNotice, ReminderPoll } from '../../../src/contract/reminders';
import { setTransport } from '../../../src/renderer/src/api';
import { POLL_INTERVAL_MS, startBrowserPoller, useReminderPoller } from '../../../src/renderer/src/composables/use-reminder-poller';
import { useAppStore } from '../../../src/renderer/src/stores/app';
import { useRemindersStore } from '../../../src/renderer/src/stores/reminders';
import { item, notice, overview, RemindersScript } from './reminder-fixtures';

const EMPTY: ReminderPoll = { notices: [], attentionCount: 0 };

afterEach(() => {
  vi.useRealTimers();
});

describe('startBrowserPoller', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it('polls at once, then every 30 seconds, and stops cleanly', async () => {
    const poll = vi.fn(() => Promise.resolve(EMPTY));
    const results: ReminderPoll[] = [];
    const poller = startBrowserPoller(poll, (r) => results.push(r), () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS - 1);
    expect(poll).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(poll).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3);
    expect(poll).toHaveBeenCalledTimes(5);
    expect(results).toHaveLength(5);
    poller.stop();
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 3);
    window.dispatchEvent(new Event('focus'));
    expect(poll).toHaveBeenCalledTimes(5);
  });

  it('polls when the tab becomes visible or focused; requests during a poll become one follow-up poll', async () => {
    const releases: ((value: ReminderPoll) => void)[] = [];
    const poll = vi.fn(() => new Promise<ReminderPoll>((resolve) => releases.push(resolve)));
    const poller = startBrowserPoller(poll, () => undefined, () => undefined);
    expect(poll).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event('focus'));
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(poll).toHaveBeenCalledTimes(1);
    releases[0]?.(EMPTY);
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(2);
    releases[1]?.(EMPTY);
    await vi.advanceTimersByTimeAsync(0);
    expect(poll).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('focus'));
    expect(poll).toHaveBeenCalledTimes(3);
    releases[2]?.(EMPTY);
    await vi.advanceTimersByTimeAsync(0);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(poll).toHaveBeenCalledTimes(4);
    releases[3]?.(EMPTY);
    poller.stop();
  });

  it('reports a failed poll and tries again on the next tick', async () => {
    const poll = vi.fn().mockRejectedValueOnce(new Error('down')).mockResolvedValue(EMPTY);
    const errors: unknown[] = [];
    const results: ReminderPoll[] = [];
    const poller = startBrowserPoller(poll, (r) => results.push(r), (e) => errors.push(e));
    await vi.advanceTimersByTimeAsync(0);
    expect(errors).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(results).toEqual([EMPTY]);
    poller.stop();
  });
});

describe('useReminderPoller in the shell', () => {
  let script: RemindersScript;

  function mountPoller(onNotices: (n: ReminderNotice[]) => void) {
    const Probe = defineComponent({
      setup() {
        useReminderPoller({ onNotices });
        return () => h('div');
      },
    });
    return mount(Probe);
  }

  beforeEach(async () => {
    vi.useFakeTimers();
    script = new RemindersScript();
    script.backend.status = { ...script.backend.status, vault: 'unlocked' };
    setTransport(script.backend.transport());
    setActivePinia(createPinia());
    await useAppStore().refresh();
  });

  it('browser mode: polls, hands over new notices, reloads the overview and keeps polling', async () => {
    script.overview = overview({ attention: [item()] });
    script.polls = [{ notices: [notice()], attentionCount: 1 }];
    const seen: ReminderNotice[][] = [];
    const wrapper = mountPoller((n) => seen.push(n));
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([[notice()]]);
    expect(script.calls('reminders.overview')).toHaveLength(1);
    expect(useRemindersStore().attentionCount).toBe(1);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(script.calls('reminders.poll')).toHaveLength(2);
    expect(seen).toHaveLength(1);
    expect(script.calls('reminders.overview')).toHaveLength(1);
    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS);
    expect(script.calls('reminders.poll')).toHaveLength(2);
  });

  it('Electron: never polls; a reminders-changed event sets the badge and reloads the overview', async () => {
    script.backend.status = { ...script.backend.status, shell: 'electron' };
    await useAppStore().refresh();
    const wrapper = mountPoller(() => undefined);
    await vi.advanceTimersByTimeAsync(POLL_INTERVAL_MS * 4);
    expect(script.calls('reminders.poll')).toHaveLength(0);
    expect(script.calls('reminders.overview')).toHaveLength(1);
    script.overview = overview({ attention: [item(), item({ id: 'second' })] });
    script.backend.emit({ type: 'reminders-changed', attentionCount: 2 });
    await vi.advanceTimersByTimeAsync(0);
    expect(script.calls('reminders.overview')).toHaveLength(2);
    expect(useRemindersStore().attentionCount).toBe(2);
    wrapper.unmount();
    script.backend.emit({ type: 'reminders-changed', attentionCount: 5 });
    expect(script.calls('reminders.overview')).toHaveLength(2);
  });
});
