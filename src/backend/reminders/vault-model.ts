// What the reminder service reads from the open vault on each unlocked tick: every loan with its ledger
// as of today, the user's settings and overrides, and the escalation occurrences; plus the lookups that
// turn an opaque occurrence id back into the reminder the UI shows.
import type { Loan, ReminderItem, ReminderSettings } from '../../contract';
import { addDaysIso, type IsoDate } from '../../core/dates';
import { defaultPolicy } from '../../core/escalation/defaults';
import { escalationOccurrences, type EscalationOccurrence } from '../../core/escalation/escalation-occurrences';
import { computeLedger } from '../../core/loans/ledger';
import type { InstallmentState, LedgerState, Payment } from '../../core/loans/ledger-types';
import { parseOccurrenceId } from '../../core/reminders/catch-up';
import { buildOccurrence, planWithInstallments, type PlannedReminder } from '../../core/reminders/plan';
import { rulesForLoan } from '../../core/reminders/rules';
import { effectiveState } from '../../core/reminders/state';
import type { ReminderLoan, ReminderOverrides, ReminderRecord } from '../../core/reminders/types';
import type { Db } from '../db/open';
import { LoansRepository } from '../db/repositories/loans';
import { asPayment, PaymentsRepository } from '../db/repositories/payments';
import { ReminderSettingsRepository, type LoanReminderSettings } from '../db/repositories/reminder-settings';

export interface LoanModel {
  loan: Loan;
  ledger: LedgerState;
  reminderLoan: ReminderLoan;
  settings: LoanReminderSettings;
  escalation: EscalationOccurrence[];
}

export interface VaultModel {
  settings: ReminderSettings;
  overrides: ReminderOverrides;
  timeZone: string;
  today: IsoDate;
  loans: LoanModel[];
  byId: Map<string, LoanModel>;
}

/** A planned reminder, with the stages it warns of when it is an escalation reminder. */
export interface ModelReminder extends PlannedReminder {
  stages: EscalationOccurrence['stages'];
  stageDate: IsoDate | null;
  leadDays: number | null;
}

export function reminderLoanOf(loan: Loan, ledger: LedgerState): ReminderLoan {
  return {
    id: loan.id,
    currency: loan.currency,
    installments: ledger.installments.map((i) => ({ period: i.period, dueDate: i.dueDate, status: i.status, outstanding: i.outstanding })),
  };
}

/** Reads every loan, its payments and the reminder settings; ledgers as of `today`. */
export function readVaultModel(db: Db, today: IsoDate, timeZone: string): VaultModel {
  const repo = new ReminderSettingsRepository(db);
  const settings = repo.get();
  const loanSettings = new Map(repo.listLoans().map((s) => [s.loanId, s]));
  const byLoan = new Map<string, Payment[]>();
  for (const p of new PaymentsRepository(db).listAll()) byLoan.set(p.loanId, [...(byLoan.get(p.loanId) ?? []), asPayment(p)]);
  const overrides: ReminderOverrides = {};
  for (const [loanId, s] of loanSettings) if (s.reminderOverride) overrides[loanId] = s.reminderOverride;
  const loans = new LoansRepository(db).list().map((loan): LoanModel => {
    const ledger = computeLedger(loan.terms, byLoan.get(loan.id) ?? [], today);
    const reminderLoan = reminderLoanOf(loan, ledger);
    const own = loanSettings.get(loan.id) ?? { loanId: loan.id, reminderOverride: null, escalationOverrides: {} };
    const escalation = escalationOccurrences({
      loan: reminderLoan,
      terms: loan.terms,
      ledger,
      policy: defaultPolicy(loan.jurisdiction, loan.lenderType, loan.terms.penalty),
      overrides: own.escalationOverrides,
      rules: rulesForLoan(settings.rules, overrides, loan.id),
      leadDays: settings.escalationLeadDays,
      timeZone,
    });
    return { loan, ledger, reminderLoan, settings: own, escalation };
  });
  return { settings, overrides, timeZone, today, loans, byId: new Map(loans.map((l) => [l.loan.id, l])) };
}

