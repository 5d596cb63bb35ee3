// Composes the backend a shell hosts: the vault session, the preferences file, the reminder service and
// the handler table, behind the single `dispatch` that both transports call.
import type { Clock } from './clock';
import { systemClock } from './clock';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { LaunchAtLoginHooks } from './handlers/context';
import { PrefsStore } from './prefs-store';
import { ReminderService } from './reminders/service';
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
  /** The OS locale (e.g. 'zh-CN'), for reminder notices when the user has not picked a language. */
  locale?: () => string;
  /** The shell's login-item switch; absent where the shell cannot do it (app.status says null). */
  launchAtLogin?: LaunchAtLoginHooks;
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
  const reminders = new ReminderService({
    session,
    prefs,
    clock,
    dataDir: options.dataDir,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const handlers = createHandlers({
    session,
    prefs,
    clock,
    shell: options.shell,
    appVersion: options.appVersion,
    reminders,
    ...(options.launchAtLogin ? { launchAtLogin: options.launchAtLogin } : {}),
  });
  const dispatch = createDispatch({
    handlers,
    isUnlocked: () => session.isUnlocked(),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {}),
  });
  return {
    dispatch,
    lock: () => {
      reminders.beforeLock();
      session.lock();
    },
    isUnlocked: () => session.isUnlocked(),
    close: () => {
      reminders.beforeLock();
      session.lock();
    },
  };
}
