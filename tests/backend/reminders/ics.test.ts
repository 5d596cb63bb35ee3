// The calendar export read back by an independent parser: which installments become events, when their
// alarms fire (lead days, remind-at time, quiet hours), what a discreet file hides, and stable UIDs.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRemindersIcs, type IcsInput, type IcsLoan } from '../../../src/backend/reminders/ics';
import { formatAmount } from '../../../src/backend/reminders/ics-text';
import { addDaysIso, daysBetween, type IsoDate } from '../../../src/core/dates';
import { INSTALLMENT_STATUSES } from '../../../src/core/loans/ledger-types';
import { applyQuietHours, DEFAULT_REMINDER_RULES } from '../../../src/core/reminders/rules';
import type { LocalTime, QuietHours, ReminderRules } from '../../../src/core/reminders/types';
import { parseIcs, type ParsedEvent } from './ical-parse';

const TODAY = '2026-11-28';
const NOW = new Date('2026-11-28T07:04:00.000Z');
const NAME_CANARY = 'CanaryLoanXQ7';
const LENDER_CANARY = 'CanaryLenderZP3';

const loan = (over: Partial<IcsLoan> = {}): IcsLoan => ({
  id: 'loan-a',
  name: NAME_CANARY,
  lender: LENDER_CANARY,
  currency: 'CNY',
  installments: [
    { period: 1, dueDate: '2026-10-28', amount: 0, status: 'paid' },
    { period: 2, dueDate: '2026-11-27', amount: 50_000, status: 'overdue' },
    { period: 3, dueDate: '2026-12-28', amount: 987_654, status: 'upcoming' },
    { period: 4, dueDate: '2027-01-28', amount: 987_654, status: 'upcoming' },
  ],
  ...over,
});

const input = (over: Partial<IcsInput> = {}): IcsInput => ({
  loans: [loan()],
  rules: DEFAULT_REMINDER_RULES,
  detailed: false,
  language: 'en',
  today: TODAY,
  now: NOW,
  ...over,
});

const noQuiet = (over: Partial<ReminderRules> = {}): ReminderRules => ({ ...DEFAULT_REMINDER_RULES, quietHours: null, ...over });

