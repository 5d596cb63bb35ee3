// The loan editor's model: each repayment method's fields mapped to LoanTerms (and nothing from other
// methods leaking in), fees and penalty, validation messages in both languages, the way back from a
// stored loan, and backend issue paths mapped to fields. Textbook figures come from the live preview.
import { describe, expect, it } from 'vitest';
import { loanInputSchema, type Loan } from '../../../src/contract/loans';
import { DEFAULT_LPR } from '../../../src/core/cost/lpr-defaults';
import type { LoanTerms, RepaymentMethod } from '../../../src/core/loans/types';
import { previewLoan } from '../../../src/renderer/src/components/loans/editor/editor-preview';
import { fieldForIssuePath, problemsFromIssues } from '../../../src/renderer/src/components/loans/editor/editor-problems';
import { buildTerms, validateEditor } from '../../../src/renderer/src/components/loans/editor/editor-validate';
import { emptyCustomRow, emptyEditor, emptyFee, loanToEditor, type LoanEditorValues } from '../../../src/renderer/src/components/loans/editor/editor-values';
import { createAppI18n } from '../../../src/renderer/src/i18n';
import { loanToInput } from '../../../src/renderer/src/stores/loans';
import { annuityTerms, loanInput } from '../loan-fixtures';

const TODAY = '2026-03-01';

function form(over: Partial<LoanEditorValues>): LoanEditorValues {
  return { ...emptyEditor(TODAY), name: 'Loan', lender: 'Lender', startDate: '2025-03-15', ...over };
}
function terms(over: Partial<LoanEditorValues>): LoanTerms {
  const built = buildTerms(form(over));
  expect(built.problems).toEqual({});
  if (!built.terms) throw new Error('no terms');
  return built.terms;
}
const context = { currency: 'CNY' as const, jurisdiction: 'CN' as const, lenderType: 'bank' as const, militaryBorrower: false, lpr: DEFAULT_LPR };
function firstTotals(t: LoanTerms, n = 2): number[] {
  return previewLoan(t, context)?.schedule.slice(0, n).map((row) => row.total) ?? [];
}

