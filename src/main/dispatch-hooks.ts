// The window's calls go through main; a few of them change what the reminder tick would say or count
// (unlocking turns on catch-up in detail, a payment resolves reminders, the language changes the tray),
// so main re-polls right after they succeed instead of waiting up to 30 s for the next tick.
import type { Dispatch } from '../backend/dispatch';
import type { MethodName } from '../contract';

export const REPOLL_AFTER: ReadonlySet<MethodName> = new Set<MethodName>([
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'prefs.set',
  'loans.create',
  'loans.update',
  'loans.delete',
  'loans.recordPayment',
  'loans.deletePayment',
  'transfer.commit',
  'transfer.importJson',
  'reminders.act',
  'reminders.ackAway',
  'reminders.setSettings',
  'reminders.saveLoanEscalation',
]);

/** Wraps `dispatch` so that a successful call to one of REPOLL_AFTER triggers `repoll` once it returns. */
export function withRepoll(dispatch: Dispatch, repoll: () => void): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    if (result.ok && typeof method === 'string' && (REPOLL_AFTER as ReadonlySet<string>).has(method)) repoll();
    return result;
  };
}
