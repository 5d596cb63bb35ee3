// The preload's bridge: exactly `invoke` and `onEvent` under window.quietLedger, invoke going to the one
// IPC channel, and events reaching the page without the IpcRendererEvent (which carries `sender`).
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuietLedgerBridge } from '../../src/contract/transport';
import { BRIDGE_KEY, EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/contract/transport';

const fake = await vi.hoisted(async () => (await import('../main/support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

let bridge: QuietLedgerBridge;

beforeAll(async () => {
  await import('../../src/preload/index');
  expect(fake.module.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  bridge = fake.exposed.get(BRIDGE_KEY) as QuietLedgerBridge;
});

beforeEach(() => {
  fake.ipcRenderer.invoke.mockClear();
  fake.ipcRenderer.removeAllListeners();
});

const ipcEvent = () => ({ sender: fake.ipcRenderer, senderId: 0, ports: [] });

describe('what is exposed', () => {
  it('exposes one object, under quietLedger, with only invoke and onEvent', () => {
    expect(BRIDGE_KEY).toBe('quietLedger');
    expect([...fake.exposed.keys()]).toEqual(['quietLedger']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(bridge)).not.toContain(fake.ipcRenderer);
  });
});

describe('invoke', () => {
  it('sends method and input on the invoke channel and returns the reply', async () => {
    const reply = { ok: false, error: { code: 'VAULT_LOCKED', message: 'locked' } };
    fake.ipcRenderer.invoke.mockResolvedValueOnce(reply);
    await expect(bridge.invoke('loans.list', { x: 1 })).resolves.toBe(reply);
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(INVOKE_CHANNEL, 'loans.list', { x: 1 });
  });
});

describe('onEvent', () => {
  it('passes only the event payload, never the IpcRendererEvent', () => {
    const listener = vi.fn();
    bridge.onEvent(listener);
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), { type: 'vault-locked' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]).toEqual([{ type: 'vault-locked' }]);
    const [payload] = listener.mock.calls[0] as [object];
    expect(payload).not.toHaveProperty('sender');
  });

  it('drops payloads that are not shell events, and extra fields', () => {
    const listener = vi.fn();
    bridge.onEvent(listener);
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), { type: 'something-else' });
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), null);
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), { type: 'lock-requested', sender: fake.ipcRenderer });
    expect(listener.mock.calls).toEqual([[{ type: 'lock-requested' }]]);
  });

  it('passes the reminder events with their checked fields only', () => {
    const listener = vi.fn();
    bridge.onEvent(listener);
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), { type: 'reminders-changed', attentionCount: 3, extra: 'x' });
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), { type: 'open-route', route: '/reminders', sender: {} });
    expect(listener.mock.calls).toEqual([
      [{ type: 'reminders-changed', attentionCount: 3 }],
      [{ type: 'open-route', route: '/reminders' }],
    ]);
  });

  it.each([
    { type: 'reminders-changed' },
    { type: 'reminders-changed', attentionCount: -1 },
    { type: 'reminders-changed', attentionCount: 1.5 },
    { type: 'reminders-changed', attentionCount: '2' },
    { type: 'open-route' },
    { type: 'open-route', route: 'https://evil.example/' },
    { type: 'open-route', route: '//evil.example/' },
    { type: 'open-route', route: `/${'a'.repeat(300)}` },
  ])('drops a malformed reminder event %j', (payload) => {
    const listener = vi.fn();
    bridge.onEvent(listener);
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), payload);
    expect(listener).not.toHaveBeenCalled();
  });

  it('returns an unsubscribe that removes exactly its listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const off = bridge.onEvent(first);
    bridge.onEvent(second);
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(2);
    off();
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(1);
    fake.ipcRenderer.emit(EVENT_CHANNEL, ipcEvent(), { type: 'vault-locked' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