describe('per-method field → terms mapping', () => {
  const periodic = { principal: '1,000,000', rate: '4.9', termPeriods: '360' };

  it('annuity: the textbook mortgage, 5,307.27 a month', () => {
    const t = terms({ method: 'annuity', ...periodic });
    expect(t).toEqual(annuityTerms());
    expect(firstTotals(t)).toEqual([530_727, 530_727]);
  });

  it('equal principal: 6,861.11 then 6,849.77', () => {
    const t = terms({ method: 'equal-principal', ...periodic });
    expect(t.method).toBe('equal-principal');
    expect(firstTotals(t)).toEqual([686_111, 684_977]);
  });

  it('interest-only and bullet keep rate, accrual, term and frequency', () => {
    const io = terms({ method: 'interest-only', principal: '120,000', rate: '6', termPeriods: '12', accrual: 'daily', dayCountBasis: 360 });
    expect(io).toMatchObject({ method: 'interest-only', principal: 12_000_000, termPeriods: 12, rate: { ppm: 60_000, unit: 'year', accrual: 'daily', dayCountBasis: 360 } });
    const bullet = terms({ method: 'bullet', principal: '10,000', rate: '1', rateUnit: 'month', termPeriods: '6', frequency: 'weekly' });
    expect(bullet).toMatchObject({ method: 'bullet', termPeriods: 6, frequency: 'weekly', rate: { ppm: 10_000, unit: 'month' } });
    expect(previewLoan(bullet, context)?.schedule).toHaveLength(1);
  });

  it('installment plan: fee rate per period, no contract rate, monthly — 12,000 at 0.6 % is 1,072.00', () => {
    const t = terms({ method: 'card-installment', principal: '12000', installmentFee: '0.6', termPeriods: '12', rate: '5', frequency: 'weekly' });
    expect(t).toMatchObject({ method: 'card-installment', installmentFeePpm: 6_000, frequency: 'monthly', termPeriods: 12, rate: { ppm: 0 } });
    expect(firstTotals(t)).toEqual([107_200, 107_200]);
  });

  it('credit card: statement balance and date, daily rate, statement and due days, minimum rule', () => {
    const t = terms({
      method: 'revolving',
      principal: '10,000',
      rate: '0.05',
      rateUnit: 'day',
      statementDay: '5',
      cardDueDay: '25',
      minPaymentPercent: '10',
      minPaymentFloor: '100',
      termPeriods: '999',
    });
    expect(t).toMatchObject({
      method: 'revolving',
      principal: 1_000_000,
      termPeriods: 1,
      rate: { ppm: 500, unit: 'day', accrual: 'daily' },
      revolving: { statementDay: 5, dueDay: 25, minPaymentPpm: 100_000, minPaymentFloor: 10_000 },
    });
    expect(t.installmentFeePpm).toBeUndefined();
  });

  it('custom: the rows become the schedule, the principal is their sum, the rate may stay empty', () => {
    const rows = [
      { ...emptyCustomRow('2025-04-15'), principal: '1,000', interest: '50' },
      { ...emptyCustomRow('2025-05-15'), principal: '1,000', interest: '30', fees: '10' },
      { ...emptyCustomRow('2025-06-15'), principal: '1,000', interest: '10' },
    ];
    const t = terms({ method: 'custom', customRows: rows, principal: 'ignored', termPeriods: '' });
    expect(t).toMatchObject({ method: 'custom', principal: 300_000, termPeriods: 3, rate: { ppm: 0 } });
    expect(t.customSchedule).toEqual([
      { dueDate: '2025-04-15', principal: 100_000, interest: 5_000, fees: 0 },
      { dueDate: '2025-05-15', principal: 100_000, interest: 3_000, fees: 1_000 },
      { dueDate: '2025-06-15', principal: 100_000, interest: 1_000, fees: 0 },
    ]);
    expect(firstTotals(t, 3)).toEqual([105_000, 104_000, 101_000]);
  });

  it('due day and first due date apply to monthly schedules only', () => {
    expect(terms({ method: 'annuity', ...periodic, dueDay: '31', firstDueDate: '2025-04-30' })).toMatchObject({ dueDay: 31, firstDueDate: '2025-04-30' });
    expect(terms({ method: 'annuity', ...periodic, frequency: 'biweekly', dueDay: '31' }).dueDay).toBeUndefined();
  });

  it('fees, penalty and allocation order', () => {
    const t = terms({
      method: 'annuity',
      ...periodic,
      fees: [
        { ...emptyFee(), kind: 'upfront-deducted', amount: '600' },
        { ...emptyFee(), kind: 'periodic', label: 'guarantee', amountType: 'percent-of-principal', amount: '0.5' },
        { ...emptyFee(), kind: 'one-off', label: 'membership', amount: '99', dueDate: '2025-05-01' },
      ],
      penaltyType: 'multiplier',
      penaltyValue: '1.5',
      penaltyBase: 'overdue-amount',
      lateFeeType: 'percent-of-installment',
      lateFeeValue: '5',
      graceDays: '3',
      allocationOrder: ['principal', 'interest', 'penalty', 'fees'],
    });
    expect(t.fees).toEqual([
      { kind: 'upfront-deducted', label: 'service', amount: { type: 'fixed', minor: 60_000 } },
      { kind: 'periodic', label: 'guarantee', amount: { type: 'percent-of-principal', ppm: 5_000 } },
      { kind: 'one-off', label: 'membership', amount: { type: 'fixed', minor: 9_900 }, dueDate: '2025-05-01' },
    ]);
    expect(t.penalty).toEqual({ rate: { type: 'multiplier', ppm: 1_500_000 }, base: 'overdue-amount', lateFee: { type: 'percent-of-installment', ppm: 50_000 }, graceDays: 3 });
    expect(t.allocationOrder).toEqual(['principal', 'interest', 'penalty', 'fees']);
  });

  it('a daily penalty rate and a fixed late fee', () => {
    const t = terms({ method: 'annuity', ...periodic, penaltyType: 'daily', penaltyValue: '0.05', lateFeeType: 'fixed', lateFeeValue: '50' });
    expect(t.penalty).toMatchObject({ rate: { type: 'daily', ppm: 500 }, lateFee: { type: 'fixed', minor: 5_000 } });
  });
});

