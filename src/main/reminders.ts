// Delivers reminders in the desktop app: each poll asks the backend (the one place that decides what is
// due) for new notices, shows them, and tells the window and the tray when the attention count moves.
// Main never words a reminder itself, so it can never put a lender or an amount on a lock screen.
import type { Dispatch } from '../backend/dispatch';
import type { Input } from '../contract';
import type { Language } from '../contract/prefs';
import type { ReminderNotice } from '../contract/reminders';
import type { AppEvent } from '../contract/transport';
import { callApi } from './api-call';
import { NotificationShelf, type NoticeAction } from './reminder-notices';

export interface ReminderDeliveryDeps {
  dispatch: Dispatch;
  platform: NodeJS.Platform;
  /** The language for the notification buttons. */
  language: () => Promise<Language>;
  /** Shows the window (creating it if closed) on `route`. */
  openRoute: (route: string) => void;
  /** Sends an event to the window, if one is open. */
  sendEvent: (event: AppEvent) => void;
  /** Called after every successful poll with the count (the tray keeps itself current). */
  onAttentionCount: (count: number) => void;
}

export interface ReminderDelivery {
  /** Polls now; a call while one runs queues exactly one more, so no trigger is lost and none piles up. */
  poll(): Promise<void>;
  /** Runs a notification button's action (exposed for the tray and tests). */
  act(notice: ReminderNotice, action: NoticeAction): Promise<void>;
}

export function createReminderDelivery(deps: ReminderDeliveryDeps): ReminderDelivery {
  let lastCount: number | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  const shelf = new NotificationShelf(deps.platform, {
    onOpen: (notice) => deps.openRoute(notice.route),
    onAction: (notice, action) => {
      void delivery.act(notice, action);
    },
  });

  async function pollOnce(): Promise<void> {
    const result = await callApi(deps.dispatch, 'reminders.poll', {});
    if (!result.ok) return;
    const { notices, attentionCount } = result.value;
    if (notices.length > 0) {
      const language = await deps.language();
      for (const notice of notices) shelf.show(notice, language);
    }
    if (notices.length > 0 || attentionCount !== lastCount) {
      lastCount = attentionCount;
      deps.sendEvent({ type: 'reminders-changed', attentionCount });
    }
    deps.onAttentionCount(attentionCount);
  }

  const delivery: ReminderDelivery = {
    poll() {
      if (!running) {
        // A failing poll must not stop the next one: the ticker keeps going and tries again in 30 s.
        running = pollOnce()
          .catch(() => undefined)
          .finally(() => {
            running = null;
          });
        return running;
      }
      queued ??= running.then(() => {
        queued = null;
        return delivery.poll();
      });
      return queued;
    },

    async act(notice, action) {
      const ids = action === 'paid' ? notice.occurrenceIds.slice(0, 1) : notice.occurrenceIds;
      let refused = false;
      for (const id of ids) {
        const input: Input<'reminders.act'> =
          action === 'paid' ? { id, action: 'paid' } : { id, action: 'snooze', until: 'tomorrow' };
        const result = await callApi(deps.dispatch, 'reminders.act', input);
        if (!result.ok) refused = true;
      }
      // E.g. "Mark paid" after the vault locked: the app opens on the reminder so nothing is silently lost.
      if (refused) deps.openRoute(notice.route);
      await delivery.poll();
    },
  };
  return delivery;
}
