// Names both shells and the renderer must agree on: the IPC channels, the HTTP paths and header.
import type { ApiResult } from './errors';

/** ipcMain.handle channel that carries every API call in the desktop app. */
export const INVOKE_CHANNEL = 'quietledger:invoke';
/** Channel for events pushed from the main process to the window. */
export const EVENT_CHANNEL = 'quietledger:event';

/** Browser mode: POST `${HTTP_API_PREFIX}<method>` with the JSON input as body. */
export const HTTP_API_PREFIX = '/api/';
/** Browser mode: the per-launch secret travels in this header. */
export const HTTP_SECRET_HEADER = 'x-quietledger-secret';
/** Browser mode: the URL fragment key that hands the secret to the page (`#secret=…`). */
export const SECRET_FRAGMENT_KEY = 'secret';

/** Events the shell may push to the UI. They carry no user data. */
export type AppEvent =
  | { type: 'vault-locked' }
  | { type: 'lock-requested' }
  /** The shell's reminder tick changed what needs attention (Electron; browser mode polls instead). */
  | { type: 'reminders-changed'; attentionCount: number }
  /** A notification's "Open" (or the tray) asks the page to show a route, e.g. '/reminders'. */
  | { type: 'open-route'; route: string };

/** The global name under which the preload exposes the bridge (`window.quietLedger`). */
export const BRIDGE_KEY = 'quietLedger';

/** What the preload exposes to the renderer, and nothing more. */
export interface QuietLedgerBridge {
  /** Calls one API method; resolves with the dispatcher's result as data, never rejects for domain errors. */
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to shell events; returns the unsubscribe function. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

/**
 * The page's Content-Security-Policy, sent as a header by both shells. Must stay identical to the meta
 * tag in src/renderer/index.html (tests compare them): no inline script and no eval anywhere; inline
 * styles only because Naive UI injects its styles at run time.
 */
export const PAGE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // Evidence recordings play from an in-memory blob: URL, never a file on disk.
  "media-src blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
