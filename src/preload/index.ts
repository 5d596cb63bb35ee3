// The sandboxed preload: exposes exactly two functions to the page, `invoke` and `onEvent`, and never
// ipcRenderer itself or the IpcRendererEvent (which would hand the page a way to send on any channel).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiResult } from '../contract/errors';
import type { AppEvent, QuietLedgerBridge } from '../contract/transport';
import { BRIDGE_KEY, EVENT_CHANNEL, INVOKE_CHANNEL } from '../contract/transport';

const EVENT_TYPES: ReadonlySet<string> = new Set<AppEvent['type']>(['vault-locked', 'lock-requested']);

function isAppEvent(value: unknown): value is AppEvent {
  return typeof value === 'object' && value !== null && 'type' in value && EVENT_TYPES.has(String(value.type));
}

const bridge: QuietLedgerBridge = {
  invoke(method: string, input: unknown): Promise<ApiResult<unknown>> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, method, input);
  },
  onEvent(listener: (event: AppEvent) => void): () => void {
    const forward = (_event: IpcRendererEvent, payload: unknown): void => {
      if (isAppEvent(payload)) listener({ type: payload.type });
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
