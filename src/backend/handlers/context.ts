// What every handler may use: the vault session, the preferences file, the clock and shell facts.
import type { Clock } from '../clock';
import type { PrefsStore } from '../prefs-store';
import type { VaultSession } from '../vault/session';

export interface HandlerContext {
  session: VaultSession;
  prefs: PrefsStore;
  clock: Clock;
  shell: 'electron' | 'browser';
  appVersion: string;
}
