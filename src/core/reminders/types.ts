// The shapes of the reminder engine: the rules a user sets, the occurrences planned from a schedule, and
// the small record kept per occurrence so each one is shown once. Instants are UTC ISO strings.
import type { IsoDate } from '../dates';
import type { InstallmentStatus } from '../loans/ledger-types';

/** A UTC instant as an ISO 8601 string ('2026-03-08T14:00:00.000Z'). */
export type Instant = string;

/** A wall-clock time in the user's time zone. */
export interface LocalTime {
  hour: number;
  minute: number;
}

export interface QuietHours {
  /** Start of the quiet span, local. When start is after end the span wraps past midnight. */
  start: LocalTime;
  /** End of the quiet span, local; a reminder inside the span moves here. Equal to start: no quiet hours. */
  end: LocalTime;
}

export interface OverdueFollowUps {
  /** Days after the due date, in any order (default 1, 3, 7). */
  days: number[];
  /** After the last listed day, every this many days while unpaid; null for no more. */
  thenEvery: number | null;
}

export interface ReminderRules {
  /** False silences the loan (or everything, at user level). */
  enabled: boolean;
  /** Days before the due date; 0 means on the due day (default 7, 3, 1, 0). */
  leadDays: number[];
  /** The local time the reminder fires at (default 09:00). */
  remindAt: LocalTime;
  overdue: OverdueFollowUps;
  /** null for none (default 22:00–08:00). */
  quietHours: QuietHours | null;
}

/** Per-loan changes to the user's rules, keyed by loan id; each field replaces the user's whole field. */
export type ReminderOverrides = Record<string, Partial<ReminderRules>>;

/** 'escalation': a few days before a missed payment's next stage (see core/escalation/escalation-occurrences). */
export const REMINDER_KINDS = ['before-due', 'due-today', 'overdue', 'escalation'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** One installment as the engine needs it (a subset of the ledger's InstallmentState). */
export interface ReminderInstallment {
  period: number;
  dueDate: IsoDate;
  status: InstallmentStatus;
  /** Still owed, in minor units. */
  outstanding: number;
}

export interface ReminderLoan {
  id: string;
  /** Passed through to occurrences; the engine does no currency work. */
  currency?: string;
  installments: ReminderInstallment[];
}

export interface ReminderOccurrence {
  /** `${loanId}:${period}:${kind}:${offsetDays}`: stable across re-plans and time-zone changes. */
  id: string;
  loanId: string;
  period: number;
  dueDate: IsoDate;
  kind: ReminderKind;
  /** Days before the due date for 'before-due', 0 for 'due-today', days after it for 'overdue' and 'escalation'. */
  offsetDays: number;
  fireAt: Instant;
  /** The installment's outstanding amount at planning time, in minor units. */
  amount: number;
  currency?: string;
}

export const REMINDER_STATES = ['upcoming', 'delivered', 'snoozed', 'dismissed', 'resolved'] as const;
/** upcoming: not yet shown · delivered: shown · snoozed: shown, to show again later · dismissed: the user closed it · resolved: the installment is paid. */
export type ReminderState = (typeof REMINDER_STATES)[number];

/** What the backend stores per occurrence id (no amounts, no names). */
export interface ReminderRecord {
  id: string;
  state: ReminderState;
  snoozedUntil?: Instant;
  deliveredAt?: Instant;
}

export interface PlanInput {
  loans: ReminderLoan[];
  rules: ReminderRules;
  overrides: ReminderOverrides;
  /** The user's IANA time zone, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  /** Window start, inclusive. */
  from: Instant;
  /** Window end, exclusive. */
  to: Instant;
}
