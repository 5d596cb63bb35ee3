// The one dispatcher both transports call: it checks the method name, validates the input with the
// method's zod schema, refuses vault-bound methods while locked, runs the handler, and returns every
// outcome as data so nothing depends on how a transport carries exceptions.
import {
  DomainError,
  isMethodName,
  methods,
  type ApiResult,
  type MethodName,
  type Output,
  type ParsedInput,
} from '../contract';

export type Handler<M extends MethodName> = (input: ParsedInput<M>) => Output<M> | Promise<Output<M>>;
export type Handlers = { [M in MethodName]: Handler<M> };

export interface DispatchDeps {
  handlers: Handlers;
  isUnlocked: () => boolean;
  /** Where unexpected failures are reported; never receives inputs, which may hold secrets or user data. */
  onInternalError?: (method: MethodName, error: unknown) => void;
}

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

export function createDispatch(deps: DispatchDeps): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail('UNKNOWN_METHOD', `Unknown method: ${describe(method)}`);
    }
    const spec = methods[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: issue.message,
      }));
      return { ok: false, error: { code: 'INVALID_INPUT', message: `Invalid input for ${method}`, issues } };
    }
    if (spec.needsUnlocked && !deps.isUnlocked()) {
      return fail('VAULT_LOCKED', 'The vault is locked');
    }
    try {
      const handler: Handler<MethodName> = deps.handlers[method];
      const value: unknown = await handler(parsed.data);
      return { ok: true, value: value ?? null };
    } catch (error) {
      if (error instanceof DomainError) {
        return {
          ok: false,
          error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
        };
      }
      deps.onInternalError?.(method, error);
      return fail('INTERNAL', 'Something went wrong inside QuietLedger');
    }
  };
}

function fail(code: 'UNKNOWN_METHOD' | 'VAULT_LOCKED' | 'INTERNAL', message: string): ApiResult<never> {
  return { ok: false, error: { code, message } };
}

/** A short, safe description of a bad method name for the error message. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 80));
  return typeof value;
}
