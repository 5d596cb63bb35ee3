// Reminder delivery against the fake Electron and a fake dispatch: notices become OS notifications with
// the backend's own words, their buttons act on the right occurrence, a click opens the route, and the
// window hears about attention changes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../src/contract/errors';
import type { ReminderNotice, ReminderPoll } from '../../src/contract/reminders';
import type { AppEvent } from '../../src/contract/transport';

const fake = await vi.hoisted(async () => (await import('./support/fake-electron')).createFakeElectron());
vi.mock('electron', () => fake.module);

const { FakeNotification } = await import('./support/fake-electron');
const { createReminderDelivery } = await import('../../src/main/reminders');
const { MAX_KEPT_NOTIFICATIONS, NotificationShelf } = await import('../../src/main/reminder-notices');

const LOAN = '0b7f1c9e-3d1a-4c1e-9b7a-2f4e6d8c0a11';

function notice(overrides: Partial<ReminderNotice> = {}): ReminderNotice {
  return {
    id: `${LOAN}:3:before-due:3`,
    occurrenceIds: [`${LOAN}:3:before-due:3`],
    title: 'QuietLedger',
    body: 'A payment is due in 3 days',
    canMarkPaid: true,
    route: `/loans/${LOAN}`,
    ...overrides,
  };
}

function harness(platform: NodeJS.Platform = 'darwin', language: 'en' | 'zh-CN' = 'en') {
  const state: { polls: ReminderPoll[]; actResult: ApiResult<unknown> } = {
    polls: [],
    actResult: { ok: true, value: null },
  };
  const dispatch = vi.fn(async (method: unknown, _input?: unknown): Promise<ApiResult<unknown>> => {
    if (method === 'reminders.poll') {
      return { ok: true, value: state.polls.shift() ?? { notices: [], attentionCount: 0 } };
    }
    if (method === 'reminders.act') return state.actResult;
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: 'no' } };
  });
  const openRoute = vi.fn<(route: string) => void>();
  const sendEvent = vi.fn<(event: AppEvent) => void>();
  const onAttentionCount = vi.fn<(count: number) => void>();
  const delivery = createReminderDelivery({
    dispatch,
    platform,
    language: async () => language,
    openRoute,
    sendEvent,
    onAttentionCount,
  });
  return {
    dispatch,
    openRoute,
    sendEvent,
    onAttentionCount,
    delivery,
    get polls() {
      return state.polls;
    },
    set actResult(result: ApiResult<unknown>) {
      state.actResult = result;
    },
  };
}

type Harness = ReturnType<typeof harness>;

function shown(index = 0): InstanceType<typeof FakeNotification> {
  const n = FakeNotification.instances[index];
  if (!n) throw new Error(`no notification #${index}`);
  return n;
}

const calls = (h: Harness, method: string) => h.dispatch.mock.calls.filter(([m]) => m === method);

beforeEach(() => fake.reset());

describe('showing notices', () => {
  it('shows one OS notification per notice, with the notice’s own title and body, not silent', async () => {
    const h = harness();
    h.polls.push({ notices: [notice(), notice({ id: 'b', body: 'A payment is due today' })], attentionCount: 2 });
    await h.delivery.poll();
    expect(FakeNotification.instances).toHaveLength(2);
    expect(shown(0).options).toMatchObject({ title: 'QuietLedger', body: 'A payment is due in 3 days', silent: false });
    expect(shown(1).options.body).toBe('A payment is due today');
    expect(shown(0).show).toHaveBeenCalledTimes(1);
    expect(h.dispatch).toHaveBeenCalledWith('reminders.poll', {});
  });

  it('offers Mark paid and Snooze on macOS, Snooze only when it cannot be marked paid', async () => {
    const h = harness('darwin');
    h.polls.push({ notices: [notice(), notice({ id: 'g', canMarkPaid: false })], attentionCount: 1 });
    await h.delivery.poll();
    expect(shown(0).options.actions).toEqual([
      { type: 'button', text: 'Mark paid' },
      { type: 'button', text: 'Snooze until tomorrow' },
    ]);
    expect(shown(1).options.actions).toEqual([{ type: 'button', text: 'Snooze until tomorrow' }]);
  });

  it('labels the buttons in Chinese for a Chinese user', async () => {
    const h = harness('darwin', 'zh-CN');
    h.polls.push({ notices: [notice()], attentionCount: 1 });
    await h.delivery.poll();
    expect(shown().options.actions?.map((a) => a.text)).toEqual(['标记已还', '明天再提醒']);
  });

  it('adds no buttons on Linux, where Electron cannot show them', async () => {
    const h = harness('linux');
    h.polls.push({ notices: [notice()], attentionCount: 1 });
    await h.delivery.poll();
    expect(shown().options).not.toHaveProperty('actions');
  });

  it('shows nothing where notifications are unsupported, but still reports the count', async () => {
    FakeNotification.supported = false;
    const h = harness();
    h.polls.push({ notices: [notice()], attentionCount: 4 });
    await h.delivery.poll();
    expect(FakeNotification.instances).toHaveLength(0);
    expect(h.onAttentionCount).toHaveBeenCalledWith(4);
  });

  it('holds each shown notification until it is clicked or closed, and never more than a bounded number', () => {
    const shelf = new NotificationShelf('linux', { onOpen: vi.fn(), onAction: vi.fn() });
    shelf.show(notice({ id: 'a' }), 'en');
    shelf.show(notice({ id: 'b' }), 'en');
    expect(shelf.size).toBe(2);
    shown(0).emit('close', {});
    shown(1).emit('click', {});
    expect(shelf.size).toBe(0);
    for (let i = 0; i < MAX_KEPT_NOTIFICATIONS + 5; i += 1) shelf.show(notice({ id: `n${i}` }), 'en');
    expect(shelf.size).toBe(MAX_KEPT_NOTIFICATIONS);
  });
});

