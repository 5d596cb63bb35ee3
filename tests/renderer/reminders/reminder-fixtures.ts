// Reminder data for renderer tests, and a scripted reminders.* backend plugged into FakeBackend, so
// stores and components meet the contract's shapes without the real service.
import type { ApiResult } from '../../../src/contract/errors';
import type {
  AwayGroup,
  ReminderItem,
  ReminderNotice,
  ReminderPoll,
  ReminderSettings,
  RemindersOverview,
} from '../../../src/contract/reminders';
import type { ExportFile } from '../../../src/contract/transfer';
import { FakeBackend } from '../fake-backend';

export const LOAN_ID = '4f7c5b7e-2d0e-4a53-9a53-0d7c1f6b2a10';

export function item(over: Partial<ReminderItem> = {}): ReminderItem {
  return {
    id: `${LOAN_ID}:3:before-due:3`,
    loanId: LOAN_ID,
    loanName: 'Car loan',
    lender: 'Harbor Bank',
    period: 3,
    dueDate: '2026-03-05',
    kind: 'before-due',
    offsetDays: 3,
    fireAt: '2026-03-02T01:00:00.000Z',
    amount: 107_200,
    currency: 'CNY',
    state: 'delivered',
    snoozedUntil: null,
    stages: [],
    stageDate: null,
    ...over,
  };
}

export function awayGroup(over: Partial<AwayGroup> = {}): AwayGroup {
  return {
    loanId: LOAN_ID,
    loanName: 'Car loan',
    lender: 'Harbor Bank',
    currency: 'CNY',
    outstanding: 107_200,
    oldestDueDate: '2026-03-05',
    overdue: true,
    items: [item(), item({ id: `${LOAN_ID}:3:due-today:0`, kind: 'due-today', offsetDays: 0, fireAt: '2026-03-05T01:00:00.000Z' })],
    nextStage: { kind: 'credit-report', date: '2026-04-04', daysLeft: 7 },
    ...over,
  };
}

export function overview(over: Partial<RemindersOverview> = {}): RemindersOverview {
  return {
    now: '2026-03-02T01:00:00.000Z',
    today: '2026-03-02',
    timeZone: 'Asia/Shanghai',
    attention: [],
    upcoming: [],
    snoozed: [],
    away: [],
    month: { month: '2026-03', days: [] },
    ...over,
  };
}

export function settings(over: Partial<ReminderSettings> = {}): ReminderSettings {
  return {
    rules: {
      enabled: true,
      leadDays: [7, 3, 1, 0],
      remindAt: { hour: 9, minute: 0 },
      overdue: { days: [1, 3, 7], thenEvery: 7 },
      quietHours: { start: { hour: 22, minute: 0 }, end: { hour: 8, minute: 0 } },
    },
    detailedText: false,
    escalationLeadDays: [3, 1],
    ...over,
  };
}

export function notice(over: Partial<ReminderNotice> = {}): ReminderNotice {
  return {
    id: `${LOAN_ID}:3:before-due:3`,
    occurrenceIds: [`${LOAN_ID}:3:before-due:3`],
    title: 'QuietLedger',
    body: 'A payment is due in 3 days',
    canMarkPaid: true,
    route: `/loans/${LOAN_ID}`,
    ...over,
  };
}

/** What the scripted reminders.* methods answer; tests change the fields between calls. */
export class RemindersScript {
  overview = overview();
  settings = settings();
  polls: ReminderPoll[] = [];
  ics: ExportFile = { filename: 'quietledger-reminders.ics', mimeType: 'text/calendar', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' };

  constructor(readonly backend: FakeBackend = new FakeBackend()) {
    backend.extra = (method, input) => this.handle(method, input);
  }

  private handle(method: string, input: Record<string, unknown>): ApiResult<unknown> | undefined {
    const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });
    switch (method) {
      case 'reminders.overview':
        return ok(typeof input.month === 'string' ? { ...this.overview, month: { month: input.month, days: [] } } : this.overview);
      case 'reminders.poll':
        return ok(this.polls.shift() ?? { notices: [], attentionCount: this.overview.attention.length });
      case 'reminders.act':
        if (input.action === 'dismiss' || input.action === 'paid') {
          this.overview = { ...this.overview, attention: this.overview.attention.filter((i) => i.id !== input.id) };
        }
        return ok(null);
      case 'reminders.ackAway':
        this.overview = { ...this.overview, away: [] };
        return ok(null);
      case 'reminders.getSettings':
        return ok(structuredClone(this.settings));
      case 'reminders.setSettings':
        this.settings = structuredClone(input as unknown as ReminderSettings);
        return ok(structuredClone(this.settings));
      case 'reminders.exportIcs':
        return ok(this.ics);
      default:
        return undefined;
    }
  }

  calls(method: string): unknown[] {
    return this.backend.calls.filter((c) => c.method === method).map((c) => c.input);
  }
}
