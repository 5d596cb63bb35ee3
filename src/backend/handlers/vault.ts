// Handlers for app status, preferences and the vault life cycle.
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

type VaultHandlers = Pick<
  Handlers,
  'app.status' | 'prefs.get' | 'prefs.set' | 'vault.create' | 'vault.unlock' | 'vault.lock' | 'vault.changePassphrase'
>;

export function vaultHandlers(ctx: HandlerContext): VaultHandlers {
  return {
    'app.status': () => ({
      vault: ctx.session.isUnlocked() ? 'unlocked' : ctx.session.exists() ? 'locked' : 'missing',
      appVersion: ctx.appVersion,
      shell: ctx.shell,
    }),
    'prefs.get': () => ctx.prefs.get(),
    'prefs.set': (input) => ctx.prefs.set(input),
    'vault.create': async ({ passphrase }) => ({ recoveryKey: await ctx.session.create(passphrase) }),
    'vault.unlock': async (input) => {
      await ctx.session.unlock(input);
      return null;
    },
    'vault.lock': () => {
      ctx.session.lock();
      return null;
    },
    'vault.changePassphrase': async ({ current, next }) => {
      await ctx.session.changePassphrase(current, next);
      return null;
    },
  };
}
