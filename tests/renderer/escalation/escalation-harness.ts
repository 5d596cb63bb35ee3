// A scripted reminders backend for the escalation section: it answers reminders.loanEscalation and
// reminders.saveLoanEscalation from the real core (default CN bank policy, the loan's ledger on a fixed
// day, the saved overrides), so a saved "45 days" really moves the credit-report date.
import { describeLoan } from '../../../src/backend/handlers/loan-view';
import { loanInputSchema, type Loan, type LoanDetail } from '../../../src/contract/loans';
import { DEFAULT_LPR } from '../../../src/core/cost/lpr-defaults';
import type { LoanEscalationView, ReminderItem } from '../../../src/contract/reminders';
import { addDaysIso } from '../../../src/core/dates';
import { defaultPolicy } from '../../../src/core/escalation/defaults';
import { resolveStages } from '../../../src/core/escalation/resolve';
import { escalationTimeline } from '../../../src/core/escalation/timeline';
import type { EscalationOverrides } from '../../../src/core/escalation/types';
import { computeLedger } from '../../../src/core/loans/ledger';
import type { Payment } from '../../../src/core/loans/ledger-types';
import type { LoanTerms } from '../../../src/core/loans/types';
import type { ReminderRules } from '../../../src/core/reminders/types';
import { DEFAULT_REMINDER_RULES } from '../../../src/core/reminders/rules';
import { annuityTerms, loanInput } from '../loan-fixtures';
import { ok, ScriptedBackend } from '../transfer/transfer-harness';

export const LOAN_ID = '7d0c7f7e-2f43-4b8e-9c61-3c5c1a1f4b10';
/** 12 monthly installments from 2026-02-15; 1.5× penalty rate, a fixed late fee, no grace days. */
export const FIRST_DUE = '2026-02-15';

export const TERMS: LoanTerms = annuityTerms({
  principal: 1_200_000,
  startDate: '2026-01-15',
  termPeriods: 12,
  penalty: {
    rate: { type: 'multiplier', ppm: 1_500_000 },
    base: 'overdue-principal',
    lateFee: { type: 'fixed', minor: 5_000 },
    graceDays: 0,
  },
});

/** The loan as the loan page holds it, computed by the same code the backend uses. */
export function loanDetail(asOf: string): LoanDetail {
  const loan: Loan = {
    ...loanInputSchema.parse(loanInput({}, TERMS)),
    id: LOAN_ID,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  return describeLoan(loan, [], DEFAULT_LPR, asOf);
}

export interface EscalationScript {
  asOf: string;
  paidInFull?: boolean;
  overrides: EscalationOverrides;
  reminderOverride: Partial<ReminderRules> | null;
  nextReminder: ReminderItem | null;
  userRules: ReminderRules;
}

function payments(asOf: string, paidInFull: boolean): Payment[] {
  if (!paidInFull) return [];
  return computeLedger(TERMS, [], asOf).installments.map((row) => ({
    id: `p${row.period}`,
    date: row.dueDate,
    amount: row.total,
    kind: 'regular',
    note: '',
  }));
}

export function buildView(script: EscalationScript): LoanEscalationView {
  const ledger = computeLedger(TERMS, payments(script.asOf, script.paidInFull ?? false), script.asOf);
  const policy = defaultPolicy('CN', 'bank', TERMS.penalty);
  return {
    loanId: LOAN_ID,
    timeline: escalationTimeline({ terms: TERMS, ledger, policy, overrides: script.overrides, asOf: script.asOf }),
    stages: resolveStages(policy, TERMS.penalty, script.overrides),
    overrides: script.overrides,
    reminderOverride: script.reminderOverride,
    nextReminder: script.nextReminder,
  };
}

/** A reminder 3 days before installment 2's due date, at 09:00 in Shanghai. */
export function beforeDueReminder(): ReminderItem {
  return {
    id: `${LOAN_ID}:2:before-due:3`,
    loanId: LOAN_ID,
    loanName: 'Mortgage',
    lender: 'Harbor Bank',
    period: 2,
    dueDate: '2026-03-15',
    kind: 'before-due',
    offsetDays: 3,
    fireAt: '2026-03-12T01:00:00.000Z',
    amount: 103_000,
    currency: 'CNY',
    state: 'upcoming',
    snoozedUntil: null,
    stages: [],
    stageDate: null,
  };
}

/** Installs a backend whose state is `script`; saves update it the way the real handler does. */
export function installEscalationBackend(initial: Partial<EscalationScript> & { asOf: string }): {
  backend: ScriptedBackend;
  script: EscalationScript;
} {
  const script: EscalationScript = {
    overrides: {},
    reminderOverride: null,
    nextReminder: null,
    userRules: DEFAULT_REMINDER_RULES,
    ...initial,
  };
  const backend = new ScriptedBackend();
  backend.on('reminders.loanEscalation', () => ok(buildView(script)));
  backend.on('reminders.getSettings', () => ok({ rules: script.userRules, detailedText: false, escalationLeadDays: [3, 1] }));
  backend.on('reminders.saveLoanEscalation', (input) => {
    const saved = input as { overrides: EscalationOverrides; reminderOverride: Partial<ReminderRules> | null };
    script.overrides = saved.overrides;
    script.reminderOverride = saved.reminderOverride;
    return ok(buildView(script));
  });
  backend.install();
  return { backend, script };
}

export const daysAfter = (days: number): string => addDaysIso(FIRST_DUE, days);
