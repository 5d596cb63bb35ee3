// The dispatcher fuzzed with fast-check: random method names and random inputs always come back as a
// typed result (never a throw, never INTERNAL), and a failed call never changes the ledger or preferences.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, METHOD_NAMES, methods } from '../../src/contract';
import type { Backend } from '../../src/backend/backend';
import { call, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

let backend: Backend;
let cleanup: () => void;
let loanId: string;

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  backend = makeBackend(t.dir);
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  loanId = (await call(backend, 'loans.create', sampleLoan)).id;
});

afterAll(() => {
  backend.close();
  cleanup();
});

// Methods whose success changes state (or locks the vault, or costs a KDF run): fuzzed with inputs that
// fail validation only, so every run stays fast and the state stays comparable.
const guarded = new Set<string>([
  'vault.lock',
  'vault.create',
  'vault.unlock',
  'vault.changePassphrase',
  'loans.delete',
  'loans.create',
  'loans.update',
  'loans.recordPayment',
  'loans.deletePayment',
  'rates.lprSave',
  'transfer.commit',
  'transfer.importJson',
  'prefs.set',
  'app.setLaunchAtLogin',
  'reminders.act',
  'reminders.ackAway',
  'reminders.setSettings',
  'reminders.saveLoanEscalation',
]);

async function snapshot(): Promise<string> {
  const ledger = await call(backend, 'transfer.exportJson');
  const { exportedAt: _exportedAt, ...document } = JSON.parse(ledger.content) as Record<string, unknown>;
  return JSON.stringify([await call(backend, 'loans.list'), document, await call(backend, 'prefs.get')]);
}

describe('dispatch under fuzzing', () => {
  const seed = Date.now() ^ 0x5eed;

  it('answers random names and inputs to read-only methods with a typed result', async () => {
    const before = await snapshot();
    console.log(`dispatch fuzz seed: ${seed}`);
    const readOnly = METHOD_NAMES.filter((m) => !guarded.has(m));
    const anyMethod = fc.oneof(fc.constantFrom(...readOnly), fc.string(), fc.anything());
    await fc.assert(
      fc.asyncProperty(anyMethod, fc.anything(), async (method, input) => {
        const result = await backend.dispatch(method, input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(ERROR_CODES).toContain(result.error.code);
          expect(result.error.code).not.toBe('INTERNAL');
          expect(typeof result.error.message).toBe('string');
        }
      }),
      { numRuns: 1500, seed },
    );
    expect(await snapshot()).toBe(before);
  });

  it('refuses invalid inputs to every writing method with INVALID_INPUT and writes nothing', async () => {
    const before = await snapshot();
    const writing = METHOD_NAMES.filter((m) => guarded.has(m));
    const invalidCall = fc
      .tuple(fc.constantFrom(...writing), fc.anything())
      .filter(([method, input]) => !methods[method].input.safeParse(input).success);
    await fc.assert(
      fc.asyncProperty(invalidCall, async ([method, input]) => {
        const result = await backend.dispatch(method, input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
      }),
      { numRuns: 1500, seed },
    );
    expect(await snapshot()).toBe(before);
  });

  it('previews any text as CSV of any kind without failing inside, and writes nothing', async () => {
    const before = await snapshot();
    const csvText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc
        .array(fc.array(fc.constantFrom('2026-03-01', '1,000.00', '"', ';', '\t', '=1+1', '等额本息', '', 'x'), { maxLength: 6 }), { maxLength: 6 })
        .map((rows) => ['name,lender,principal,rate,term,start date,date,amount,due date,interest', ...rows.map((r) => r.join(','))].join('\n')),
    );
    const mapping = fc.option(fc.dictionary(fc.constantFrom('name', 'principal', 'date', 'amount', 'dueDate', 'bogus'), fc.option(fc.nat(12))), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('loans', 'schedule', 'payments'), csvText, mapping, async (kind, csv, map) => {
        const result = await backend.dispatch('transfer.preview', { kind, csv, loanId, ...(map === undefined ? {} : { mapping: map }) });
        if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT');
      }),
      { numRuns: 400, seed },
    );
    expect(await snapshot()).toBe(before);
  });

  it('keeps a valid loan input valid only as written: any single field broken is INVALID_INPUT', async () => {
    const brokenField = fc.constantFrom<[string[], unknown]>(
      [['terms', 'principal'], -1],
      [['terms', 'principal'], '100'],
      [['terms', 'termPeriods'], 0],
      [['terms', 'rate', 'ppm'], 10.5],
      [['terms', 'rate', 'unit'], 'hour'],
      [['terms', 'startDate'], '2026-02-30'],
      [['terms', 'method'], 'payday'],
      [['name'], ''],
      [['currency'], 'XXX'],
      [['lenderType'], 'loan-shark'],
      [['paper', 'permissions', 'contacts'], 'yes'],
    );
    await fc.assert(
      fc.asyncProperty(brokenField, async ([path, value]) => {
        const input = structuredClone(sampleLoan) as Record<string, unknown>;
        let node = input;
        for (const key of path.slice(0, -1)) {
          node[key] = { ...(node[key] as Record<string, unknown>) };
          node = node[key] as Record<string, unknown>;
        }
        node[path.at(-1) ?? ''] = value;
        const result = await backend.dispatch('loans.create', input);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.issues?.[0]?.path).toEqual(path);
      }),
    );
    expect(await call(backend, 'loans.list')).toHaveLength(1);
  });
});
