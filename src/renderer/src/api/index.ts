// The app-wide API client. main.ts installs the real transport at start; tests install a fake one.
import type { Input, MethodName, Output } from '../../../contract';
import { BRIDGE_KEY } from '../../../contract/transport';
import { createApiClient, type ApiClient } from './client';
import { takeSecret } from './secret';
import { createBridgeTransport, createHttpTransport, type Transport } from './transport';

export { ApiError, isApiError, type UiErrorCode } from './api-error';
export type { ApiClient } from './client';
export type { Transport } from './transport';

let active: ApiClient | null = null;

/** Installs the transport every store call goes through. */
export function setTransport(transport: Transport): ApiClient {
  active = createApiClient(transport);
  return active;
}

export function api(): ApiClient {
  if (!active) throw new Error('API transport not installed: call setTransport() or installDefaultTransport() first');
  return active;
}

/** Shorthand for `api().invoke(...)`. */
export function invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
  return api().invoke(method, input);
}

/** Chooses the bridge when the preload exposed it, else HTTP with the secret from the fragment. */
export function installDefaultTransport(win: Window): ApiClient {
  const bridge = win[BRIDGE_KEY];
  if (bridge) return setTransport(createBridgeTransport(bridge));
  const secret = takeSecret({ location: win.location, history: win.history, storage: win.sessionStorage });
  return setTransport(createHttpTransport({ secret, fetch: (url, init) => win.fetch(url, init) }));
}