describe('buttons and clicks', () => {
  it('Mark paid (index 0) acts on the notice’s occurrence with action paid, then re-polls', async () => {
    const h = harness('darwin');
    h.polls.push({ notices: [notice()], attentionCount: 1 });
    await h.delivery.poll();
    shown().pressAction(0);
    await vi.waitFor(() => expect(calls(h, 'reminders.poll')).toHaveLength(2));
    expect(calls(h, 'reminders.act')).toEqual([['reminders.act', { id: `${LOAN}:3:before-due:3`, action: 'paid' }]]);
    expect(h.openRoute).not.toHaveBeenCalled();
  });

  it('Snooze (index 1) snoozes until tomorrow', async () => {
    const h = harness('darwin');
    h.polls.push({ notices: [notice()], attentionCount: 1 });
    await h.delivery.poll();
    shown().pressAction(1);
    await vi.waitFor(() => expect(calls(h, 'reminders.act')).toHaveLength(1));
    expect(calls(h, 'reminders.act')[0]).toEqual([
      'reminders.act',
      { id: `${LOAN}:3:before-due:3`, action: 'snooze', until: 'tomorrow' },
    ]);
  });

  it('Snooze on a notice without Mark paid is index 0', async () => {
    const h = harness('win32');
    h.polls.push({ notices: [notice({ canMarkPaid: false })], attentionCount: 1 });
    await h.delivery.poll();
    shown().pressAction(0);
    await vi.waitFor(() => expect(calls(h, 'reminders.act')).toHaveLength(1));
    expect(calls(h, 'reminders.act')[0]?.[1]).toMatchObject({ action: 'snooze', until: 'tomorrow' });
  });

  it('Snooze on a grouped notice snoozes every occurrence it speaks for', async () => {
    const h = harness('darwin');
    const ids = [`${LOAN}:1:overdue:3`, `${LOAN}:2:before-due:1`];
    h.polls.push({ notices: [notice({ id: 'away:x', occurrenceIds: ids, canMarkPaid: false })], attentionCount: 2 });
    await h.delivery.poll();
    shown().pressAction(0);
    await vi.waitFor(() => expect(calls(h, 'reminders.act')).toHaveLength(2));
    expect(calls(h, 'reminders.act').map(([, input]) => input)).toEqual(
      ids.map((id) => ({ id, action: 'snooze', until: 'tomorrow' })),
    );
  });

  it('opens the app on the reminder when Mark paid is refused (the vault locked meanwhile)', async () => {
    const h = harness('darwin');
    h.actResult = { ok: false, error: { code: 'VAULT_LOCKED', message: 'The vault is locked' } };
    h.polls.push({ notices: [notice()], attentionCount: 1 });
    await h.delivery.poll();
    shown().pressAction(0);
    await vi.waitFor(() => expect(h.openRoute).toHaveBeenCalledWith(`/loans/${LOAN}`));
  });

  it('ignores an index with no button behind it', async () => {
    const h = harness('darwin');
    h.polls.push({ notices: [notice({ canMarkPaid: false })], attentionCount: 1 });
    await h.delivery.poll();
    shown().pressAction(3);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(calls(h, 'reminders.act')).toHaveLength(0);
  });

  it('a click opens the window on the notice’s route', async () => {
    const h = harness('linux');
    h.polls.push({ notices: [notice({ route: '/reminders' })], attentionCount: 1 });
    await h.delivery.poll();
    shown().emit('click', {});
    expect(h.openRoute).toHaveBeenCalledWith('/reminders');
  });
});

describe('telling the window and the tray', () => {
  it('sends reminders-changed when notices came or the count moved, and not otherwise', async () => {
    const h = harness();
    h.polls.push(
      { notices: [], attentionCount: 0 },
      { notices: [], attentionCount: 0 },
      { notices: [notice()], attentionCount: 0 },
      { notices: [], attentionCount: 2 },
    );
    for (let i = 0; i < 4; i += 1) await h.delivery.poll();
    expect(h.sendEvent.mock.calls).toEqual([
      [{ type: 'reminders-changed', attentionCount: 0 }],
      [{ type: 'reminders-changed', attentionCount: 0 }],
      [{ type: 'reminders-changed', attentionCount: 2 }],
    ]);
    expect(h.onAttentionCount.mock.calls.map(([count]) => count)).toEqual([0, 0, 0, 2]);
  });

  it('does nothing with a failed poll, and polls again next time', async () => {
    const h = harness();
    h.dispatch.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'x' } });
    await h.delivery.poll();
    expect(h.sendEvent).not.toHaveBeenCalled();
    h.polls.push({ notices: [], attentionCount: 1 });
    await h.delivery.poll();
    expect(h.onAttentionCount).toHaveBeenCalledWith(1);
  });

  it('coalesces triggers during a running poll into exactly one more', async () => {
    const h = harness();
    let release: () => void = () => undefined;
    h.dispatch.mockImplementationOnce(
      () =>
        new Promise((resolve) => {
          release = () => resolve({ ok: true, value: { notices: [], attentionCount: 0 } });
        }),
    );
    const first = h.delivery.poll();
    const second = h.delivery.poll();
    const third = h.delivery.poll();
    expect(second).toBe(third);
    release();
    await Promise.all([first, second, third]);
    expect(calls(h, 'reminders.poll')).toHaveLength(2);
  });
});
