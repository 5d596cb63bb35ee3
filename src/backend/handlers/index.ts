// The full handler table: one entry per contract method, assembled from the per-domain files.
import type { Handlers } from '../dispatch';
import { collectionHandlers } from './collection';
import type { HandlerContext } from './context';
import { paymentHandlers } from './loan-payments';
import { loanHandlers } from './loans';
import { rateHandlers } from './rates';
import { reminderHandlers } from './reminders';
import { transferHandlers } from './transfer';
import { vaultHandlers } from './vault';

export type { HandlerContext } from './context';

export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...vaultHandlers(ctx),
    ...loanHandlers(ctx),
    ...paymentHandlers(ctx),
    ...rateHandlers(ctx),
    ...transferHandlers(ctx),
    ...reminderHandlers(ctx),
    ...collectionHandlers(ctx),
  };
}
