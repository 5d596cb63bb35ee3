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
    const canaries = [
      'CANARY-LOAN-7f3a91',
      'CANARY-LENDER-b29e04',
      '金丝雀贷款机构甲',
      'CANARY-PAYMENT-NOTE-51c2d8',
      'CANARY-CLAUSE-e0a4f7',
      '金丝雀催收条款乙',
      'CANARY-LPR-SOURCE-93bd10',
      'CANARY-CSV-NOTE-2a7e55',
    ];
    const { recoveryKey } = await call(backend, 'vault.create', { passphrase: PASSPHRASE });
    const kept = await call(backend, 'loans.create', {
      name: canaries[0] ?? '',
      lender: canaries[1] ?? '',
      terms: { method: 'annuity', principal: 12_345_600, startDate: '2026-02-01', termPeriods: 12, rate: { ppm: 180_000, unit: 'year' } },
      paper: { clauses: { other: canaries[4] ?? '', collection: canaries[5] ?? '' }, permissions: { contacts: true } },
    });
    await call(backend, 'loans.recordPayment', { loanId: kept.id, date: '2026-03-01', amount: 100_000, note: canaries[3] ?? '' });
    await call(backend, 'rates.lprSave', {
      points: [{ effectiveDate: '2025-05-20', oneYearPpm: 30_000, source: canaries[6] ?? '', confidence: 'V' }],
    });
    await call(backend, 'transfer.commit', {
      kind: 'payments',
      loanId: kept.id,
      csv: `date,amount,note\n2026-03-02,1.00,${canaries[7] ?? ''}\n`,
    });
    const loan = await call(backend, 'loans.create', {
      name: canaries[2] ?? '',
      lender: 'x',
      terms: { method: 'bullet', principal: 100, startDate: '2026-02-01', termPeriods: 1, rate: { ppm: 0, unit: 'year' } },
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