function only(events: ParsedEvent[], uid: string): ParsedEvent {
  const found = events.find((e) => e.uid === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('buildRemindersIcs: events', () => {
  it('parses as a VCALENDAR identifying QuietLedger, with CRLF lines', () => {
    const ics = buildRemindersIcs(input());
    const parsed = parseIcs(ics);
    expect(parsed.name).toBe('vcalendar');
    expect(parsed.version).toBe('2.0');
    expect(parsed.prodId).toContain('QuietLedger');
    expect(parsed.calName).toBe('QuietLedger');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('makes one event per unpaid installment due today or later, leaving out paid and past ones', () => {
    const other = loan({
      id: 'loan-b',
      installments: [
        { period: 1, dueDate: TODAY, amount: 1_000, status: 'due' },
        { period: 2, dueDate: '2026-12-28', amount: 0, status: 'paid' },
        { period: 3, dueDate: '2027-01-28', amount: 400, status: 'partly-paid' },
      ],
    });
    const parsed = parseIcs(buildRemindersIcs(input({ loans: [loan(), other] })));
    expect(parsed.events.map((e) => e.uid).sort()).toEqual(
      ['loan-a-3@quietledger', 'loan-a-4@quietledger', 'loan-b-1@quietledger', 'loan-b-3@quietledger'].sort(),
    );
  });

  it('makes each event all-day on its due date, ending the next day, stamped with the given now', () => {
    const parsed = parseIcs(buildRemindersIcs(input({ loans: [loan({ installments: [{ period: 7, dueDate: '2028-02-29', amount: 1, status: 'upcoming' }] })] })));
    const [event] = parsed.events;
    expect(event?.startIsDate).toBe(true);
    expect(event?.start).toBe('2028-02-29');
    expect(event?.endIsDate).toBe(true);
    expect(event?.end).toBe('2028-03-01');
    expect(event?.stamp).toBe('2026-11-28T07:04:00Z');
  });

  it('still gives a valid VCALENDAR for no loans (and in Chinese names the calendar 安心账本)', () => {
    const parsed = parseIcs(buildRemindersIcs(input({ loans: [], language: 'zh-CN' })));
    expect(parsed.name).toBe('vcalendar');
    expect(parsed.events).toEqual([]);
    expect(parsed.calName).toBe('安心账本');
  });

  it('keeps UIDs stable between builds, whatever the stamp or the amount', () => {
    const first = parseIcs(buildRemindersIcs(input()));
    const changed = loan({ installments: loan().installments.map((i) => ({ ...i, amount: i.amount + 1 })) });
    const second = parseIcs(buildRemindersIcs(input({ loans: [changed], now: new Date('2027-01-01T00:00:00Z'), detailed: true })));
    expect(second.events.map((e) => e.uid)).toEqual(first.events.map((e) => e.uid));
    expect(first.events.map((e) => e.uid)).toEqual(['loan-a-3@quietledger', 'loan-a-4@quietledger']);
  });

  it('reads no clock: the output is the same whatever the system time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
    const early = buildRemindersIcs(input());
    vi.setSystemTime(new Date('2040-06-15T12:00:00Z'));
    expect(buildRemindersIcs(input())).toBe(early);
  });
});

describe('buildRemindersIcs: alarms', () => {
  const farLoan = loan({ installments: [{ period: 1, dueDate: '2026-12-28', amount: 100, status: 'upcoming' }] });

  it('puts a DISPLAY alarm at 09:00 for each default lead day (7, 3, 1, 0), relative to the start', () => {
    const [event] = parseIcs(buildRemindersIcs(input({ loans: [farLoan], rules: noQuiet() }))).events;
    expect(event?.alarms.map((a) => a.trigger)).toEqual(['-P6DT15H', '-P2DT15H', '-PT15H', 'PT9H']);
    expect(event?.alarms.map((a) => a.triggerSeconds)).toEqual([-(6 * 86_400 + 15 * 3600), -(2 * 86_400 + 15 * 3600), -15 * 3600, 9 * 3600]);
    expect(event?.alarms.every((a) => a.action === 'DISPLAY' && a.related !== 'END')).toBe(true);
    expect(event?.alarms.map((a) => a.description)).toEqual([
      'A payment is due in 7 days',
      'A payment is due in 3 days',
      'A payment is due tomorrow',
      'A payment is due today',
    ]);
  });

  it('uses the remind-at minutes too', () => {
    const [event] = parseIcs(buildRemindersIcs(input({ loans: [farLoan], rules: noQuiet({ leadDays: [1, 0], remindAt: { hour: 9, minute: 30 } }) }))).events;
    expect(event?.alarms.map((a) => a.trigger)).toEqual(['-PT14H30M', 'PT9H30M']);
  });

  it('moves a remind-at time inside wrapping quiet hours to their end, the next morning', () => {
    const rules: ReminderRules = { ...DEFAULT_REMINDER_RULES, remindAt: { hour: 23, minute: 30 } };
    const [event] = parseIcs(buildRemindersIcs(input({ loans: [farLoan], rules }))).events;
    expect(event?.alarms.map((a) => a.trigger)).toEqual(['-P5DT16H', '-P1DT16H', 'PT8H', 'P1DT8H']);
    expect(event?.alarms.map((a) => a.description)).toEqual([
      'A payment is due in 6 days',
      'A payment is due in 2 days',
      'A payment is due today',
      'A payment is overdue',
    ]);
  });

  it('moves a remind-at time inside daytime quiet hours to their end the same day', () => {
    const rules = noQuiet({ leadDays: [7], remindAt: { hour: 12, minute: 30 }, quietHours: { start: { hour: 12, minute: 0 }, end: { hour: 14, minute: 0 } } });
    const [event] = parseIcs(buildRemindersIcs(input({ loans: [farLoan], rules }))).events;
    expect(event?.alarms.map((a) => a.trigger)).toEqual(['-P6DT10H']);
  });

  it('leaves out alarms that would fire before today and merges lead days that land on one moment', () => {
    const soon = loan({ installments: [{ period: 1, dueDate: addDaysIso(TODAY, 2), amount: 100, status: 'due' }] });
    const [event] = parseIcs(buildRemindersIcs(input({ loans: [soon], rules: noQuiet({ leadDays: [7, 3, 2, 2, 0, -1, 1.5] }) }))).events;
    expect(event?.alarms.map((a) => a.trigger)).toEqual(['-P1DT15H', 'PT9H']);
  });

  it('writes no VALARM when reminders are off, but keeps the events', () => {
    const ics = buildRemindersIcs(input({ rules: { ...DEFAULT_REMINDER_RULES, enabled: false } }));
    expect(ics).not.toContain('VALARM');
    expect(parseIcs(ics).events).toHaveLength(2);
  });

  it('applies a loan override: a loan with its reminders off keeps its events without alarms', () => {
    const parsed = parseIcs(buildRemindersIcs(input({ loans: [loan(), loan({ id: 'loan-b' })], overrides: { 'loan-b': { enabled: false } } })));
    expect(only(parsed.events, 'loan-b-3@quietledger').alarms).toEqual([]);
    expect(only(parsed.events, 'loan-a-3@quietledger').alarms).toHaveLength(4);
  });
});

describe('buildRemindersIcs: words', () => {
  const amountForms = ['987654', '9876.54', '9,876.54', '9\\,876.54'];

  it.each(['en', 'zh-CN'] as const)('discreet output (%s) names no loan, lender or amount', (language) => {
    const ics = buildRemindersIcs(input({ language }));
    for (const canary of [NAME_CANARY, LENDER_CANARY, ...amountForms]) expect(ics).not.toContain(canary);
    const events = parseIcs(ics).events;
    const expected = language === 'en' ? ['Payment due', 'Open QuietLedger for the details.'] : ['还款日', '打开安心账本查看详情。'];
    expect(events.map((e) => [e.summary, e.description])).toEqual([expected, expected]);
  });

  it('detailed output names the loan, lender, amount and period', () => {
    const ics = buildRemindersIcs(input({ detailed: true }));
    expect(ics).toContain(NAME_CANARY);
    expect(ics).toContain(LENDER_CANARY);
    const event = only(parseIcs(ics).events, 'loan-a-3@quietledger');
    expect(event.summary).toBe(`${NAME_CANARY} · ${LENDER_CANARY}: CN¥9,876.54`);
    expect(event.description).toBe('Installment 3. Open QuietLedger for the details.');
    const zh = only(parseIcs(buildRemindersIcs(input({ detailed: true, language: 'zh-CN' }))).events, 'loan-a-4@quietledger');
    expect(zh.summary).toBe(`${NAME_CANARY} · ${LENDER_CANARY}: ¥9,876.54`);
    expect(zh.description).toBe('第 4 期。打开安心账本查看详情。');
  });

  it('keeps commas, semicolons, backslashes, newlines, quotes and long CJK names through a round trip', () => {
    const name = '房贷, 第二套; "建行"\\分行\n备注：'.concat('很长的名字'.repeat(12), ' 😀');
    const lender = 'Bank; Ltd, "A\\B"\r\nLine 2';
    const ics = buildRemindersIcs(input({ detailed: true, language: 'zh-CN', loans: [loan({ name, lender, currency: 'USD' })] }));
    expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const event = only(parseIcs(ics).events, 'loan-a-3@quietledger');
    expect(event.summary).toBe(`${name} · ${lender.replace('\r\n', '\n')}: US$9,876.54`);
  });

  it('leaves the lender out of a detailed title when the loan has none', () => {
    const event = only(parseIcs(buildRemindersIcs(input({ detailed: true, loans: [loan({ lender: '  ' })] }))).events, 'loan-a-3@quietledger');
    expect(event.summary).toBe(`${NAME_CANARY}: CN¥9,876.54`);
  });

  it.each([
    [123_456, 'CNY', 'en', 'CN¥1,234.56'],
    [123_456, 'CNY', 'zh-CN', '¥1,234.56'],
    [5, 'USD', 'en', '$0.05'],
    [1_234, 'JPY', 'en', '¥1,234'],
    [10_000_000_000_000, 'EUR', 'en', '€100,000,000,000.00'],
    [9_999_999_999_999, 'GBP', 'en', '£99,999,999,999.99'],
  ] as const)('formats %i minor units of %s in %s as %s', (minor, currency, language, expected) => {
    expect(formatAmount(minor, currency, language)).toBe(expected);
  });
});

describe('buildRemindersIcs: properties', () => {
  const time = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) });
  const quiet: fc.Arbitrary<QuietHours | null> = fc.option(fc.record({ start: time, end: time }), { nil: null });
  const installments = fc.array(
    fc.record({
      period: fc.integer({ min: 1, max: 360 }),
      offset: fc.integer({ min: -60, max: 60 }),
      amount: fc.integer({ min: 0, max: 10_000_000 }),
      status: fc.constantFrom(...INSTALLMENT_STATUSES),
    }),
    { maxLength: 8 },
  );
  const loans = fc.array(installments, { maxLength: 3 }).map((list) =>
    list.map(
      (items, index): IcsLoan => ({
        id: `loan-${index}`,
        name: `n${index}`,
        lender: `l${index}`,
        currency: 'CNY',
        // Periods made unique per loan so UIDs are too.
        installments: items.map((i, k) => ({ period: k + 1, dueDate: addDaysIso(TODAY, i.offset), amount: i.amount, status: i.status })),
      }),
    ),
  );
  const leadDays = fc.array(fc.integer({ min: -2, max: 40 }), { maxLength: 6 });

  const minutes = (t: LocalTime): number => t.hour * 60 + t.minute;
  const inQuiet = (minuteOfDay: number, q: QuietHours): boolean => {
    const [s, e] = [minutes(q.start), minutes(q.end)];
    if (s === e) return false;
    return s < e ? minuteOfDay >= s && minuteOfDay < e : minuteOfDay >= s || minuteOfDay < e;
  };

  it('event and alarm counts match the installments and lead days (no quiet hours)', () => {
    fc.assert(
      fc.property(loans, leadDays, time, fc.boolean(), (list, leads, remindAt, enabled) => {
        const events = parseIcs(buildRemindersIcs(input({ loans: list, rules: noQuiet({ leadDays: leads, remindAt, enabled }) }))).events;
        const expected = list.flatMap((l) => l.installments.filter((i) => i.status !== 'paid' && i.dueDate >= TODAY));
        expect(events).toHaveLength(expected.length);
        for (const l of list) {
          for (const i of l.installments.filter((x) => x.status !== 'paid' && x.dueDate >= TODAY)) {
            const ahead = daysBetween(TODAY, i.dueDate);
            const wanted = enabled ? new Set(leads.filter((d) => d >= 0 && d <= ahead)).size : 0;
            expect(only(events, `${l.id}-${i.period}@quietledger`).alarms).toHaveLength(wanted);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('with quiet hours, every alarm fires outside them, on or after today, once per distinct moment', () => {
    fc.assert(
      fc.property(loans, leadDays, time, quiet, (list, leads, remindAt, quietHours) => {
        const events = parseIcs(buildRemindersIcs(input({ loans: list, rules: { ...DEFAULT_REMINDER_RULES, leadDays: leads, remindAt, quietHours } }))).events;
        for (const l of list) {
          for (const i of l.installments.filter((x) => x.status !== 'paid' && x.dueDate >= TODAY)) {
            const alarms = only(events, `${l.id}-${i.period}@quietledger`).alarms;
            const moments = new Set<string>();
            for (const lead of new Set(leads.filter((d) => d >= 0))) {
              const fired = applyQuietHours(addDaysIso(i.dueDate, -lead), remindAt, quietHours);
              if (fired.date >= TODAY) moments.add(`${fired.date} ${minutes(fired.time)}`);
            }
            expect(alarms).toHaveLength(moments.size);
            for (const a of alarms) {
              const dayShift = Math.floor(a.triggerSeconds / 86_400);
              const minuteOfDay = (a.triggerSeconds - dayShift * 86_400) / 60;
              const date: IsoDate = addDaysIso(i.dueDate, dayShift);
              expect(date >= TODAY).toBe(true);
              if (quietHours) expect(inQuiet(minuteOfDay, quietHours)).toBe(false);
              expect(moments.has(`${date} ${minuteOfDay}`)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
