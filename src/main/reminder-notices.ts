// Shows the backend's reminder notices as OS notifications. The text arrives already worded (discreet
// unless the user chose detailed text); this module adds only the button labels and keeps each shown
// notification referenced, since a collected Notification silently loses its click and action handlers.
import { Notification, type NotificationConstructorOptions } from 'electron';
import type { Language } from '../contract/prefs';
import type { ReminderNotice } from '../contract/reminders';

export type NoticeAction = 'paid' | 'snooze';

const ACTION_LABELS: Readonly<Record<Language, Record<NoticeAction, string>>> = {
  en: { paid: 'Mark paid', snooze: 'Snooze until tomorrow' },
  'zh-CN': { paid: '标记已还', snooze: '明天再提醒' },
};

/** Notifications on other platforms stay alive in the OS centre for a while; this many is plenty. */
export const MAX_KEPT_NOTIFICATIONS = 50;

/** Electron shows notification buttons on macOS and Windows only. */
export function platformHasActions(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

/** The buttons for a notice, in the order their indexes arrive in the 'action' event. */
export function noticeActions(notice: ReminderNotice, platform: NodeJS.Platform): NoticeAction[] {
  if (!platformHasActions(platform)) return [];
  return notice.canMarkPaid ? ['paid', 'snooze'] : ['snooze'];
}

export function notificationOptions(
  notice: ReminderNotice,
  actions: readonly NoticeAction[],
  language: Language,
): NotificationConstructorOptions {
  return {
    title: notice.title,
    body: notice.body,
    silent: false,
    ...(actions.length > 0
      ? { actions: actions.map((action) => ({ type: 'button' as const, text: ACTION_LABELS[language][action] })) }
      : {}),
  };
}

export interface NoticeHandlers {
  /** The notification's body was clicked: "Open". */
  onOpen(notice: ReminderNotice): void;
  onAction(notice: ReminderNotice, action: NoticeAction): void;
}

/** Shows notices and holds the live ones until the user or the OS is done with them. */
export class NotificationShelf {
  private readonly live = new Map<string, Notification>();

  constructor(
    private readonly platform: NodeJS.Platform,
    private readonly handlers: NoticeHandlers,
  ) {}

  /** Returns false when the OS has no notification support (the tray count and the app still show it). */
  show(notice: ReminderNotice, language: Language): boolean {
    if (!Notification.isSupported()) return false;
    const actions = noticeActions(notice, this.platform);
    const notification = new Notification(notificationOptions(notice, actions, language));
    const key = notice.id;
    const release = (): void => {
      if (this.live.get(key) === notification) this.live.delete(key);
    };
    notification.on('click', () => {
      release();
      this.handlers.onOpen(notice);
    });
    notification.on('action', (details: { actionIndex?: number }, legacyIndex?: number) => {
      release();
      const index = typeof details?.actionIndex === 'number' ? details.actionIndex : legacyIndex;
      const action = index === undefined ? undefined : actions[index];
      if (action) this.handlers.onAction(notice, action);
    });
    notification.on('close', release);
    notification.on('failed', release);
    this.keep(key, notification);
    notification.show();
    return true;
  }

  /** How many notifications are held; for tests and diagnostics. */
  get size(): number {
    return this.live.size;
  }

  private keep(key: string, notification: Notification): void {
    this.live.delete(key);
    this.live.set(key, notification);
    while (this.live.size > MAX_KEPT_NOTIFICATIONS) {
      const oldest = this.live.keys().next().value;
      if (oldest === undefined) break;
      this.live.delete(oldest);
    }
  }
}
