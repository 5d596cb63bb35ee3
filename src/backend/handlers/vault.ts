// Handlers for app status (with the shell's launch-at-login switch), preferences and the vault life cycle.
import { DomainError, type AppStatus } from '../../contract';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type VaultHandlers = Pick<
  Handlers,
  | 'app.status'
  | 'app.setLaunchAtLogin'
  | 'prefs.get'
  | 'prefs.set'
  | 'vault.create'
  | 'vault.unlock'
  | 'vault.lock'
  | 'vault.changePassphrase'
>;

function status(ctx: HandlerContext): AppStatus {
  return {
    vault: ctx.session.isUnlocked() ? 'unlocked' : ctx.session.exists() ? 'locked' : 'missing',
    appVersion: ctx.appVersion,
    shell: ctx.shell,
    launchAtLogin: ctx.launchAtLogin ? ctx.launchAtLogin.get() : null,
  };
}

export function vaultHandlers(ctx: HandlerContext): VaultHandlers {
  return {
    'app.status': () => status(ctx),
    'app.setLaunchAtLogin': ({ enabled }) => {
      if (!ctx.launchAtLogin) throw new DomainError('UNSUPPORTED', 'This shell cannot start QuietLedger at login');
      ctx.launchAtLogin.set(enabled);
      return status(ctx);
    },
    'prefs.get': () => ctx.prefs.get(),
    'prefs.set': (input) => ctx.prefs.set(input),
    'vault.create': async ({ passphrase }) => ({ recoveryKey: await ctx.session.create(passphrase) }),
    'vault.unlock': async (input) => {
      await ctx.session.unlock(input);
      return null;
    },
    'vault.lock': () => {
      ctx.reminders.beforeLock();
      ctx.session.lock();
      return null;
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await ctx.session.changePassphrase(current, next);
      return null;
    },
  };
}
