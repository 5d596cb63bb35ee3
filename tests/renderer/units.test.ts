// Small pure helpers of the renderer: money and date formatting, deadline states, the passphrase
// strength hint, the lock shortcut and the router's vault rule.
import { describe, expect, it } from 'vitest';
import { isLockShortcut } from '../../src/renderer/src/app-events';
import { passphraseStrength } from '../../src/renderer/src/components/vault/passphrase-strength';
import { daysBetween, dueState, formatDate, formatDayMonth, formatRelativeDays } from '../../src/renderer/src/format/dates';
import { currencySymbol, formatMoney } from '../../src/renderer/src/format/money';
import { formatPoints, formatPpmPercent, formatRateFraction } from '../../src/renderer/src/format/rates';
import { resolveVaultRoute } from '../../src/renderer/src/router';

describe('formatMoney', () => {
  it('formats minor units in the locale with the currency', () => {
    expect(formatMoney(530_727, 'CNY', 'zh-CN')).toBe('¥5,307.27');
    expect(formatMoney(530_727, 'CNY', 'en')).toBe('CN¥5,307.27');
    expect(formatMoney(1234, 'JPY', 'en')).toBe('¥1,234');
    expect(formatMoney(10_000_000_000_000, 'USD', 'en')).toBe('$100,000,000,000.00');
  });

  it('gives the symbol a field shows as its prefix', () => {
    expect(currencySymbol('CNY', 'zh-CN')).toBe('¥');
    expect(currencySymbol('USD', 'en')).toBe('$');
  });
});

describe('dates', () => {
  it('formats calendar dates without a time-zone shift', () => {
    expect(formatDate('2026-03-15', 'en')).toBe('Mar 15, 2026');
    expect(formatDate('2026-03-15', 'zh-CN')).toBe('2026年3月15日');
  });

  it('counts calendar days and phrases them', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(formatRelativeDays(3, 'en')).toBe('in 3 days');
    expect(formatRelativeDays(3, 'zh-CN')).toBe('3天后');
    expect(formatRelativeDays(1, 'en')).toBe('tomorrow');
  });

  it('writes a day and month for sentences, adding the year only when it is not this year', () => {
    expect(formatDayMonth('2026-03-15', '2026-01-02', 'en')).toBe('March 15');
    expect(formatDayMonth('2026-03-15', '2026-01-02', 'zh-CN')).toBe('3月15日');
    expect(formatDayMonth('2027-01-15', '2026-12-20', 'en')).toBe('January 15, 2027');
  });

  it('marks deadlines: overdue, today, soon (within 7 days), later', () => {
    expect(dueState(-1)).toBe('overdue');
    expect(dueState(0)).toBe('today');
    expect(dueState(7)).toBe('soon');
    expect(dueState(8)).toBe('later');
  });
});

describe('rates', () => {
  it('shows annual fractions with exactly two decimals, and a dash when there is no rate', () => {
    expect(formatRateFraction(0.239_876, 'en')).toBe('23.99%');
    expect(formatRateFraction(0.049, 'zh-CN')).toBe('4.90%');
    expect(formatRateFraction(null, 'en')).toBe('—');
    expect(formatRateFraction(Number.NaN, 'en')).toBe('—');
  });

  it('shows a stated rate in ppm with two to four decimals', () => {
    expect(formatPpmPercent(49_000, 'en')).toBe('4.90%');
    expect(formatPpmPercent(325, 'en')).toBe('0.0325%');
    expect(formatPoints(0.1012, 'en')).toBe('10.12');
  });
});

describe('passphraseStrength', () => {
  it('is weak below the minimum or when repetitive, strong for a few words', () => {
    expect(passphraseStrength('short', 10)).toBe('weak');
    expect(passphraseStrength('aaaaaaaaaaaaaaaaaaaa', 10)).toBe('weak');
    expect(passphraseStrength('lantern river', 10)).toBe('fair');
    expect(passphraseStrength('quiet river lantern 42', 10)).toBe('strong');
  });
});

describe('isLockShortcut', () => {
  const key = (over: Partial<KeyboardEvent>) => ({ key: 'l', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...over });
  it('is Ctrl+L or Cmd+L and nothing else', () => {
    expect(isLockShortcut(key({ ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key({ metaKey: true, key: 'L' }))).toBe(true);
    expect(isLockShortcut(key({}))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(key({ ctrlKey: true, key: 'k' }))).toBe(false);
  });
});

describe('resolveVaultRoute', () => {
  const to = (name: string, vault?: string) => ({ name, vault, fullPath: `/${name}` });
  it('sends every visit to first run while no vault exists', () => {
    expect(resolveVaultRoute('missing', to('loans', 'unlocked'), false)).toEqual({ name: 'first-run' });
    expect(resolveVaultRoute('missing', to('first-run', 'missing'), false)).toBe(true);
  });

  it('sends a locked visit to unlock, remembering where it was going', () => {
    expect(resolveVaultRoute('locked', to('loans', 'unlocked'), false)).toEqual({ name: 'unlock', query: { to: '/loans' } });
    expect(resolveVaultRoute('locked', to('unlock', 'locked'), false)).toBe(true);
  });

  it('keeps first run open while the recovery key waits for confirmation, then goes to the app', () => {
    expect(resolveVaultRoute('unlocked', to('first-run', 'missing'), true)).toBe(true);
    expect(resolveVaultRoute('unlocked', to('first-run', 'missing'), false)).toEqual({ name: 'overview' });
    expect(resolveVaultRoute('unlocked', to('unlock', 'locked'), false)).toEqual({ name: 'overview' });
    expect(resolveVaultRoute('unlocked', to('loans', 'unlocked'), false)).toBe(true);
  });
});
