// The sandboxed preload: exposes exactly two functions to the page, `invoke` and `onEvent`, and never
// ipcRenderer itself or the IpcRendererEvent (which would hand the page a way to send on any channel).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResult } from '../contract/errors';
import type { AppEvent, QuietLedgerBridge } from '../contract/transport';
import { BRIDGE_KEY, EVENT_CHANNEL, INVOKE_CHANNEL } from '../contract/transport';

/** Longest route a shell event may name; routes are short paths such as '/loans/<uuid>'. */
const MAX_ROUTE_LENGTH = 200;

/**
 * Rebuilds a shell event from the payload with only the fields its type allows, checked; anything else
 * is dropped, so the page never receives more than the AppEvent union describes.
 */
function toAppEvent(value: unknown): AppEvent | null {
  if (typeof value !== 'object' || value === null || !('type' in value)) return null;
  switch (value.type) {
    case 'vault-locked':
    case 'lock-requested':
      return { type: value.type };
    case 'reminders-changed': {
      const count = 'attentionCount' in value ? value.attentionCount : undefined;
      return typeof count === 'number' && Number.isInteger(count) && count >= 0
        ? { type: 'reminders-changed', attentionCount: count }
        : null;
    }
    case 'open-route': {
      const route = 'route' in value ? value.route : undefined;
      return typeof route === 'string' && route.startsWith('/') && !route.startsWith('//') && route.length <= MAX_ROUTE_LENGTH
        ? { type: 'open-route', route }
        : null;
    }
    default:
      return null;
  }
}

const bridge: QuietLedgerBridge = {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      const event = toAppEvent(payload);
      if (event) listener(event);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
