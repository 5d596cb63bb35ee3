// The typed API client: `invoke('loans.create', input)` returns the method's output type or throws an
// ApiError. The transport is picked once at start (bridge in Electron, HTTP in a browser tab).
import type { Input, MethodName, Output } from '../../../contract';
import type { ApiResult } from '../../../contract/errors';
import type { AppEvent } from '../../../contract/transport';
import { ApiError } from './api-error';
import type { Transport } from './transport';

export interface ApiClient {
  readonly kind: Transport['kind'];
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Called with every ApiError before it is thrown (the app store uses it to notice VAULT_LOCKED). */
  onError(listener: (error: ApiError) => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  const errorListeners = new Set<(error: ApiError) => void>();
  const fail = (error: ApiError): never => {
    for (const listener of errorListeners) listener(error);
    throw error;
  };
  return {
    kind: transport.kind,
    async invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>> {
      let result: ApiResult<unknown>;
      try {
        result = await transport.call(method, input);
      } catch (caught) {
        if (caught instanceof ApiError) return fail(caught);
        return fail(new ApiError('UNREACHABLE', caught instanceof Error ? caught.message : String(caught)));
      }
      if (result.ok) return result.value as Output<M>;
      return fail(new ApiError(result.error.code, result.error.message, result.error.issues ?? []));
    },
    onEvent: (listener) => transport.onEvent(listener),
    onError(listener) {
      errorListeners.add(listener);
      return () => errorListeners.delete(listener);
    },
  };
}
