// Row validation: every problem named by row, column header and code; good rows become domain values.
import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/core/csv/mapping';
import { parseCsv } from '../../../src/backend/transfer/csv-text';
import { sampleRows, validateLoanRows, validatePaymentRows, validateScheduleRows } from '../../../src/core/csv/validate';

function loans(text: string) {
  const parsed = parseCsv(text);
  return validateLoanRows(parsed, suggestMapping('loans', parsed.columns));
}

describe('validateLoanRows', () => {
  it('turns rows into loans with default fees, penalty and allocation', () => {
    const { values, issues } = loans(
      '借款名称,出借方,本金,年利率,期数,开始日期,还款方式,还款日\n房贷,银行甲,"1,000,000.00",4.9,360,2026/1/15,等额本金,20\n',
    );
    expect(issues).toEqual([]);
    expect(values).toEqual([
      {
        row: 2,
        value: {
          name: '房贷',
          lender: '银行甲',
          currency: 'CNY',
          terms: {
            method: 'equal-principal',
            principal: 100_000_000,
            startDate: '2026-01-15',
            termPeriods: 360,
            frequency: 'monthly',
            dueDay: 20,
            rate: { ppm: 49_000, unit: 'year', accrual: 'periodic', dayCountBasis: 365 },
            fees: [],
            penalty: { rate: { type: 'none' }, base: 'overdue-principal', lateFee: { type: 'none' }, graceDays: 0 },
            allocationOrder: ['fees', 'penalty', 'interest', 'principal'],
          },
        },
      },
    ]);
  });

  it('takes the rate unit from the rate header when no unit column exists', () => {
    const { values } = loans('name,lender,principal,日利率,term,start date\nA,B,1000,0.05,12,2026-01-01\n');
    expect(values[0]?.value.terms.rate).toMatchObject({ ppm: 500, unit: 'day' });
  });

  it('names every bad cell by row and column, and imports no value from a bad row', () => {
    const { values, issues } = loans(
      [
        'Name,Lender,Principal,Rate,Term,Start date,Method',
        'Good,Bank,100,5,12,2026-01-01,annuity',
        ',Bank,abc,5,12,2026-02-30,annuity',
        'Card,Bank,100,0,12,2026-01-01,分期',
        'Revolving,Bank,100,0,12,2026-01-01,信用卡',
      ].join('\n'),
    );
    expect(values.map((v) => v.row)).toEqual([2]);
    expect(issues).toEqual([
      { row: 3, column: 'Name', field: 'name', code: 'required', value: '' },
      { row: 3, column: 'Principal', field: 'principal', code: 'amount', value: 'abc' },
      { row: 3, column: 'Start date', field: 'startDate', code: 'date', value: '2026-02-30' },
      { row: 4, column: '', field: 'installmentFeeRate', code: 'required', value: '' },
      { row: 5, column: 'Method', field: 'method', code: 'method', value: '信用卡' },
    ]);
  });

  it('reports unmapped required fields and empty files once, for the whole file', () => {
    expect(loans('name,lender\n').issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [0, 'principal', 'unmapped-required'],
      [0, 'rate', 'unmapped-required'],
      [0, 'termPeriods', 'unmapped-required'],
      [0, 'startDate', 'unmapped-required'],
      [0, '', 'no-rows'],
    ]);
  });

  it('refuses names longer than the ledger keeps', () => {
    const { issues } = loans(`name,lender,principal,rate,term,start date\n${'x'.repeat(121)},B,1,1,1,2026-01-01\n`);
    expect(issues).toMatchObject([{ row: 2, column: 'name', code: 'too-long' }]);
  });
});

describe('validateScheduleRows', () => {
  const loan = { currency: 'CNY' as const, principal: 300_000, startDate: '2026-01-10' };
  const run = (text: string) => {
    const parsed = parseCsv(text);
    return validateScheduleRows(parsed, suggestMapping('schedule', parsed.columns), loan);
  };

  it('reads rows in due-date order, fees defaulting to zero', () => {
    const { values, issues } = run('还款日,本金,利息,服务费\n2026-03-10,1000.00,20,\n2026-02-10,1000.00,30,5\n2026-04-10,1000,10,0\n');
    expect(issues).toEqual([]);
    expect(values.map((v) => v.value)).toEqual([
      { dueDate: '2026-02-10', principal: 100_000, interest: 3000, fees: 500 },
      { dueDate: '2026-03-10', principal: 100_000, interest: 2000, fees: 0 },
      { dueDate: '2026-04-10', principal: 100_000, interest: 1000, fees: 0 },
    ]);
  });

  it('requires the principal to add up to the loan', () => {
    const { issues } = run('due date,principal,interest\n2026-02-10,1000,0\n2026-03-10,1999.99,0\n');
    expect(issues).toEqual([{ row: 0, column: 'principal', field: 'principal', code: 'principal-mismatch', value: '2999.99 ≠ 3000.00' }]);
  });

  it('refuses due dates on or before the start', () => {
    const { issues } = run('due date,principal,interest\n2026-01-10,3000,0\n');
    expect(issues).toMatchObject([{ row: 2, column: 'due date', code: 'date' }]);
  });
});

describe('validatePaymentRows', () => {
  it('reads payments and names the bad row', () => {
    const parsed = parseCsv('还款日期;还款金额;备注\n2026/2/10;1 000,00;\n2026/3/10;"2,500.5";第二期\n');
    const { values, issues } = validatePaymentRows(parsed, suggestMapping('payments', parsed.columns), 'CNY');
    expect(values).toEqual([{ row: 3, value: { date: '2026-03-10', amount: 250_050, note: '第二期' } }]);
    expect(issues).toEqual([{ row: 2, column: '还款金额', field: 'amount', code: 'amount', value: '1 000,00' }]);
  });

  it('samples rows field by field', () => {
    const parsed = parseCsv('date,amount,extra\n2026-01-01,5,x\n');
    expect(sampleRows(parsed, { date: 0, amount: 1, note: null })).toEqual([{ date: '2026-01-01', amount: '5' }]);
  });
});
