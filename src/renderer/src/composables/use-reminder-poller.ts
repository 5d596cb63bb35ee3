// Keeps reminders moving. In browser mode nothing else runs the backend's tick, so the page polls every
// 30 s and when it comes back into view; inside Electron the shell ticks and only tells the page
// ('reminders-changed'), so the page never polls there.
import { onBeforeUnmount, onMounted } from 'vue';
import type { ReminderNotice, ReminderPoll } from '../../../contract/reminders';
import type { AppEvent } from '../../../contract/transport';
import { api } from '../api';
import { useAppStore } from '../stores/app';
import { useRemindersStore } from '../stores/reminders';

export const POLL_INTERVAL_MS = 30_000;

export interface BrowserPollerEnv {
  win: Pick<Window, 'setInterval' | 'clearInterval' | 'addEventListener' | 'removeEventListener'>;
  doc: Pick<Document, 'addEventListener' | 'removeEventListener' | 'visibilityState'>;
}

export interface BrowserPoller {
  /**
   * Polls now; while a poll is running, asks for one more right after it (focus and visibilitychange
   * often fire together, and a tick during a slow poll must not be lost).
   */
  pollNow(): Promise<void>;
  stop(): void;
}

/**
 * Polls at once, then on a steady interval and whenever the tab becomes visible or focused. Requests
 * during a running poll become one follow-up poll. A failed poll is reported; the next tick tries again.
 */
export function startBrowserPoller(
  poll: () => Promise<ReminderPoll>,
  onResult: (result: ReminderPoll) => void,
  onError: (error: unknown) => void,
  env: BrowserPollerEnv = { win: window, doc: document },
): BrowserPoller {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const pollNow = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = poll()
      .then((result) => {
        if (!stopped) onResult(result);
      }, onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void pollNow();
        }
      });
    return running;
  };
  const onVisible = (): void => {
    if (env.doc.visibilityState === 'visible') void pollNow();
  };
  const onFocus = (): void => void pollNow();
  const timer = env.win.setInterval(() => void pollNow(), POLL_INTERVAL_MS);
  env.doc.addEventListener('visibilitychange', onVisible);
  env.win.addEventListener('focus', onFocus);
  void pollNow();
  return {
    pollNow,
    stop() {
      stopped = true;
      env.win.clearInterval(timer);
      env.doc.removeEventListener('visibilitychange', onVisible);
      env.win.removeEventListener('focus', onFocus);
    },
  };
}

export interface ReminderPollerHooks {
  /** New notices from a browser-mode poll, in the order to show them. */
  onNotices(notices: ReminderNotice[]): void;
  onError?(error: unknown): void;
}

/**
 * Mounted once in the unlocked shell (so its first poll is the one "right after unlock"). Reloads the
 * overview whenever what needs attention may have changed, which also brings up the away panel.
 */
export function useReminderPoller(hooks: ReminderPollerHooks): { pollNow(): Promise<void> } {
  const app = useAppStore();
  const reminders = useRemindersStore();
  let poller: BrowserPoller | null = null;
  let offEvent: (() => void) | null = null;

  const refresh = (): void => {
    if (app.vault === 'unlocked') void reminders.fetchOverview().catch(() => undefined);
  };

  const onResult = (result: ReminderPoll): void => {
    if (result.notices.length > 0) hooks.onNotices(result.notices);
    const known = reminders.overview?.attention.length;
    if (result.notices.length > 0 || known !== result.attentionCount) refresh();
  };

  const onEvent = (event: AppEvent): void => {
    if (event.type !== 'reminders-changed') return;
    reminders.setReportedCount(event.attentionCount);
    refresh();
  };

  onMounted(() => {
    if (app.status?.shell === 'electron') {
      offEvent = api().onEvent(onEvent);
      refresh();
    } else {
      // The first poll runs the tick; the overview (away panel, attention list) is loaded after it.
      poller = startBrowserPoller(() => reminders.poll(), onResult, (error) => {
        hooks.onError?.(error);
        refresh();
      });
    }
  });
  onBeforeUnmount(() => {
    poller?.stop();
    offEvent?.();
  });

  return { pollNow: () => poller?.pollNow() ?? Promise.resolve() };
}
