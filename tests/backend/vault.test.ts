import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, errorCode, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function setup() {
  const t = tempDir();
  cleanups.push(t.cleanup);
  const backend = makeBackend(t.dir);
  cleanups.push(() => backend.close());
  return { dir: t.dir, backend };
}

describe('vault', () => {
  it('is missing until created, then unlocked, and a second create is refused', async () => {
    const { backend } = setup();
    expect((await call(backend, 'app.status')).vault).toBe('missing');
    const { recoveryKey } = await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect((await call(backend, 'app.status')).vault).toBe('unlocked');
    expect(await errorCode(backend, 'vault.create', { passphrase: PASSPHRASE })).toBe('VAULT_EXISTS');
  });

  it('refuses a passphrase shorter than the minimum, naming the field', async () => {
    const { backend } = setup();
    const result = await backend.dispatch('vault.create', { passphrase: 'short' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(result.error.issues?.[0]?.path).toEqual(['passphrase']);
    }
    expect((await call(backend, 'app.status')).vault).toBe('missing');
  });

  it('locks, rejects a wrong passphrase without changing anything, and unlocks with the right one', async () => {
    const { dir, backend } = setup();
    await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    await call(backend, 'loans.create', sampleLoan);
    await call(backend, 'vault.lock');
    const headerBefore = readFileSync(join(dir, 'vault', 'vault.json'), 'utf8');
    expect(await errorCode(backend, 'loans.list')).toBe('VAULT_LOCKED');
    expect(await errorCode(backend, 'vault.unlock', { method: 'passphrase', secret: 'not the passphrase' })).toBe('WRONG_SECRET');
    expect((await call(backend, 'app.status')).vault).toBe('locked');
    expect(readFileSync(join(dir, 'vault', 'vault.json'), 'utf8')).toBe(headerBefore);
    await call(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(await call(backend, 'loans.list')).toHaveLength(1);
  });

  it('unlocks with the recovery key, typed loosely (lower case, spaces, O for 0)', async () => {
    const { backend } = setup();
    const { recoveryKey } = await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    await call(backend, 'vault.lock');
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    await call(backend, 'vault.unlock', { method: 'recovery-key', secret: typed });
    expect((await call(backend, 'app.status')).vault).toBe('unlocked');
    await call(backend, 'vault.lock');
    const flipped = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    expect(await errorCode(backend, 'vault.unlock', { method: 'recovery-key', secret: flipped })).toBe('WRONG_SECRET');
    expect(await errorCode(backend, 'vault.unlock', { method: 'recovery-key', secret: 'too-short' })).toBe('WRONG_SECRET');
  });

  it('changes the passphrase by re-wrapping the key: the ledger file is not rekeyed, the old passphrase stops working', async () => {
    const { dir, backend } = setup();
    const { recoveryKey } = await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    await call(backend, 'loans.create', sampleLoan);
    await call(backend, 'vault.lock');
    const ledgerBefore = readFileSync(join(dir, 'vault', 'ledger.db'));
    await call(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect(await errorCode(backend, 'vault.changePassphrase', { current: 'wrong wrong wrong', next: 'a new passphrase 42' })).toBe('WRONG_SECRET');
    await call(backend, 'vault.changePassphrase', { current: PASSPHRASE, next: 'a new passphrase 42' });
    await call(backend, 'vault.lock');
    expect(readFileSync(join(dir, 'vault', 'ledger.db')).subarray(0, 4096)).toEqual(ledgerBefore.subarray(0, 4096));
    expect(await errorCode(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE })).toBe('WRONG_SECRET');
    await call(backend, 'vault.unlock', { method: 'passphrase', secret: 'a new passphrase 42' });
    expect(await call(backend, 'loans.list')).toHaveLength(1);
    await call(backend, 'vault.lock');
    await call(backend, 'vault.unlock', { method: 'recovery-key', secret: recoveryKey });
  });

  it('refuses a header whose KDF settings are below the floor, and one from a newer app', async () => {
    const { dir, backend } = setup();
    await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    await call(backend, 'vault.lock');
    const path = join(dir, 'vault', 'vault.json');
    const header = JSON.parse(readFileSync(path, 'utf8')) as { version: number; passphrase: { kdf: { N: number } } };
    writeFileSync(path, JSON.stringify({ ...header, passphrase: { ...header.passphrase, kdf: { ...header.passphrase.kdf, N: 2 ** 14 } } }));
    expect(await errorCode(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE })).toBe('VAULT_UNSUPPORTED');
    writeFileSync(path, JSON.stringify({ ...header, version: 2 }));
    expect(await errorCode(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE })).toBe('VAULT_TOO_NEW');
    writeFileSync(path, '{ not json');
    expect(await errorCode(backend, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE })).toBe('VAULT_CORRUPT');
  });

  it('keeps the data across a restart of the backend', async () => {
    const { dir, backend } = setup();
    await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    await call(backend, 'loans.create', sampleLoan);
    backend.close();
    const again = makeBackend(dir);
    cleanups.push(() => again.close());
    expect((await call(again, 'app.status')).vault).toBe('locked');
    await call(again, 'vault.unlock', { method: 'passphrase', secret: PASSPHRASE });
    expect((await call(again, 'loans.list'))[0]?.name).toBe('Home loan');
  });
});
