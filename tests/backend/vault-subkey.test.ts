// The session's narrow key accessor: a purpose-bound subkey of the data key, the same across unlocks
// (so evidence sealed yesterday opens today), different per vault, and refused while locked.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/contract';
import { VaultSession } from '../../src/backend/vault/session';
import { PASSPHRASE, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

async function newVault(): Promise<VaultSession> {
  const t = tempDir();
  const session = new VaultSession({ dir: join(t.dir, 'vault') });
  cleanups.push(() => {
    session.lock();
    t.cleanup();
  });
  await session.create(PASSPHRASE);
  return session;
}

describe('deriveSubkey', () => {
  it('gives the same 32-byte key after a lock and unlock, and another vault a different one', async () => {
    const session = await newVault();
    const first = session.deriveSubkey('quietledger evidence v1');
    expect(first).toHaveLength(32);
    session.lock();
    expect(() => session.deriveSubkey('quietledger evidence v1')).toThrow(DomainError);
    await session.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect(session.deriveSubkey('quietledger evidence v1').equals(first)).toBe(true);
    const other = await newVault();
    expect(other.deriveSubkey('quietledger evidence v1').equals(first)).toBe(false);
  });
});
