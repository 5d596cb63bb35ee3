import { describe, expect, it } from 'vitest';
import { addDaysIso, dayOfMonthAfter, daysBetween } from '../../../src/core/dates';
import { dueDates } from '../../../src/core/loans/due-dates';
import { loanTerms } from './schedule-fixtures';

describe('due dates', () => {
  it('defaults to the start day one month on, clamping from the anchor, never chaining', () => {
    expect(dueDates(loanTerms({ startDate: '2026-01-31', termPeriods: 4 }))).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(dueDates(loanTerms({ startDate: '2027-12-31', termPeriods: 3 }))).toEqual(['2028-01-31', '2028-02-29', '2028-03-31']);
  });

  it('puts a due day of 31 on the last day of shorter months and back on the 31st after', () => {
    const dates = dueDates(loanTerms({ startDate: '2026-01-10', dueDay: 31, termPeriods: 4 }));
    expect(dates).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
  });

  it('starts from the lender’s first due date and follows its day, or the due day when given', () => {
    expect(dueDates(loanTerms({ firstDueDate: '2026-02-28', termPeriods: 3 }))).toEqual(['2026-02-28', '2026-03-28', '2026-04-28']);
    expect(dueDates(loanTerms({ firstDueDate: '2026-02-28', dueDay: 31, termPeriods: 3 }))).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(dueDates(loanTerms({ firstDueDate: '2026-02-05', dueDay: 20, termPeriods: 2 }))).toEqual(['2026-02-05', '2026-03-20']);
  });

  it('steps 7 or 14 days for weekly and bi-weekly loans, from start + 7/14 days or the first due date', () => {
    expect(dueDates(loanTerms({ frequency: 'weekly', startDate: '2026-02-20', termPeriods: 3 }))).toEqual(['2026-02-27', '2026-03-06', '2026-03-13']);
    expect(dueDates(loanTerms({ frequency: 'biweekly', startDate: '2026-02-20', termPeriods: 3 }))).toEqual(['2026-03-06', '2026-03-20', '2026-04-03']);
    expect(dueDates(loanTerms({ frequency: 'biweekly', firstDueDate: '2026-03-01', dueDay: 31, termPeriods: 2 }))).toEqual(['2026-03-01', '2026-03-15']);
  });

  it('gives as many dates as asked', () => {
    expect(dueDates(loanTerms({ termPeriods: 12 }), 2)).toEqual(['2026-02-15', '2026-03-15']);
  });

  it('uses a custom schedule’s own dates, sorted', () => {
    const terms = loanTerms({
      method: 'custom',
      customSchedule: [
        { dueDate: '2026-05-01', principal: 1, interest: 0, fees: 0 },
        { dueDate: '2026-03-01', principal: 1, interest: 0, fees: 0 },
      ],
    });
    expect(dueDates(terms)).toEqual(['2026-03-01', '2026-05-01']);
  });

  it('counts calendar days across month ends, leap days and daylight-saving changes', () => {
    expect(daysBetween('2026-01-15', '2026-02-15')).toBe(31);
    expect(daysBetween('2028-02-15', '2028-03-15')).toBe(29);
    expect(daysBetween('2026-03-01', '2026-11-01')).toBe(245);
    expect(daysBetween('2026-02-15', '2026-01-15')).toBe(-31);
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01');
    expect(dayOfMonthAfter('2026-11-30', 3, 31)).toBe('2027-02-28');
    expect(dayOfMonthAfter('2026-03-15', -1, 30)).toBe('2026-02-28');
  });
});
