// JSON export and import of the whole ledger: export → import → export is the identity (exportedAt
// aside) for any valid ledger; imports are validated in full and refused on a clash of ids.
import Database from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/backend/db/migrations';
import { exportLedger, importLedger, readLedgerDocument, type LedgerDocument } from '../../src/backend/transfer/ledger-json';
import { DomainError } from '../../src/contract';
import { ledgerDocument } from './arbitraries';
import { call, errorCode, fixedClock, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((fn) => fn()));

function freshDb(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}

function withoutExportedAt(doc: LedgerDocument): string {
  return JSON.stringify({ ...doc, exportedAt: '' });
}

describe('ledger JSON', () => {
  it('export → import → export gives the identical document for any valid ledger (property)', () => {
    fc.assert(
      fc.property(ledgerDocument, (generated) => {
        const first = freshDb();
        const second = freshDb();
        try {
          const counts = importLedger(first, readLedgerDocument(JSON.stringify(generated)));
          expect(counts).toEqual({ loans: generated.loans.length, payments: generated.loans.reduce((n, l) => n + l.payments.length, 0) });
          const exported = exportLedger(first, '2026-03-10T00:00:00.000Z');
          expect(new Set(exported.loans.map((l) => l.id))).toEqual(new Set(generated.loans.map((l) => l.id)));
          importLedger(second, readLedgerDocument(JSON.stringify(exported)));
          const again = exportLedger(second, '2026-04-01T00:00:00.000Z');
          expect(withoutExportedAt(again)).toBe(withoutExportedAt(exported));
        } finally {
          first.close();
          second.close();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('refuses text that is not JSON, not an export, or a document with a repeated id', () => {
    const invalid = (content: string): string[] => {
      try {
        readLedgerDocument(content);
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        return ((error as DomainError).issues ?? []).map((i) => i.path.join('.'));
      }
      throw new Error('accepted');
    };
    expect(invalid('{')).toEqual(['content']);
    expect(invalid(JSON.stringify({ format: 'other', version: 1, exportedAt: '2026-01-01T00:00:00Z', loans: [], lpr: [] }))).toEqual(['content.format']);
    const loan = {
      ...sampleLoan,
      currency: 'CNY',
      id: '0b7c4a3e-2f14-4d0a-9c51-5e7d1f0a6b21',
      version: 1,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      payments: [],
    };
    const doc = { format: 'quietledger-export', version: 1, exportedAt: '2026-01-01T00:00:00Z', loans: [loan, loan], lpr: [] };
    expect(invalid(JSON.stringify(doc))).toEqual(['content.loans.1.id']);
    const badTerms = { ...doc, loans: [{ ...loan, terms: { ...loan.terms, rate: { ppm: 1, unit: 'hour' } } }] };
    expect(invalid(JSON.stringify(badTerms))).toEqual(['content.loans.0.terms.rate.unit']);
  });

  it('exports and imports through the API, refusing a second import of the same loans with CONFLICT', async () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const source = makeBackend(`${t.dir}/a`, fixedClock('2026-03-10T02:00:00Z'));
    const target = makeBackend(`${t.dir}/b`, fixedClock('2026-03-11T02:00:00Z'));
    cleanups.push(() => source.close(), () => target.close());
    await call(source, 'vault.create', { passphrase: PASSPHRASE });
    await call(target, 'vault.create', { passphrase: PASSPHRASE });
    const loan = await call(source, 'loans.create', sampleLoan);
    await call(source, 'loans.recordPayment', { loanId: loan.id, date: '2026-02-15', amount: 530_727, note: '二月' });
    await call(source, 'rates.lprSave', { points: [{ effectiveDate: '2025-05-20', oneYearPpm: 30_000, source: 'NIFC', confidence: 'V' }] });
    const file = await call(source, 'transfer.exportJson');
    expect(file).toMatchObject({ filename: 'quietledger-export-2026-03-10.json', mimeType: 'application/json' });
    expect(JSON.parse(file.content)).toMatchObject({ format: 'quietledger-export', version: 1, exportedAt: '2026-03-10T02:00:00.000Z' });
    expect(await call(target, 'transfer.importJson', { content: file.content })).toEqual({ loans: 1, payments: 1 });
    const again = await call(target, 'transfer.exportJson');
    expect(withoutExportedAt(JSON.parse(again.content) as LedgerDocument)).toBe(withoutExportedAt(JSON.parse(file.content) as LedgerDocument));
    const asOf = '2026-03-12';
    expect(await call(target, 'loans.get', { id: loan.id, asOf })).toEqual(await call(source, 'loans.get', { id: loan.id, asOf }));
    expect(await errorCode(target, 'transfer.importJson', { content: file.content })).toBe('CONFLICT');
    expect(await call(target, 'loans.list')).toHaveLength(1);
    expect(await errorCode(target, 'transfer.importJson', { content: 'not json' })).toBe('INVALID_INPUT');
  });
});
