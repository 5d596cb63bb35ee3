import { describe, expect, it, vi } from 'vitest';
import { createDispatch, type Handlers } from '../../src/backend/dispatch';
import { DomainError, METHOD_NAMES } from '../../src/contract';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  const base = Object.fromEntries(METHOD_NAMES.map((m) => [m, () => null])) as unknown as Handlers;
  return { ...base, ...overrides };
}

describe('dispatch', () => {
  it('refuses unknown methods without calling anything', async () => {
    const dispatch = createDispatch({ handlers: handlersWith({}), isUnlocked: () => true });
    expect(await dispatch('loans.drop', {})).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Unknown method: "loans.drop"' } });
    expect(await dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await dispatch('toString', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses vault-bound methods while locked, but serves app.status', async () => {
    const list = vi.fn(() => []);
    const dispatch = createDispatch({ handlers: handlersWith({ 'loans.list': list }), isUnlocked: () => false });
    expect(await dispatch('loans.list', undefined)).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(list).not.toHaveBeenCalled();
    expect(await dispatch('app.status', undefined)).toEqual({ ok: true, value: null });
  });

  it('carries a DomainError as data, with its field issues', async () => {
    const dispatch = createDispatch({
      handlers: handlersWith({
        'loans.get': () => {
          throw new DomainError('NOT_FOUND', 'gone', [{ path: ['id'], message: 'no such id' }]);
        },
      }),
      isUnlocked: () => true,
    });
    expect(await dispatch('loans.get', { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'gone', issues: [{ path: ['id'], message: 'no such id' }] },
    });
  });

  it('hides unexpected failures behind INTERNAL and reports them without the input', async () => {
    const onInternalError = vi.fn();
    const dispatch = createDispatch({
      handlers: handlersWith({
        'loans.list': () => {
          throw new TypeError('boom');
        },
      }),
      isUnlocked: () => true,
      onInternalError,
    });
    const result = await dispatch('loans.list', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside QuietLedger' } });
    expect(onInternalError).toHaveBeenCalledWith('loans.list', expect.any(TypeError));
  });
});
