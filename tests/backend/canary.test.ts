// No plaintext at rest: unique canary strings go in through the API, then every byte of every file
// under the data folder is searched for them (UTF-8 and UTF-16, as SQLite may store either).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, makeBackend, PASSPHRASE, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function hits(dir: string, needles: string[]): string[] {
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const bytes = readFileSync(file);
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'))) {
        found.push(`${needle} in ${file}`);
      }
    }
  }
  return found;
}

describe('no plaintext at rest', () => {
  it('finds none of the canaries, the passphrase or the recovery key in any file, open or closed', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const backend = makeBackend(t.dir);
    cleanups.push(() => backend.close());
    const canaries = ['CANARY-LOAN-7f3a91', 'CANARY-LENDER-b29e04', '金丝雀贷款机构甲'];
    const { recoveryKey } = await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    await call(backend, 'loans.create', {
      name: canaries[0] ?? '',
      lender: canaries[1] ?? '',
      principal: 12_345_600,
      annualRatePpm: 180_000,
      termMonths: 12,
      startDate: '2026-02-01',
    });
    const loan = await call(backend, 'loans.create', {
      name: canaries[2] ?? '',
      lender: 'x',
      principal: 100,
      annualRatePpm: 0,
      termMonths: 1,
      startDate: '2026-02-01',
    });
    await call(backend, 'loans.delete', { id: loan.id });
    const needles = [...canaries, PASSPHRASE, recoveryKey, recoveryKey.replace(/-/g, '')];

    const whileOpen = filesUnder(t.dir);
    expect(whileOpen.some((f) => f.endsWith('ledger.db-wal'))).toBe(true);
    expect(hits(t.dir, needles)).toEqual([]);

    backend.close();
    expect(hits(t.dir, needles)).toEqual([]);
    const ledger = readFileSync(join(t.dir, 'vault', 'ledger.db'));
    expect(ledger.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(ledger.length).toBeGreaterThan(0);
  });
});