function plain(planned: PlannedReminder): ModelReminder {
  return { ...planned, stages: [], stageDate: null, leadDays: null };
}

function escalated(e: EscalationOccurrence): ModelReminder {
  return { occurrence: e.occurrence, installment: e.installment, stages: e.stages, stageDate: e.stageDate, leadDays: e.leadDays };
}

/** Every unpaid installment's reminder (due-date and escalation) with fromMs ≤ fireAt < toMs, in fire order. */
export function plannedBetween(model: VaultModel, fromMs: number, toMs: number): ModelReminder[] {
  const input = { loans: model.loans.map((l) => l.reminderLoan), rules: model.settings.rules, overrides: model.overrides, timeZone: model.timeZone };
  const ordinary = planWithInstallments(input, fromMs, toMs, false).map(plain);
  const escalation = model.loans.flatMap((l) =>
    l.escalation.filter((e) => {
      const ms = Date.parse(e.occurrence.fireAt);
      return ms >= fromMs && ms < toMs;
    }),
  );
  return [...ordinary, ...escalation.map(escalated)].sort(
    (a, b) => (a.occurrence.fireAt < b.occurrence.fireAt ? -1 : a.occurrence.fireAt > b.occurrence.fireAt ? 1 : a.occurrence.id < b.occurrence.id ? -1 : 1),
  );
}

/** Every escalation occurrence of every loan, for catch-up's `extra`. */
export function allEscalation(model: VaultModel): PlannedReminder[] {
  return model.loans.flatMap((l) => l.escalation.map((e) => ({ occurrence: e.occurrence, installment: e.installment })));
}

/** The reminder behind an id, rebuilt from today's schedules and rules; null when its loan or installment is gone. */
export function reminderById(model: VaultModel, id: string): ModelReminder | null {
  const parsed = parseOccurrenceId(id);
  if (!parsed) return null;
  const loan = model.byId.get(parsed.loanId);
  const installment = loan?.reminderLoan.installments.find((i) => i.period === parsed.period);
  if (!loan || !installment) return null;
  if (parsed.kind === 'escalation') {
    const found = loan.escalation.find((e) => e.occurrence.id === id);
    return found ? escalated(found) : null;
  }
  const rules = rulesForLoan(model.settings.rules, model.overrides, loan.loan.id);
  const sign = parsed.kind === 'overdue' ? 1 : -1;
  const date = addDaysIso(installment.dueDate, sign * parsed.offsetDays);
  const occurrence = buildOccurrence(loan.reminderLoan, installment, rules, model.timeZone, { kind: parsed.kind, offsetDays: parsed.offsetDays, date });
  return plain({ occurrence, installment });
}

export function installmentOf(model: VaultModel, loanId: string, period: number): InstallmentState | undefined {
  return model.byId.get(loanId)?.ledger.installments.find((i) => i.period === period);
}

/** The reminder as the UI shows it, with its state now. */
export function toItem(model: VaultModel, reminder: ModelReminder, record: ReminderRecord | undefined, now: string): ReminderItem {
  const { occurrence, installment } = reminder;
  const loan = model.byId.get(occurrence.loanId)?.loan;
  return {
    id: occurrence.id,
    loanId: occurrence.loanId,
    loanName: loan?.name ?? '',
    lender: loan?.lender ?? '',
    period: occurrence.period,
    dueDate: occurrence.dueDate,
    kind: occurrence.kind,
    offsetDays: occurrence.offsetDays,
    fireAt: occurrence.fireAt,
    amount: installment.outstanding,
    currency: loan?.currency ?? 'CNY',
    state: effectiveState(occurrence, record, installment.status, now),
    snoozedUntil: record?.state === 'snoozed' ? (record.snoozedUntil ?? null) : null,
    stages: reminder.stages,
    stageDate: reminder.stageDate,
  };
}
