// An in-memory stand-in for the backend behind a Transport, so the client and stores are tested
// through the same ApiResult data the real transports carry.
import { describeLoan, summarize } from '../../src/backend/handlers/loan-view';
import type { ApiResult, ErrorCode, FieldIssue } from '../../src/contract/errors';
import { loanInputSchema, type Loan, type LoanDetail, type LoanInput } from '../../src/contract/loans';
import { DEFAULT_LPR } from '../../src/core/cost/lpr-defaults';
import type { Payment } from '../../src/core/loans/ledger-types';
import type { Prefs } from '../../src/contract/prefs';
import type { AppEvent } from '../../src/contract/transport';
import type { AppStatus } from '../../src/contract/vault';
import type { Transport } from '../../src/renderer/src/api';

export interface Call {
  method: string;
  input: unknown;
}

export class FakeBackend {
  status: AppStatus = { vault: 'missing', appVersion: '0.1.0-test', shell: 'browser', launchAtLogin: null };
  prefs: Prefs = { language: null, theme: 'system' };
  passphrase = '';
  loans: Loan[] = [];
  payments = new Map<string, Payment[]>();
  /** The backend's "today": loan details are computed as of this date unless a call names another. */
  today = '2026-03-01';
  calls: Call[] = [];
  /** Answers methods this fake does not know (e.g. reminders.*); undefined falls through. */
  extra: ((method: string, input: Record<string, unknown>) => ApiResult<unknown> | undefined) | null = null;
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
    const extra = this.extra?.(method, args);
    if (extra) return extra;
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

  private detail(loan: Loan, asOf = this.today): LoanDetail {
    return describeLoan(loan, this.payments.get(loan.id) ?? [], DEFAULT_LPR, asOf);
  }

  private handleLoans(method: string, args: Record<string, unknown>): ApiResult<unknown> {
    if (this.status.vault !== 'unlocked') return { ok: false, error: { code: 'VAULT_LOCKED', message: 'locked' } };
    const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });
    const notFound: ApiResult<unknown> = { ok: false, error: { code: 'NOT_FOUND', message: 'none' } };
    const find = (id: unknown) => this.loans.find((loan) => loan.id === id);
    switch (method) {
      case 'loans.list':
        return ok(this.loans.map((loan) => summarize(this.detail(loan))));
      case 'loans.get': {
        const loan = find(args.id);
        return loan ? ok(this.detail(loan, typeof args.asOf === 'string' ? args.asOf : this.today)) : notFound;
      }
      case 'loans.create': {
        const loan = this.makeLoan(args as unknown as LoanInput, `id-${this.nextId++}`, 1);
        this.loans.push(loan);
        return ok(this.detail(loan));
      }
      case 'loans.update': {
        const current = find(args.id);
        if (!current) return notFound;
        if (current.version !== args.version) return { ok: false, error: { code: 'CONFLICT', message: 'stale' } };
        const updated = this.makeLoan(args.loan as LoanInput, current.id, current.version + 1);
        this.loans = this.loans.map((loan) => (loan.id === current.id ? updated : loan));
        return ok(this.detail(updated));
      }
      case 'loans.delete':
        this.loans = this.loans.filter((loan) => loan.id !== args.id);
        return ok(null);
      case 'loans.recordPayment': {
        const loan = find(args.loanId);
        if (!loan) return notFound;
        const { loanId: _loanId, ...rest } = args as unknown as Payment & { loanId: string };
        const payment: Payment = { ...rest, id: `pay-${this.nextId++}`, kind: rest.kind ?? 'regular', note: rest.note ?? '' };
        this.payments.set(loan.id, [...(this.payments.get(loan.id) ?? []), payment]);
        return ok(this.detail(loan));
      }
      case 'loans.deletePayment': {
        const loan = find(args.loanId);
        if (!loan) return notFound;
        this.payments.set(loan.id, (this.payments.get(loan.id) ?? []).filter((p) => p.id !== args.paymentId));
        return ok(this.detail(loan));
      }
      case 'rates.lprList':
        return ok([...DEFAULT_LPR]);
      default:
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: method } };
    }
  }

  /** Parses the input with the contract's schema (defaults filled), as dispatch does. */
  private makeLoan(input: LoanInput, id: string, version: number): Loan {
    return {
      ...loanInputSchema.parse(input),
      id,
      version,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
  }
}