describe('validateEditor', () => {
  it('builds the whole LoanInput, paper included, and the schema accepts it', () => {
    const { input, problems } = validateEditor(
      form({
        principal: '1,000,000',
        rate: '4.9',
        termPeriods: '360',
        jurisdiction: 'US',
        militaryBorrower: true,
        clauses: { ...emptyEditor(TODAY).clauses, collection: ' may call contacts ' },
        permissions: { ...emptyEditor(TODAY).permissions, contacts: 'yes', photos: 'no' },
      }),
    );
    expect(problems).toEqual({});
    expect(input).toMatchObject({
      name: 'Loan',
      jurisdiction: 'US',
      militaryBorrower: true,
      paper: { clauses: { collection: 'may call contacts' }, permissions: { contacts: true, photos: false }, done: [] },
    });
    expect(loanInputSchema.safeParse(input).success).toBe(true);
  });

  it('the MLA opt-in counts only for US loans', () => {
    const { input } = validateEditor(form({ principal: '100', rate: '1', termPeriods: '1', militaryBorrower: true }));
    expect(input?.militaryBorrower).toBe(false);
  });

  it('names each problem under its field', () => {
    const { input, problems } = validateEditor({ ...emptyEditor(TODAY), startDate: null });
    expect(input).toBeNull();
    expect(problems).toEqual({
      name: { key: 'required' },
      lender: { key: 'required' },
      principal: { key: 'required' },
      startDate: { key: 'date' },
      rate: { key: 'required' },
      termPeriods: { key: 'required' },
    });
  });

  it('refuses what it would have to round or guess', () => {
    const bad = validateEditor(
      form({ principal: '100.005', rate: '4.12345', termPeriods: '1201', dueDay: '32', firstDueDate: '2025-03-01', graceDays: '91' }),
    ).problems;
    expect(bad).toMatchObject({
      principal: { key: 'amount' },
      rate: { key: 'rate', params: { max: 1000 } },
      termPeriods: { key: 'term', params: { min: 1, max: 1200 } },
      dueDay: { key: 'dayOfMonth' },
      firstDueDate: { key: 'firstDueAfterStart' },
      graceDays: { key: 'graceDays', params: { max: 90 } },
    });
    expect(validateEditor(form({ principal: '0', rate: '1', termPeriods: '1' })).problems.principal).toEqual({ key: 'amountZero' });
    expect(validateEditor(form({ principal: '1', rate: '101', rateUnit: 'month', termPeriods: '1' })).problems.rate).toEqual({ key: 'rate', params: { max: 100 } });
    expect(validateEditor(form({ method: 'card-installment', principal: '1', termPeriods: '1', installmentFee: '' })).problems.installmentFee).toEqual({ key: 'required' });
    expect(validateEditor(form({ method: 'revolving', principal: '1', rate: '0.05', statementDay: '0', cardDueDay: 'x' })).problems).toMatchObject({
      statementDay: { key: 'dayOfMonth' },
      cardDueDay: { key: 'dayOfMonth' },
    });
    expect(validateEditor(form({ principal: '1', rate: '1', termPeriods: '1', penaltyType: 'multiplier', penaltyValue: '11' })).problems.penaltyValue).toEqual({ key: 'multiplier', params: { max: 10 } });
    expect(validateEditor(form({ principal: '1', rate: '1', termPeriods: '1', fees: [{ ...emptyFee(), kind: 'one-off', amount: '5' }] })).problems).toEqual({
      'fees.0.dueDate': { key: 'date' },
    });
  });

  it('checks custom rows: dates after the start and in order, some principal', () => {
    const rows = [
      { ...emptyCustomRow('2025-03-01'), principal: '10' },
      { ...emptyCustomRow('2025-05-01'), principal: 'x' },
      { ...emptyCustomRow('2025-04-01'), principal: '10' },
    ];
    expect(validateEditor(form({ method: 'custom', customRows: rows })).problems).toEqual({
      'customRows.0.dueDate': { key: 'rowAfterStart' },
      'customRows.1.principal': { key: 'amount' },
      'customRows.2.dueDate': { key: 'rowOrder' },
    });
    const zero = [{ ...emptyCustomRow('2025-04-01'), interest: '10' }];
    expect(validateEditor(form({ method: 'custom', customRows: zero })).problems).toEqual({ 'customRows.0.principal': { key: 'amountZero' } });
    expect(validateEditor(form({ method: 'custom', customRows: [] })).problems).toEqual({ customRows: { key: 'customEmpty' } });
  });

  it.each(['zh-CN', 'en'] as const)('every message it can give reads as a full sentence in %s', (language) => {
    const i18n = createAppI18n(language);
    const samples = [
      validateEditor({ ...emptyEditor(TODAY), startDate: null }).problems,
      validateEditor(form({ name: 'x'.repeat(121), principal: '0', rate: 'a', termPeriods: '0', dueDay: '40', firstDueDate: '2025-01-01', graceDays: 'x', penaltyType: 'multiplier', penaltyValue: '99', lateFeeType: 'fixed', lateFeeValue: 'x', fees: [{ ...emptyFee(), amountType: 'percent-of-principal', amount: '200' }] })).problems,
      validateEditor(form({ method: 'custom', customRows: [{ ...emptyCustomRow('2025-01-01'), principal: '1' }, { ...emptyCustomRow('2025-06-01') }, { ...emptyCustomRow('2025-05-01') }] })).problems,
      validateEditor(form({ method: 'custom', customRows: [] })).problems,
    ];
    const keys = new Set<string>();
    for (const problems of samples) {
      for (const problem of Object.values(problems)) {
        keys.add(problem.key);
        const text = i18n.global.t(`loanEditor.invalid.${problem.key}`, problem.params ?? {});
        expect(text).not.toMatch(/[{}]|loanEditor/);
        expect(text.length).toBeGreaterThan(4);
      }
    }
    expect([...keys].sort()).toEqual(
      ['amount', 'amountZero', 'customEmpty', 'date', 'dayOfMonth', 'firstDueAfterStart', 'graceDays', 'multiplier', 'percent', 'rate', 'required', 'rowAfterStart', 'rowOrder', 'term', 'tooLong'].sort(),
    );
  });

  it('gives different words in the two languages', () => {
    const zh = createAppI18n('zh-CN').global.t('loanEditor.invalid.required');
    const en = createAppI18n('en').global.t('loanEditor.invalid.required');
    expect(zh).toBe('请填写此项。');
    expect(en).toBe('Fill this in.');
  });
});

