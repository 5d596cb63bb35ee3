// Mapping suggestions from header names in English and Chinese, and checks of a caller's mapping.
import { describe, expect, it } from 'vitest';
import { loansTable, paymentsTable, scheduleTable } from '../../../src/core/csv/export';
import { completeMapping, mappingProblems, rateUnitFromHeader, suggestMapping } from '../../../src/core/csv/mapping';

describe('suggestMapping', () => {
  it('maps Chinese loan headers, units in brackets ignored', () => {
    const columns = ['借款名称', '贷款机构', '本金（元）', '年利率(%)', '期数', '放款日', '备注'];
    expect(suggestMapping('loans', columns)).toEqual({
      name: 0,
      lender: 1,
      currency: null,
      method: null,
      principal: 2,
      rate: 3,
      rateUnit: null,
      termPeriods: 4,
      frequency: null,
      startDate: 5,
      dueDay: null,
      installmentFeeRate: null,
    });
  });

  it('maps English headers regardless of case and spacing', () => {
    expect(suggestMapping('payments', ['Payment Date', 'AMOUNT', 'Note'])).toEqual({ date: 0, amount: 1, note: 2 });
    expect(suggestMapping('schedule', ['Due date', 'Principal', 'Interest', 'Fees'])).toEqual({ dueDate: 0, principal: 1, interest: 2, fees: 3 });
  });

  it('maps a lender statement by partial names but never guesses remaining or total columns', () => {
    const columns = ['期次', '应还日期', '剩余本金', '本期应还本金', '本期应还利息', '应还合计', '服务费'];
    expect(suggestMapping('schedule', columns)).toEqual({ dueDate: 1, principal: 3, interest: 4, fees: 6 });
  });

  it('gives each column to at most one field', () => {
    const mapping = suggestMapping('payments', ['金额', '金额']);
    expect(mapping).toEqual({ date: null, amount: 0, note: null });
  });

  it.each(['en', 'zh-CN'] as const)('maps the export headers back to their fields (%s)', (language) => {
    const loans = loansTable([], language).header;
    expect(Object.values(suggestMapping('loans', loans))).toEqual(loans.map((_, i) => i));
    const schedule = scheduleTable([], 'CNY', language).header;
    expect(suggestMapping('schedule', schedule)).toEqual({ dueDate: 1, principal: 2, interest: 3, fees: 4 });
    const payments = paymentsTable([], language, false).header;
    expect(suggestMapping('payments', payments)).toEqual({ date: 0, amount: 1, note: 3 });
  });
});

describe('mapping checks', () => {
  it('names unknown fields and columns past the last', () => {
    expect(mappingProblems('payments', ['a', 'b'], { date: 0, amount: 2, colour: 1, note: null })).toEqual([
      { field: 'amount', problem: 'no-such-column' },
      { field: 'colour', problem: 'unknown-field' },
    ]);
    expect(completeMapping('payments', { amount: 1 })).toEqual({ date: null, amount: 1, note: null });
  });

  it('reads the rate unit a header names', () => {
    expect(rateUnitFromHeader('月利率（%）')).toBe('month');
    expect(rateUnitFromHeader('Daily rate')).toBe('day');
    expect(rateUnitFromHeader('年利率')).toBe('year');
    expect(rateUnitFromHeader('利率')).toBeNull();
  });
});
