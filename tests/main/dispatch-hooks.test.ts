// Re-polling after the window's calls that change reminders: only on success, only for those methods,
// and the window still gets the dispatcher's own answer.
import { describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../src/contract/errors';
import { withRepoll } from '../../src/main/dispatch-hooks';

const ok: ApiResult<unknown> = { ok: true, value: null };
const locked: ApiResult<unknown> = { ok: false, error: { code: 'VAULT_LOCKED', message: 'locked' } };

describe('withRepoll', () => {
  it('re-polls right after the vault unlocks, and returns the result unchanged', async () => {
    const repoll = vi.fn();
    const dispatch = withRepoll(vi.fn(async () => ok), repoll);
    await expect(dispatch('vault.unlock', { method: 'passphrase', secret: 'x' })).resolves.toBe(ok);
    expect(repoll).toHaveBeenCalledTimes(1);
  });

  it.each(['vault.create', 'vault.lock', 'loans.recordPayment', 'reminders.act', 'prefs.set'])('re-polls after %s', async (method) => {
    const repoll = vi.fn();
    await withRepoll(vi.fn(async () => ok), repoll)(method, {});
    expect(repoll).toHaveBeenCalledTimes(1);
  });

  it('does not re-poll after a failed call, a read, the poll itself or a bad method name', async () => {
    const repoll = vi.fn();
    await withRepoll(vi.fn(async () => locked), repoll)('vault.unlock', {});
    const reads = withRepoll(vi.fn(async () => ok), repoll);
    await reads('loans.list', {});
    await reads('reminders.poll', {});
    await reads(42, {});
    expect(repoll).not.toHaveBeenCalled();
  });
});
