// Installment statuses and days past due on a fixed as-of date.
import { describe, expect, it } from 'vitest';
import { assignStatuses, daysPastDue, isOverdue } from '../../../src/core/loans/status';

const row = (dueDate: string, settledOn: string | null = null, paidAnything = false) => ({ dueDate, settledOn, paidAnything });

describe('assignStatuses', () => {
  it('marks paid, overdue, the one due now and the ones coming', () => {
    const rows = [row('2026-01-15', '2026-01-15', true), row('2026-02-15'), row('2026-03-15'), row('2026-04-15')];
    expect(assignStatuses(rows, '2026-03-01', 0)).toEqual(['paid', 'overdue', 'due', 'upcoming']);
  });

  it('keeps an installment due within its grace days', () => {
    const rows = [row('2026-02-15'), row('2026-03-15')];
    expect(assignStatuses(rows, '2026-02-18', 3)).toEqual(['due', 'upcoming']);
    expect(assignStatuses(rows, '2026-02-19', 3)).toEqual(['overdue', 'due']);
  });

  it('shows a partly paid current installment as partly-paid, and money paid ahead as partly-paid', () => {
    const rows = [row('2026-02-15', null, true), row('2026-03-15'), row('2026-04-15', null, true)];
    expect(assignStatuses(rows, '2026-02-10', 0)).toEqual(['partly-paid', 'upcoming', 'partly-paid']);
  });

  it('lets overdue win over partly paid', () => {
    expect(assignStatuses([row('2026-02-15', null, true)], '2026-02-16', 0)).toEqual(['overdue']);
  });

  it('treats the due date itself as due, not overdue', () => {
    expect(assignStatuses([row('2026-02-15')], '2026-02-15', 0)).toEqual(['due']);
  });
});

describe('daysPastDue and isOverdue', () => {
  it('counts calendar days from the due date while unsettled, and 0 once settled', () => {
    expect(daysPastDue(row('2026-02-15'), '2026-03-01')).toBe(14);
    expect(daysPastDue(row('2026-02-15', '2026-02-20'), '2026-03-01')).toBe(0);
    expect(daysPastDue(row('2026-02-15'), '2026-02-10')).toBe(0);
  });

  it('is overdue only after the grace days', () => {
    expect(isOverdue(row('2026-02-15'), '2026-02-18', 3)).toBe(false);
    expect(isOverdue(row('2026-02-15'), '2026-02-19', 3)).toBe(true);
  });
});
