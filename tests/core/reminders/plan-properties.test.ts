// Properties of planning: a window split in two plans exactly what the whole window plans (no duplicate,
// no gap), and every reminder fires at the rule's local time unless quiet hours or a DST gap moved it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../../src/core/dates';
import { planOccurrences } from '../../../src/core/reminders/plan';
import type { LocalTime, PlanInput, ReminderRules } from '../../../src/core/reminders/types';
import { localToUtc, toLocal } from '../../../src/core/reminders/zoned-time';
import { inst, loan } from './fixtures';

const ZONES = ['UTC', 'Asia/Shanghai', 'Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
const START = Date.parse('2026-01-01T00:00:00Z');

const time = fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.constantFrom(0, 15, 30, 45) });
const rulesArb: fc.Arbitrary<ReminderRules> = fc.record({
  enabled: fc.constant(true),
  leadDays: fc.uniqueArray(fc.integer({ min: 0, max: 10 }), { maxLength: 4 }),
  remindAt: time,
  overdue: fc.record({ days: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 3 }), thenEvery: fc.option(fc.integer({ min: 2, max: 14 })) }),
  quietHours: fc.option(fc.record({ start: time, end: time })),
});
const loansArb = fc.array(
  fc.array(fc.record({ day: fc.integer({ min: 0, max: 500 }), paid: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  { minLength: 1, maxLength: 3 },
).map((loans) =>
  loans.map((rows, l) => loan(`L${l}`, rows.map((r, i) => inst(i + 1, addDaysIso('2026-01-01', r.day), r.paid ? 'paid' : 'overdue')))),
);
const inputArb = fc.record({
  loans: loansArb,
  rules: rulesArb,
  timeZone: fc.constantFrom(...ZONES),
  // Three cut points within about 14 months, to the minute.
  cuts: fc.tuple(fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 600_000 }), fc.integer({ min: 0, max: 600_000 })),
});

const iso = (minutes: number): string => new Date(START + minutes * 60_000).toISOString();
const mins = (t: LocalTime): number => t.hour * 60 + t.minute;

function inQuiet(t: LocalTime, q: ReminderRules['quietHours']): boolean {
  if (!q || mins(q.start) === mins(q.end)) return false;
  return mins(q.start) < mins(q.end) ? mins(t) >= mins(q.start) && mins(t) < mins(q.end) : mins(t) >= mins(q.start) || mins(t) < mins(q.end);
}

describe('planOccurrences properties', () => {
  it('planning [a, c) equals planning [a, b) then [b, c)', () => {
    fc.assert(
      fc.property(inputArb, ({ loans, rules, timeZone, cuts }) => {
        const [a, b, c] = [...cuts].sort((x, y) => x - y) as [number, number, number];
        const input = (from: number, to: number): PlanInput => ({ loans, rules, overrides: {}, timeZone, from: iso(from), to: iso(to) });
        const whole = planOccurrences(input(a, c));
        const parts = [...planOccurrences(input(a, b)), ...planOccurrences(input(b, c))];
        expect(parts).toEqual(whole);
        expect(new Set(whole.map((o) => o.id)).size).toBe(whole.length);
      }),
      { numRuns: 100 },
    );
  });

  it('fires at the rule’s local time, at the end of quiet hours, or at the end of a DST gap', () => {
    fc.assert(
      fc.property(inputArb, ({ loans, rules, timeZone, cuts }) => {
        const [a, , c] = [...cuts].sort((x, y) => x - y) as [number, number, number];
        const list = planOccurrences({ loans, rules, overrides: {}, timeZone, from: iso(a), to: iso(c) });
        const moved = inQuiet(rules.remindAt, rules.quietHours);
        const expected = moved && rules.quietHours ? rules.quietHours.end : rules.remindAt;
        const wraps = moved && rules.quietHours !== null && mins(rules.remindAt) >= mins(rules.quietHours.start) && mins(rules.quietHours.start) > mins(rules.quietHours.end);
        for (const o of list) {
          const planned = addDaysIso(o.dueDate, o.kind === 'overdue' ? o.offsetDays : -o.offsetDays);
          const date = wraps ? addDaysIso(planned, 1) : planned;
          const local = toLocal(Date.parse(o.fireAt), timeZone);
          expect(local.date).toBe(date);
          const exists = toLocal(localToUtc(date, expected, timeZone), timeZone).hour === expected.hour;
          if (exists) expect(mins(local)).toBe(mins(expected));
          else {
            expect(mins(local) - mins(expected)).toBeGreaterThan(0);
            expect(mins(local) - mins(expected)).toBeLessThanOrEqual(60);
          }
          expect(o.kind === 'overdue' || !loans.some((l) => l.id === o.loanId && l.installments.some((i) => i.period === o.period && i.status === 'paid'))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });
});
