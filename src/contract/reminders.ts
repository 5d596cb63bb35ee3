// Reminders across the API: the user's rules, per-loan overrides, what is upcoming, what needs attention,
// what was missed while away, the actions on one reminder, the escalation timeline and the .ics export.
import { z } from 'zod';
import type { CurrencyCode } from '../core/money';
import type { IsoDate } from '../core/dates';
import type { EscalationOverrides, EscalationStageKind, EscalationTimeline } from '../core/escalation/types';
import type { ResolvedStage } from '../core/escalation/resolve';
import type { ReminderKind, ReminderRules, ReminderState } from '../core/reminders/types';
import { ESCALATION_STAGE_KINDS } from '../core/escalation/types';
import { idSchema } from './loans';
import { LANGUAGES } from './prefs';

/** The ordinary due-date reminders, plus 'escalation': "in 2 days this loan may be reported to 征信". */
export type ReminderItemKind = ReminderKind | 'escalation';

/** One reminder as the UI shows it (inside the vault's world: it names the loan and the amount). */
export interface ReminderItem {
  /** The occurrence id `${loanId}:${period}:${kind}:${offsetDays}`; stable across re-plans. */
  id: string;
  loanId: string;
  loanName: string;
  lender: string;
  period: number;
  dueDate: IsoDate;
  kind: ReminderItemKind;
  /** Days before the due date (before-due), 0 (due-today), days after it (overdue, escalation). */
  offsetDays: number;
  /** When it fires (or fired), a UTC instant. */
  fireAt: string;
  /** The installment's outstanding amount now, minor units. */
  amount: number;
  currency: CurrencyCode;
  state: ReminderState;
  snoozedUntil: string | null;
  /** For 'escalation': the stages this warns of (in timeline order) and the day they take effect. */
  stages: EscalationStageKind[];
  stageDate: IsoDate | null;
}

/** Everything missed on one loan while the app was closed, asleep or locked: shown once, together. */
export interface AwayGroup {
  loanId: string;
  loanName: string;
  lender: string;
  currency: CurrencyCode;
  /** Sum of the outstanding amounts of the installments concerned, minor units. */
  outstanding: number;
  oldestDueDate: IsoDate;
  /** The oldest due date is before today: pay now (or talk to the lender), not soon. */
  overdue: boolean;
  items: ReminderItem[];
  /** The next escalation stage not yet reached, so "what to do now" can say how long is left. */
  nextStage: { kind: EscalationStageKind; date: IsoDate; daysLeft: number } | null;
}

/** One installment due on a calendar day, for the month view. */
export interface CalendarDue {
  loanId: string;
  loanName: string;
  period: number;
  amount: number;
  currency: CurrencyCode;
  status: 'paid' | 'partial' | 'due' | 'overdue' | 'upcoming';
}

export interface CalendarDay {
  date: IsoDate;
  dues: CalendarDue[];
  /** How many reminders fire on this local day. */
  reminders: number;
}

export interface RemindersOverview {
  now: string;
  today: IsoDate;
  timeZone: string;
  /** Fired, not dismissed or resolved, installment unpaid: the latest per installment (and per escalation). */
  attention: ReminderItem[];
  /** Firing in the next 30 days, in fire order (snoozed ones included, with their state). */
  upcoming: ReminderItem[];
  /** Snoozed and not yet due again. */
  snoozed: ReminderItem[];
  /** Missed while away and not yet acknowledged; oldest due date first. */
  away: AwayGroup[];
  /** The month asked for (default: this month), every day that has a due installment or a reminder. */
  month: { month: string; days: CalendarDay[] };
}

export interface ReminderSettings {
  rules: ReminderRules;
  /** Off (the default): notifications say "A payment is due in 3 days" and never name a lender or amount. */
  detailedText: boolean;
  /** Remind this many days before each escalation stage; empty switches escalation reminders off. */
  escalationLeadDays: number[];
}

