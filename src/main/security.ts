// Hardening for every web contents and the session: no navigating away, no new windows or webviews, no
// permission but clipboard write, and links leave the app only through an allowlist.
import { shell, type Session, type WebContents } from 'electron';
import type { TrustedOrigin } from './origin';

/** https hosts that `openExternalSafely` may hand to the OS browser; exact host names only. */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [];

/** True for a plain https URL on an allowlisted host (no credentials, no custom port). */
export function isAllowedExternalUrl(url: string, allowlist: readonly string[] = EXTERNAL_HOST_ALLOWLIST): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    allowlist.includes(parsed.hostname)
  );
}

/** Opens the URL in the user's browser only when allowlisted; returns whether it did. */
export async function openExternalSafely(
  url: string,
  allowlist: readonly string[] = EXTERNAL_HOST_ALLOWLIST,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowlist)) return false;
  await shell.openExternal(url);
  return true;
}

/** Navigation, redirects, new windows and webviews: only our own origin may be shown, nothing opens. */
export function hardenWebContents(contents: WebContents, origin: TrustedOrigin): void {
  const guardNavigation = (event: { url: string; preventDefault(): void }): void => {
    if (!origin.isTrusted(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url).catch(() => undefined);
    return { action: 'deny' };
  });
}

/**
 * Writing text to the clipboard is the one thing the page may do (the "copy recovery key" button), and
 * only from our own origin's main frame. Reading it, and every other permission, is refused.
 */
const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

/** No camera, microphone, notifications, clipboard read, geolocation, devices or anything else. */
export function hardenSession(target: Session, origin: TrustedOrigin): void {
  target.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === ALLOWED_PERMISSION && details.isMainFrame && origin.isTrusted(details.requestingUrl)),
  );
  target.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      permission === ALLOWED_PERMISSION && details.isMainFrame && origin.isTrusted(requestingOrigin),
  );
  target.setDevicePermissionHandler(() => false);
}
