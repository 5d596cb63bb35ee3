// The reminder settings form's rules: choices keep saved values, times round-trip through "HH:mm",
// quiet hours may wrap past midnight, and the checks that block a save.
import { describe, expect, it } from 'vitest';
import {
  dayChoices,
  insideQuietHours,
  LEAD_DAY_CHOICES,
  parseTime,
  timeText,
  validateSettings,
} from '../../../src/renderer/src/components/reminders/settings-form';
import { settings } from './reminder-fixtures';

describe('settings form model', () => {
  it('offers the standard days plus any saved one, largest first', () => {
    expect(dayChoices(LEAD_DAY_CHOICES, [2, 7])).toEqual([14, 7, 3, 2, 1, 0]);
  });

  it('turns times into "HH:mm" and back, refusing nonsense', () => {
    expect(timeText({ hour: 9, minute: 5 })).toBe('09:05');
    expect(parseTime('21:30')).toEqual({ hour: 21, minute: 30 });
    expect(parseTime('25:00')).toBeNull();
    expect(parseTime(null)).toBeNull();
  });

  it('knows when a time falls in quiet hours, across midnight too', () => {
    const night = { start: { hour: 22, minute: 0 }, end: { hour: 8, minute: 0 } };
    expect(insideQuietHours({ hour: 23, minute: 0 }, night)).toBe(true);
    expect(insideQuietHours({ hour: 7, minute: 59 }, night)).toBe(true);
    expect(insideQuietHours({ hour: 8, minute: 0 }, night)).toBe(false);
    expect(insideQuietHours({ hour: 9, minute: 0 }, night)).toBe(false);
    const lunch = { start: { hour: 12, minute: 0 }, end: { hour: 13, minute: 30 } };
    expect(insideQuietHours({ hour: 12, minute: 45 }, lunch)).toBe(true);
    expect(insideQuietHours({ hour: 9, minute: 0 }, null)).toBe(false);
  });

  it('blocks equal quiet-hour ends and an enabled rule set with no day at all', () => {
    expect(validateSettings(settings())).toEqual({});
    const same = settings({ rules: { ...settings().rules, quietHours: { start: { hour: 8, minute: 0 }, end: { hour: 8, minute: 0 } } } });
    expect(validateSettings(same)).toEqual({ quiet: 'quietSame' });
    const none = settings({ rules: { ...settings().rules, leadDays: [], overdue: { days: [], thenEvery: null } } });
    expect(validateSettings(none)).toEqual({ days: 'nothingToRemind' });
    expect(validateSettings({ ...none, rules: { ...none.rules, enabled: false } })).toEqual({});
  });
});
