// An in-memory stand-in for the backend behind a Transport, so the client and stores are tested
// through the same ApiResult data the real transports carry.
import type { ApiResult, ErrorCode, FieldIssue } from '../../src/contract/errors';
import type { LoanDetail, LoanInput, LoanSummary } from '../../src/contract/loans';
import type { Prefs } from '../../src/contract/prefs';
import type { AppEvent } from '../../src/contract/transport';
import type { AppStatus } from '../../src/contract/vault';
import type { Transport } from '../../src/renderer/src/api';

export interface Call {
  method: string;
  input: unknown;
}

export class FakeBackend {
  status: AppStatus = { vault: 'missing', appVersion: '0.1.0-test', shell: 'browser' };
  prefs: Prefs = { language: null, theme: 'system' };
  passphrase = '';
  loans: LoanDetail[] = [];
  calls: Call[] = [];
  /** When set, the next call fails with this error instead of running. */
  failNext: { code: ErrorCode; issues?: FieldIssue[] } | null = null;
  private listeners = new Set<(event: AppEvent) => void>();
  private nextId = 1;

  transport(): Transport {
    return {
      kind: 'bridge',
      call: (method, input) => Promise.resolve(this.handle(method, input)),
      onEvent: (listener) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
    };
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  private handle(method: string, input: unknown): ApiResult<unknown> {
    this.calls.push({ method, input });
    if (this.failNext) {
      const { code, issues } = this.failNext;
      this.failNext = null;
      return { ok: false, error: { code, message: `fake ${code}`, ...(issues ? { issues } : {}) } };
    }
    const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });
    const fail = (code: ErrorCode): ApiResult<unknown> => ({ ok: false, error: { code, message: `fake ${code}` } });
    const args = (input ?? {}) as Record<string, unknown>;
    switch (method) {
      case 'app.status':
        return ok({ ...this.status });
      case 'prefs.get':
        return ok({ ...this.prefs });
      case 'prefs.set':
        this.prefs = { ...this.prefs, ...(args as Partial<Prefs>) };
        return ok({ ...this.prefs });
      case 'vault.create':
        this.passphrase = String(args.passphrase);
        this.status = { ...this.status, vault: 'unlocked' };
        return ok({ recoveryKey: 'ABCD-EFGH-JKLM-NPQR' });
      case 'vault.unlock':
        if (args.secret !== this.passphrase) return fail('WRONG_SECRET');
        this.status = { ...this.status, vault: 'unlocked' };
        return ok(null);
      case 'vault.lock':
        this.status = { ...this.status, vault: 'locked' };
        return ok(null);
      case 'vault.changePassphrase':
        if (args.current !== this.passphrase) return fail('WRONG_SECRET');
        this.passphrase = String(args.next);
        return ok(null);
      default:
        return this.handleLoans(method, args);
    }
  }

  private handleLoans(method: string, args: Record<string, unknown>): ApiResult<unknown> {
    if (this.status.vault !== 'unlocked') return { ok: false, error: { code: 'VAULT_LOCKED', message: 'locked' } };
    const find = (id: unknown) => this.loans.find((loan) => loan.id === id);
    switch (method) {
      case 'loans.list':
        return { ok: true, value: this.loans.map(({ schedule: _schedule, ...summary }): LoanSummary => summary) };
      case 'loans.get': {
        const loan = find(args.id);
        return loan ? { ok: true, value: loan } : { ok: false, error: { code: 'NOT_FOUND', message: 'none' } };
      }
      case 'loans.create': {
        const loan = this.makeLoan(args as unknown as LoanInput, `id-${this.nextId++}`, 1);
        this.loans.push(loan);
        return { ok: true, value: loan };
      }
      case 'loans.update': {
        const current = find(args.id);
        if (!current) return { ok: false, error: { code: 'NOT_FOUND', message: 'none' } };
        if (current.version !== args.version) return { ok: false, error: { code: 'CONFLICT', message: 'stale' } };
        const updated = this.makeLoan(args.loan as LoanInput, current.id, current.version + 1);
        this.loans = this.loans.map((loan) => (loan.id === current.id ? updated : loan));
        return { ok: true, value: updated };
      }
      case 'loans.delete':
        this.loans = this.loans.filter((loan) => loan.id !== args.id);
        return { ok: true, value: null };
      default:
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: method } };
    }
  }

  private makeLoan(input: LoanInput, id: string, version: number): LoanDetail {
    return {
      id,
      version,
      name: input.name,
      lender: input.lender,
      currency: input.currency ?? 'CNY',
      principal: input.principal,
      annualRatePpm: input.annualRatePpm,
      termMonths: input.termMonths,
      startDate: input.startDate,
      method: 'annuity',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      monthlyPayment: 100,
      nextDue: null,
      remainingPrincipal: input.principal,
      schedule: [],
    };
  }
}
