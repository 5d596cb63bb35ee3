// The one IPC entry point: every API call arrives on INVOKE_CHANNEL and goes to the backend's dispatch,
// but only after the sender is proven to be the main frame of our window showing our own origin.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { ApiResult } from '../contract/errors';
import { INVOKE_CHANNEL } from '../contract/transport';
import type { Backend } from '../backend/backend';
import type { TrustedOrigin } from './origin';

/**
 * What a refused call gets back. Refusals travel as data like every other failure (the renderer's client
 * handles one shape), and the handler never throws; the message names no detail of the check.
 */
export const REFUSED: ApiResult<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Refused: the call did not come from the QuietLedger window' },
};

/**
 * True only when the call comes from the top frame of `window`'s web contents and that frame shows the
 * trusted origin. A subframe, another window, a navigated-away page or a destroyed frame is refused.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  origin: TrustedOrigin,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const main = contents.mainFrame;
  const isMainFrame =
    frame.parent === null && frame.processId === main.processId && frame.frameToken === main.frameToken;
  return isMainFrame && origin.isTrusted(frame.url);
}

export interface IpcDeps {
  backend: Pick<Backend, 'dispatch'>;
  /** The window whose main frame may call; null while none is open. */
  getWindow: () => BrowserWindow | null;
  origin: TrustedOrigin;
}

/** Registers the invoke handler; returns a function that removes it. */
export function registerIpc(deps: IpcDeps): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, deps.getWindow(), deps.origin)) return REFUSED;
    return deps.backend.dispatch(method, input);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
