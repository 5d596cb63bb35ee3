// The two ways the UI reaches the backend: the preload bridge inside Electron, or loopback HTTP with a
// per-launch secret in browser mode. Both resolve to the dispatcher's ApiResult as plain data.
import type { ApiResult } from '../../../contract/errors';
import { ERROR_CODES } from '../../../contract/errors';
import type { AppEvent, QuietLedgerBridge } from '../../../contract/transport';
import { HTTP_API_PREFIX, HTTP_SECRET_HEADER } from '../../../contract/transport';
import { ApiError } from './api-error';

export interface Transport {
  readonly kind: 'bridge' | 'http';
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
  /** Shell events; browser mode has none yet, so its subscription is a no-op. */
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export function createBridgeTransport(bridge: QuietLedgerBridge): Transport {
  return {
    kind: 'bridge',
    call: (method, input) => bridge.invoke(method, input),
    onEvent: (listener) => bridge.onEvent(listener),
  };
}

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export function createHttpTransport(options: { secret: string | null; fetch: FetchLike; baseUrl?: string }): Transport {
  const base = options.baseUrl ?? '';
  return {
    kind: 'http',
    async call(method, input) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.secret) headers[HTTP_SECRET_HEADER] = options.secret;
      let response: Response;
      try {
        response = await options.fetch(`${base}${HTTP_API_PREFIX}${method}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(input ?? {}),
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch {
        throw new ApiError('UNREACHABLE', 'Cannot reach QuietLedger: the local service did not answer.');
      }
      const body = await readJson(response);
      if (isApiResult(body)) return body;
      if (response.status === 401 || response.status === 403) {
        throw new ApiError('UNAUTHORIZED', 'This page is not connected to the running QuietLedger (secret refused).');
      }
      throw new ApiError('INTERNAL', `Unexpected answer from QuietLedger (HTTP ${response.status}).`);
    },
    onEvent: () => () => undefined,
  };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/** A light shape check: the body came over the network, so it is not trusted to be an ApiResult. */
export function isApiResult(value: unknown): value is ApiResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !('error' in value)) return false;
  const error = value.error;
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    KNOWN_CODES.has(error.code)
  );
}