/** A notification for a shell to show; already worded in the user's language. */
export interface ReminderNotice {
  /** Unique per notice: the occurrence id, or `away:<instant>` for a grouped one. */
  id: string;
  /** The occurrences it speaks for (one, or many for a grouped notice). */
  occurrenceIds: string[];
  title: string;
  body: string;
  /** Whether "Mark paid" may be offered (one unpaid installment, vault unlocked). */
  canMarkPaid: boolean;
  /** The in-app route "Open" goes to (e.g. '/reminders' or '/loans/<id>'). */
  route: string;
}

export interface ReminderPoll {
  /** New notices since the last poll, in the order to show them. */
  notices: ReminderNotice[];
  /** Items needing attention (the tray count, the centre badge); 0 while locked. */
  attentionCount: number;
}

/** A loan's escalation timeline plus what the user can edit on it. */
export interface LoanEscalationView {
  loanId: string;
  timeline: EscalationTimeline;
  /** Every stage, switched-off ones included, after the loan's terms and the overrides. */
  stages: ResolvedStage[];
  overrides: EscalationOverrides;
  /** This loan's reminder rules over the user's (null: none). */
  reminderOverride: Partial<ReminderRules> | null;
  /** The next reminder for this loan, if any in the next 60 days. */
  nextReminder: ReminderItem | null;
}

export const SNOOZE_CHOICES = ['1h', 'tomorrow', '3d'] as const;
export type SnoozeChoice = (typeof SNOOZE_CHOICES)[number];

const localTimeSchema = z.object({ hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) }).strict();
const dayListSchema = z.array(z.number().int().min(0).max(60)).max(10);

export const reminderRulesSchema = z
  .object({
    enabled: z.boolean(),
    leadDays: dayListSchema,
    remindAt: localTimeSchema,
    overdue: z
      .object({ days: z.array(z.number().int().min(1).max(365)).max(10), thenEvery: z.number().int().min(1).max(90).nullable() })
      .strict(),
    quietHours: z.object({ start: localTimeSchema, end: localTimeSchema }).strict().nullable(),
  })
  .strict();

export const reminderSettingsSchema = z
  .object({
    rules: reminderRulesSchema,
    detailedText: z.boolean(),
    escalationLeadDays: dayListSchema,
  })
  .strict();

const stageOverrideSchema = z
  .object({ daysAfterDue: z.number().int().min(0).max(3650).optional(), enabled: z.boolean().optional() })
  .strict();

export const escalationOverridesSchema = z.partialRecord(z.enum(ESCALATION_STAGE_KINDS), stageOverrideSchema);

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Expected a month YYYY-MM');

export const reminderSchemas = {
  overview: z.object({ month: monthSchema.optional() }).strict(),
  /**
   * `language`: the page's language, for the notices' words (a browser tab follows the browser's
   * language, which the host cannot know); without it, the saved preference, else the OS locale.
   */
  poll: z.object({ language: z.enum(LANGUAGES).optional() }).strict().optional(),
  act: z.discriminatedUnion('action', [
    z.object({ id: z.string().min(1).max(200), action: z.literal('snooze'), until: z.enum(SNOOZE_CHOICES) }).strict(),
    z.object({ id: z.string().min(1).max(200), action: z.literal('dismiss') }).strict(),
    z.object({ id: z.string().min(1).max(200), action: z.literal('paid') }).strict(),
  ]),
  setSettings: reminderSettingsSchema,
  loanEscalation: z.object({ loanId: idSchema }).strict(),
  saveLoanEscalation: z
    .object({
      loanId: idSchema,
      overrides: escalationOverridesSchema,
      reminderOverride: reminderRulesSchema.partial().strict().nullable(),
    })
    .strict(),
  exportIcs: z.object({ detailed: z.boolean().default(false), language: z.enum(LANGUAGES).optional() }).strict(),
};
