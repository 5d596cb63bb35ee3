// The loan form's parsing and validation (typed text → minor units and ppm, never rounded), the live
// payment preview, and the mapping of backend issue paths to fields.
import { describe, expect, it } from 'vitest';
import {
  emptyLoanForm,
  loanToForm,
  previewPayment,
  problemsFromIssues,
  validateLoanForm,
  type LoanFormValues,
} from '../../src/renderer/src/components/loans/loan-form-model';

const filled: LoanFormValues = {
  name: ' Mortgage ',
  lender: 'Bank',
  currency: 'CNY',
  principal: '1,000,000',
  rate: '4.9',
  term: '360',
  startDate: '2025-03-15',
};

describe('validateLoanForm', () => {
  it('turns valid text into a LoanInput in minor units and ppm', () => {
    const { input, problems } = validateLoanForm(filled);
    expect(problems).toEqual({});
    expect(input).toEqual({
      name: 'Mortgage',
      lender: 'Bank',
      currency: 'CNY',
      principal: 100_000_000,
      annualRatePpm: 49_000,
      termMonths: 360,
      startDate: '2025-03-15',
      method: 'annuity',
    });
  });

  it('flags every empty required field', () => {
    const { input, problems } = validateLoanForm({ ...emptyLoanForm('2026-01-01'), startDate: null });
    expect(input).toBeNull();
    expect(problems).toEqual({
      name: { key: 'required' },
      lender: { key: 'required' },
      principal: { key: 'required' },
      rate: { key: 'required' },
      term: { key: 'required' },
      startDate: { key: 'date' },
    });
  });

  it('refuses amounts with more decimals than the currency has, instead of rounding them', () => {
    expect(validateLoanForm({ ...filled, principal: '100.005' }).problems.principal).toEqual({ key: 'amount' });
    expect(validateLoanForm({ ...filled, currency: 'JPY', principal: '100.5' }).problems.principal).toEqual({ key: 'amount' });
    expect(validateLoanForm({ ...filled, principal: '0' }).problems.principal).toEqual({ key: 'amountZero' });
    expect(validateLoanForm({ ...filled, principal: '-5' }).problems.principal).toEqual({ key: 'amount' });
  });

  it('checks rate, term and date', () => {
    expect(validateLoanForm({ ...filled, rate: 'abc' }).problems.rate).toEqual({ key: 'rate' });
    expect(validateLoanForm({ ...filled, rate: '4.90 %' }).problems.rate).toBeUndefined();
    expect(validateLoanForm({ ...filled, term: '0' }).problems.term).toEqual({ key: 'term', params: { max: 600 } });
    expect(validateLoanForm({ ...filled, term: '12.5' }).problems.term).toEqual({ key: 'term', params: { max: 600 } });
    expect(validateLoanForm({ ...filled, startDate: '2026-02-30' }).problems.startDate).toEqual({ key: 'date' });
    expect(validateLoanForm({ ...filled, name: 'x'.repeat(121) }).problems.name).toEqual({ key: 'tooLong', params: { max: 120 } });
  });
});

describe('previewPayment', () => {
  it('shows the annuity payment: 1,000,000 at 4.9 % over 360 months is 5,307.27', () => {
    expect(previewPayment(filled)).toBe(530_727);
  });

  it('is null until amount, rate and term all parse', () => {
    expect(previewPayment({ ...filled, rate: '' })).toBeNull();
    expect(previewPayment({ ...filled, principal: 'abc' })).toBeNull();
    expect(previewPayment({ ...filled, term: '' })).toBeNull();
  });
});

describe('loanToForm', () => {
  it('round-trips a stored loan back into the same text the user would type', () => {
    const form = loanToForm({
      id: 'a',
      name: 'Mortgage',
      lender: 'Bank',
      currency: 'CNY',
      principal: 100_000_000,
      annualRatePpm: 49_000,
      termMonths: 360,
      startDate: '2025-03-15',
      method: 'annuity',
      version: 3,
      createdAt: '',
      updatedAt: '',
    });
    expect(form).toEqual({ ...filled, name: 'Mortgage', principal: '1,000,000.00' });
    expect(validateLoanForm(form).input?.principal).toBe(100_000_000);
  });

  it('groups whole-unit currencies too', () => {
    const base = loanToForm({
      id: 'b', name: 'n', lender: 'l', currency: 'JPY', principal: 1_234_567, annualRatePpm: 0, termMonths: 1,
      startDate: '2025-01-01', method: 'annuity', version: 1, createdAt: '', updatedAt: '',
    });
    expect(base.principal).toBe('1,234,567');
  });
});

describe('problemsFromIssues', () => {
  it('maps create and update paths to the form fields', () => {
    expect(
      problemsFromIssues([
        { path: ['principal'], message: 'x' },
        { path: ['loan', 'termMonths'], message: 'x' },
        { path: ['loan', 'annualRatePpm'], message: 'x' },
        { path: ['version'], message: 'x' },
      ]),
    ).toEqual({ principal: { key: 'server' }, term: { key: 'server' }, rate: { key: 'server' } });
  });
});
