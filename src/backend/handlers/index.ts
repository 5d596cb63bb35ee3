// The full handler table: one entry per contract method, assembled from the per-domain files.
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';
import { loanHandlers } from './loans';
import { vaultHandlers } from './vault';

export type { HandlerContext } from './context';

export function createHandlers(ctx: HandlerContext): Handlers {
  return { ...vaultHandlers(ctx), ...loanHandlers(ctx) };
}