describe('loanToEditor', () => {
  function stored(terms: Partial<LoanTerms>): Loan {
    const parsed = loanInputSchema.parse(loanInput({ paper: { clauses: { fees: 'Clause 3' }, permissions: { contacts: true, sms: false }, done: ['keep-contract-copy'] } }, terms));
    return { ...parsed, id: 'a', version: 2, createdAt: '', updatedAt: '' };
  }
  const cases: [RepaymentMethod, Partial<LoanTerms>][] = [
    ['annuity', { dueDay: 31, firstDueDate: '2025-04-30', fees: [{ kind: 'one-off', label: 'other', amount: { type: 'fixed', minor: 123 }, dueDate: '2025-06-01' }] }],
    ['equal-principal', { penalty: { rate: { type: 'daily', ppm: 500 }, base: 'overdue-amount', lateFee: { type: 'fixed', minor: 5_000 }, graceDays: 3 } }],
    ['interest-only', { rate: { ppm: 1_000, unit: 'day', accrual: 'daily', dayCountBasis: 360 }, frequency: 'biweekly' }],
    ['bullet', { termPeriods: 12 }],
    ['card-installment', { rate: { ppm: 0, unit: 'month', accrual: 'periodic', dayCountBasis: 365 }, installmentFeePpm: 6_000, termPeriods: 12 }],
    ['revolving', { rate: { ppm: 500, unit: 'day', accrual: 'daily', dayCountBasis: 365 }, termPeriods: 1, revolving: { statementDay: 5, dueDay: 25, minPaymentPpm: 100_000, minPaymentFloor: 10_000 } }],
    ['custom', { principal: 20_000, termPeriods: 2, rate: { ppm: 0, unit: 'year', accrual: 'periodic', dayCountBasis: 365 }, customSchedule: [{ dueDate: '2025-04-15', principal: 10_000, interest: 100, fees: 0 }, { dueDate: '2025-05-15', principal: 10_000, interest: 50, fees: 5 }] }],
  ];

  it.each(cases)('%s: a stored loan comes back unchanged through the editor', (method, over) => {
    const loan = stored({ method, ...over });
    const { input, problems } = validateEditor(loanToEditor(loan, TODAY));
    expect(problems).toEqual({});
    expect(loanInputSchema.parse(input)).toEqual(loanInputSchema.parse(loanToInput(loan)));
  });

  it('shows amounts grouped and keeps the ticked privacy to-dos', () => {
    const values = loanToEditor(stored({}), TODAY);
    expect(values.principal).toBe('1,000,000.00');
    expect(values.permissions).toMatchObject({ contacts: 'yes', sms: 'no', photos: 'unknown' });
    expect(values.done).toEqual(['keep-contract-copy']);
  });
});

describe('backend issues → fields', () => {
  it('maps create and update paths', () => {
    expect(fieldForIssuePath(['loan', 'terms', 'rate', 'ppm'], 'annuity')).toBe('rate');
    expect(fieldForIssuePath(['terms', 'principal'], 'custom')).toBe('customRows');
    expect(fieldForIssuePath(['terms', 'revolving', 'dueDay'], 'revolving')).toBe('cardDueDay');
    expect(fieldForIssuePath(['terms', 'customSchedule', 2, 'dueDate'], 'custom')).toBe('customRows.2.dueDate');
    expect(fieldForIssuePath(['terms', 'fees', 1, 'amount', 'minor'], 'annuity')).toBe('fees.1.amount');
    expect(fieldForIssuePath(['terms', 'penalty', 'graceDays'], 'annuity')).toBe('graceDays');
    expect(fieldForIssuePath(['paper', 'clauses', 'collection'], 'annuity')).toBe('clauses.collection');
    expect(fieldForIssuePath(['version'], 'annuity')).toBeNull();
    expect(problemsFromIssues([{ path: ['loan', 'name'], message: 'x' }, { path: ['id'], message: 'x' }], 'annuity')).toEqual({ name: { key: 'server' } });
  });
});
