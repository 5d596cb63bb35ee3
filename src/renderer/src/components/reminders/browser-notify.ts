// The browser's Notification API for browser mode: read the permission, ask only when the user clicks,
// and show a notice whose click brings the tab forward. The text is the backend's (discreet by default).
import type { ReminderNotice } from '../../../../contract/reminders';

export type NotifyPermission = NotificationPermission | 'unsupported';

export interface NotificationCtor {
  readonly permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): Notification;
}

function browserCtor(): NotificationCtor | null {
  return typeof globalThis.Notification === 'function' ? globalThis.Notification : null;
}

export function notifyPermission(ctor: NotificationCtor | null = browserCtor()): NotifyPermission {
  return ctor ? ctor.permission : 'unsupported';
}

/** Asks the browser; call only from a click, never on load. */
export async function requestNotifyPermission(ctor: NotificationCtor | null = browserCtor()): Promise<NotifyPermission> {
  if (!ctor) return 'unsupported';
  return ctor.requestPermission();
}

/** Shows the notice when permission was granted; `onOpen` runs when the user clicks it. */
export function showBrowserNotice(
  notice: ReminderNotice,
  onOpen: (route: string) => void,
  ctor: NotificationCtor | null = browserCtor(),
): Notification | null {
  if (!ctor || ctor.permission !== 'granted') return null;
  const shown = new ctor(notice.title, { body: notice.body, tag: notice.id });
  shown.onclick = () => {
    window.focus();
    onOpen(notice.route);
    shown.close();
  };
  return shown;
}
