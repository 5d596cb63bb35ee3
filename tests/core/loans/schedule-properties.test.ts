import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../../src/core/dates';
import { dueDates } from '../../../src/core/loans/due-dates';
import { revolvingProjection } from '../../../src/core/loans/methods/revolving';
import { buildSchedule } from '../../../src/core/loans/schedule';
import type { Installment } from '../../../src/core/loans/types';
import { customTermsArb, gridTermsArb, revolvingTermsArb } from './schedule-fixtures';

/** Every way a schedule can be malformed, as messages (one expect per schedule keeps the runs fast). */
function problems(rows: Installment[], principal: number): string[] {
  const found: string[] = [];
  let remaining = principal;
  rows.forEach((row, i) => {
    const at = `row ${i + 1}`;
    if (row.period !== i + 1) found.push(`${at}: period ${row.period}`);
    for (const part of [row.principal, row.interest, row.fees]) {
      if (!Number.isSafeInteger(part) || part < 0) found.push(`${at}: part ${part}`);
    }
    if (row.total !== row.principal + row.interest + row.fees) found.push(`${at}: total`);
    remaining -= row.principal;
    if (row.remaining !== remaining) found.push(`${at}: remaining ${row.remaining} ≠ ${remaining}`);
    if (row.remaining < 0) found.push(`${at}: negative balance`);
    if (i > 0 && row.dueDate <= (rows[i - 1]?.dueDate ?? '')) found.push(`${at}: date ${row.dueDate} not after the previous`);
  });
  return found;
}

function expectWellFormed(rows: Installment[], principal: number): void {
  expect(problems(rows, principal)).toEqual([]);
}

describe('schedule properties', () => {
  it('every regular method: principal parts sum to the principal, nothing negative, totals add up, dates increase', () => {
    fc.assert(
      fc.property(gridTermsArb, (terms) => {
        const rows = buildSchedule(terms);
        expectWellFormed(rows, terms.principal);
        expect(rows.reduce((sum, row) => sum + row.principal, 0)).toBe(terms.principal);
        const installments = rows.filter((row) => row.dueDate <= (dueDates(terms).at(-1) ?? ''));
        expect(installments).toHaveLength(terms.method === 'bullet' ? 1 : terms.termPeriods);
        expect((rows[0]?.dueDate ?? '') > terms.startDate).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('credit card: pays down to zero when it pays off, never overpays, stops within 600 months', () => {
    fc.assert(
      fc.property(revolvingTermsArb, (terms) => {
        const rows = buildSchedule(terms);
        expectWellFormed(rows, terms.principal);
        const repaid = rows.reduce((sum, row) => sum + row.principal, 0);
        const { paidOff } = revolvingProjection(terms);
        if (paidOff) expect(repaid).toBe(terms.principal);
        else expect(repaid).toBeLessThan(terms.principal);
        expect(rows.length).toBeLessThanOrEqual(600);
      }),
      { numRuns: 150 },
    );
  });

  it('custom: the rows as given, sorted, remaining reaching zero', () => {
    fc.assert(
      fc.property(customTermsArb, (terms) => {
        const rows = buildSchedule(terms);
        expectWellFormed(rows, terms.principal);
        expect(rows.at(-1)?.remaining).toBe(0);
        expect(rows).toHaveLength(terms.customSchedule?.length ?? 0);
      }),
      { numRuns: 200 },
    );
  });

  it('due dates strictly increase after the start for any first due date, due day and frequency', () => {
    fc.assert(
      fc.property(
        gridTermsArb,
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
        (terms, offset) => {
          const firstDueDate = offset === undefined ? undefined : addDaysIso(terms.startDate, offset);
          const dates = dueDates({ ...terms, firstDueDate });
          expect(dates).toHaveLength(terms.termPeriods);
          if (firstDueDate !== undefined) expect(dates[0]).toBe(firstDueDate);
          expect(dates.every((date, i) => date > (dates[i - 1] ?? terms.startDate))).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
