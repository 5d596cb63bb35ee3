// Composes the backend a shell hosts: the vault session, the preferences file and the handler table,
// behind the single `dispatch` that both transports call.
import type { Clock } from './clock';
import { systemClock } from './clock';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { PrefsStore } from './prefs-store';
import { VaultSession } from './vault/session';

export interface BackendOptions {
  /** The app's data folder; the vault lives in `<dataDir>/vault`. */
  dataDir: string;
  shell: 'electron' | 'browser';
  appVersion: string;
  clock?: Clock;
  /** Path to a better-sqlite3 addon built for this runtime's ABI (the Electron shell passes its own). */
  nativeBinding?: string;
  onInternalError?: (method: string, error: unknown) => void;
}

export interface Backend {
  dispatch: Dispatch;
  /** Locks the vault (closes the database, zeroes keys); safe to call when already locked. */
  lock(): void;
  isUnlocked(): boolean;
  /** Locks and releases everything; call on shutdown. */
  close(): void;
}

export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const session = new VaultSession({
    dir: `${options.dataDir}/vault`,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const prefs = new PrefsStore(`${options.dataDir}/prefs.json`);
  const handlers = createHandlers({ session, prefs, clock, shell: options.shell, appVersion: options.appVersion });
  const dispatch = createDispatch({
    handlers,
    isUnlocked: () => session.isUnlocked(),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
  return {
    dispatch,
    lock: () => session.lock(),
    isUnlocked: () => session.isUnlocked(),
    close: () => session.lock(),
  };
}
