// The .ics file a user saves so a phone calendar reminds them too: one all-day event per unpaid installment
// still ahead, alarms at the user's reminder times (quiet hours kept), discreet words unless asked otherwise.
import ical, { ICalAlarmRelatesTo, ICalAlarmType, ICalEventClass, ICalEventTransparency } from 'ical-generator';
import { addDaysIso, daysBetween, type IsoDate } from '../../core/dates';
import type { InstallmentStatus } from '../../core/loans/ledger-types';
import type { CurrencyCode } from '../../core/money';
import { applyQuietHours, rulesForLoan } from '../../core/reminders/rules';
import type { ReminderOverrides, ReminderRules } from '../../core/reminders/types';
import {
  alarmText,
  calendarName,
  detailedDescription,
  detailedTitle,
  discreetTitle,
  formatAmount,
  openAppText,
  type IcsLanguage,
} from './ics-text';

export interface IcsInstallment {
  period: number;
  dueDate: IsoDate;
  /** Still owed, in minor units. */
  amount: number;
  status: InstallmentStatus;
}

export interface IcsLoan {
  id: string;
  name: string;
  lender: string;
  currency: CurrencyCode;
  installments: IcsInstallment[];
}

export interface IcsInput {
  loans: IcsLoan[];
  rules: ReminderRules;
  /** Per-loan reminder overrides (optional); a loan whose reminders are off gets events without alarms. */
  overrides?: ReminderOverrides;
  /** False (the default): titles and descriptions name no lender, loan or amount. */
  detailed: boolean;
  language: IcsLanguage;
  /** The user's calendar date; installments due before it are left out. */
  today: IsoDate;
  /** Written as DTSTAMP; the only clock this module sees. */
  now: Date;
}

const DAY_SECONDS = 86_400;

export interface AlarmPlan {
  /** Seconds from the event's start (local midnight of the due date); negative is before it. */
  offsetSeconds: number;
  /** The local date the alarm fires on. */
  date: IsoDate;
}

/**
 * The alarms for one due date: each lead day at the remind-at time, moved out of quiet hours, relative to the
 * all-day event's start. Alarms that would fire before `today` are left out (a calendar would show them as
 * missed at import), and lead days that land on the same moment after quiet hours make one alarm.
 */
export function planAlarms(rules: ReminderRules, dueDate: IsoDate, today: IsoDate): AlarmPlan[] {
  if (!rules.enabled) return [];
  const byOffset = new Map<number, AlarmPlan>();
  for (const lead of rules.leadDays) {
    if (!Number.isInteger(lead) || lead < 0) continue;
    const fired = applyQuietHours(addDaysIso(dueDate, -lead), rules.remindAt, rules.quietHours);
    if (fired.date < today) continue;
    const offsetSeconds = daysBetween(dueDate, fired.date) * DAY_SECONDS + fired.time.hour * 3600 + fired.time.minute * 60;
    byOffset.set(offsetSeconds, { offsetSeconds, date: fired.date });
  }
  return [...byOffset.values()].sort((a, b) => a.offsetSeconds - b.offsetSeconds);
}

/** Midnight UTC of a calendar date: with no calendar time zone the library writes its UTC date as VALUE=DATE. */
const dateValue = (date: IsoDate): Date => new Date(`${date}T00:00:00.000Z`);

interface Entry {
  loan: IcsLoan;
  installment: IcsInstallment;
}

/** The whole calendar as text (CRLF lines, folded at 75 octets, text escaped by ical-generator). */
export function buildRemindersIcs(input: IcsInput): string {
  const { language } = input;
  const calendar = ical({
    prodId: { company: 'QuietLedger', product: 'QuietLedger', language: language === 'zh-CN' ? 'ZH-CN' : 'EN' },
    name: calendarName(language),
  });

  const entries: Entry[] = input.loans.flatMap((loan) =>
    loan.installments.filter((i) => i.status !== 'paid' && i.dueDate >= input.today).map((installment) => ({ loan, installment })),
  );
  entries.sort(
    (a, b) =>
      a.installment.dueDate.localeCompare(b.installment.dueDate) || a.loan.id.localeCompare(b.loan.id) || a.installment.period - b.installment.period,
  );

  for (const { loan, installment } of entries) {
    const rules = rulesForLoan(input.rules, input.overrides ?? {}, loan.id);
    const event = calendar.createEvent({
      id: `${loan.id}-${installment.period}@quietledger`,
      stamp: input.now,
      start: dateValue(installment.dueDate),
      end: dateValue(addDaysIso(installment.dueDate, 1)),
      allDay: true,
      summary: input.detailed
        ? detailedTitle(loan.name, loan.lender, formatAmount(installment.amount, loan.currency, language))
        : discreetTitle(language),
      description: input.detailed ? detailedDescription(language, installment.period) : openAppText(language),
      class: ICalEventClass.PRIVATE,
      transparency: ICalEventTransparency.TRANSPARENT,
    });
    for (const alarm of planAlarms(rules, installment.dueDate, input.today)) {
      event
        .createAlarm({
          type: ICalAlarmType.display,
          // ical-generator counts seconds before the start; RELATED=START keeps positive offsets off the END.
          trigger: -alarm.offsetSeconds,
          description: alarmText(language, daysBetween(alarm.date, installment.dueDate)),
        })
        .relatesTo(ICalAlarmRelatesTo.start);
    }
  }

  // RFC 5545 ends every content line with CRLF, the last one included; the library leaves it off.
  return `${calendar.toString()}\r\n`;
}
