// What every handler may use: the vault session, the preferences file, the clock, the reminder service
// and shell facts (including what the shell can do, such as launching at login).
import type { Clock } from '../clock';
import type { PrefsStore } from '../prefs-store';
import type { ReminderService } from '../reminders/service';
import type { VaultSession } from '../vault/session';

/** The shell's login-item switch (Electron only). */
export interface LaunchAtLoginHooks {
  get(): boolean;
  set(enabled: boolean): void;
}

export interface HandlerContext {
  session: VaultSession;
  prefs: PrefsStore;
  clock: Clock;
  shell: 'electron' | 'browser';
  appVersion: string;
  reminders: ReminderService;
  /** Absent where the shell cannot start the app at login (browser mode). */
  launchAtLogin?: LaunchAtLoginHooks;
}
