// The dispatcher fuzzed with fast-check: random method names and random inputs always come back as a
// typed result (never a throw, never INTERNAL), and a failed call never changes the ledger or preferences.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES, METHOD_NAMES, methods } from '../../src/contract';
import type { Backend } from '../../src/backend/backend';
import { call, makeBackend, PASSPHRASE, sampleLoan, tempDir } from './helpers';

let backend: Backend;
let cleanup: () => void;

beforeAll(async () => {
  const t = tempDir();
  cleanup = t.cleanup;
  backend = makeBackend(t.dir);
  await call(backend, 'vault.create', { passphrase: PASSPHRASE });
  await call(backend, 'loans.create', sampleLoan);
});

afterAll(() => {
  backend.close();
  cleanup();
});

// Methods whose success changes state (or locks the vault, or costs a KDF run): fuzzed with inputs that
// fail validation only, so every run stays fast and the state stays comparable.
const guarded = new Set<string>(['vault.lock', 'vault.create', 'vault.unlock', 'vault.changePassphrase', 'loans.delete', 'loans.create', 'loans.update', 'prefs.set']);

async function snapshot(): Promise<string> {
  return JSON.stringify([await call(backend, 'loans.list'), await call(backend, 'prefs.get')]);
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

  it('keeps a valid loan input valid only as written: any single field broken is INVALID_INPUT', async () => {
    const brokenField = fc.constantFrom<[string, unknown]>(
      ['principal', -1],
      ['principal', '100'],
      ['termMonths', 0],
      ['annualRatePpm', 10.5],
      ['startDate', '2026-02-30'],
      ['name', ''],
      ['currency', 'XXX'],
    );
    await fc.assert(
      fc.asyncProperty(brokenField, async ([key, value]) => {
        const result = await backend.dispatch('loans.create', { ...sampleLoan, [key]: value });
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.issues?.[0]?.path[0]).toBe(key);
      }),
    );
    expect(await call(backend, 'loans.list')).toHaveLength(1);
  });
});
