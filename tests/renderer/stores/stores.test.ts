// The Pinia stores against an in-memory backend behind a fake transport: vault lifecycle, locking
// forgets decrypted data, loan writes refresh the list, prefs are saved through the API.
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { setTransport } from '../../../src/renderer/src/api';
import { useAppStore } from '../../../src/renderer/src/stores/app';
import { useLoansStore } from '../../../src/renderer/src/stores/loans';
import { usePrefsStore } from '../../../src/renderer/src/stores/prefs';
import { useTransferStore } from '../../../src/renderer/src/stores/transfer';
import { FakeBackend } from '../fake-backend';
import { cardInstallmentInput, loanInput } from '../loan-fixtures';

const LOAN = loanInput({ name: 'Car', lender: 'Bank' }, { principal: 12_000_00, termPeriods: 12, startDate: '2026-01-15' });

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  setTransport(backend.transport());
  setActivePinia(createPinia());
});

describe('app store', () => {
  it('creates the vault, returns the recovery key without keeping it, and waits for confirmation', async () => {
    const app = useAppStore();
    await app.refresh();
    expect(app.vault).toBe('missing');
    const key = await app.create('long enough passphrase');
    expect(key).toBe('ABCD-EFGH-JKLM-NPQR');
    expect(app.vault).toBe('unlocked');
    expect(app.awaitingRecoveryConfirmation).toBe(true);
    expect(JSON.stringify(app.$state)).not.toContain('ABCD-EFGH');
    app.confirmRecoverySaved();
    expect(app.awaitingRecoveryConfirmation).toBe(false);
  });

  it('a wrong passphrase throws WRONG_SECRET and leaves the vault locked', async () => {
    const app = useAppStore();
    await app.refresh();
    await app.create('long enough passphrase');
    await app.lock();
    expect(app.vault).toBe('locked');
    await expect(app.unlock('passphrase', 'wrong')).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    expect(app.vault).toBe('locked');
    await app.unlock('passphrase', 'long enough passphrase');
    expect(app.vault).toBe('unlocked');
    expect(backend.calls.at(-1)).toEqual({
      method: 'vault.unlock',
      input: { method: 'passphrase', secret: 'long enough passphrase' },
    });
  });

  it('locking drops every loan and reference rate the UI holds', async () => {
    const app = useAppStore();
    const loans = useLoansStore();
    const transfer = useTransferStore();
    await app.refresh();
    await app.create('long enough passphrase');
    await loans.create(LOAN);
    await transfer.loadLpr();
    expect(loans.items).toHaveLength(1);
    expect(transfer.lprLoaded).toBe(true);
    await app.lock();
    expect(loans.items).toEqual([]);
    expect(loans.loaded).toBe(false);
    expect(transfer.lpr).toEqual([]);
    expect(transfer.lprLoaded).toBe(false);
  });

  it('markLocked (shell event or VAULT_LOCKED) flips an unlocked vault to locked', async () => {
    const app = useAppStore();
    await app.refresh();
    await app.create('long enough passphrase');
    app.markLocked();
    expect(app.vault).toBe('locked');
  });

  it('changes the passphrase through the API; a wrong current one is refused', async () => {
    const app = useAppStore();
    await app.refresh();
    await app.create('long enough passphrase');
    await expect(app.changePassphrase('nope', 'another long passphrase')).rejects.toMatchObject({ code: 'WRONG_SECRET' });
    await app.changePassphrase('long enough passphrase', 'another long passphrase');
    expect(backend.passphrase).toBe('another long passphrase');
  });
});

describe('loans store', () => {
  beforeEach(async () => {
    await useAppStore().create('long enough passphrase');
  });

  it('create, update (with the version read) and delete keep the list current', async () => {
    const loans = useLoansStore();
    const created = await loans.create(LOAN);
    expect(loans.items.map((loan) => loan.name)).toEqual(['Car']);
    const updated = await loans.update(created.id, created.version, { ...LOAN, name: 'Car loan' });
    expect(updated.version).toBe(2);
    expect(backend.calls.find((call) => call.method === 'loans.update')?.input).toEqual({
      id: created.id,
      version: 1,
      loan: { ...LOAN, name: 'Car loan' },
    });
    expect(loans.items.map((loan) => loan.name)).toEqual(['Car loan']);
    await loans.remove(created.id);
    expect(loans.items).toEqual([]);
  });

  it('a stale update surfaces CONFLICT', async () => {
    const loans = useLoansStore();
    const created = await loans.create(LOAN);
    await loans.update(created.id, created.version, LOAN);
    await expect(loans.update(created.id, created.version, LOAN)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('get returns the detail or NOT_FOUND', async () => {
    const loans = useLoansStore();
    const created = await loans.create(LOAN);
    const detail = await loans.get(created.id);
    expect(detail.ledger.installments).toHaveLength(12);
    expect(backend.calls.at(-1)).toEqual({ method: 'loans.get', input: { id: created.id } });
    await loans.get(created.id, '2026-06-01');
    expect(backend.calls.at(-1)).toEqual({ method: 'loans.get', input: { id: created.id, asOf: '2026-06-01' } });
    await expect(loans.get('missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('records and deletes payments, refreshing the list each time', async () => {
    const loans = useLoansStore();
    const created = await loans.create(cardInstallmentInput('2026-01-15'));
    expect(loans.items[0]?.status).toBe('overdue');
    const paid = await loans.recordPayment({ loanId: created.id, date: '2026-02-15', amount: 107_200, kind: 'regular', note: '' });
    expect(paid.ledger.installments[0]?.status).toBe('paid');
    expect(loans.items[0]?.status).toBe('on-track');
    const paymentId = paid.payments[0]?.id ?? '';
    const after = await loans.deletePayment(created.id, paymentId);
    expect(after.payments).toEqual([]);
    expect(loans.items[0]?.status).toBe('overdue');
  });

  it('updatePaper re-saves the loan unchanged except for its paper, with the version read', async () => {
    const loans = useLoansStore();
    const created = await loans.create(LOAN);
    const updated = await loans.updatePaper(created, { ...created.paper, done: ['keep-contract-copy'] });
    expect(updated.paper.done).toEqual(['keep-contract-copy']);
    expect(updated.terms).toEqual(created.terms);
    const call = backend.calls.find((c) => c.method === 'loans.update')?.input as { version: number; loan: { name: string } };
    expect(call.version).toBe(1);
    expect(call.loan.name).toBe('Car');
  });
});

describe('prefs store', () => {
  it('follows the system locale until a language is saved', async () => {
    const prefs = usePrefsStore();
    await prefs.load(['zh-TW', 'en']);
    expect(prefs.language).toBeNull();
    expect(prefs.effectiveLanguage).toBe('zh-CN');
    await prefs.setLanguage('en');
    expect(prefs.effectiveLanguage).toBe('en');
    expect(backend.prefs.language).toBe('en');
    await prefs.setLanguage(null);
    expect(prefs.effectiveLanguage).toBe('zh-CN');
  });

  it('saves the theme', async () => {
    const prefs = usePrefsStore();
    await prefs.load(['en-US']);
    await prefs.setTheme('dark');
    expect(prefs.theme).toBe('dark');
    expect(backend.prefs.theme).toBe('dark');
  });
});
