// The record-payment dialog's model: the amount due now (overdue plus due today, else the next one),
// defaults, and validation into PaymentInput with a message per field in both languages.
import { describe, expect, it } from 'vitest';
import { loanInputSchema } from '../../../src/contract/loans';
import { computeLedger } from '../../../src/core/loans/ledger';
import type { Payment } from '../../../src/core/loans/ledger-types';
import {
  amountDueNow,
  defaultPayment,
  validatePayment,
  type PaymentFormValues,
} from '../../../src/renderer/src/components/loans/page/payment-model';
import { createAppI18n } from '../../../src/renderer/src/i18n';
import { cardInstallmentInput } from '../loan-fixtures';

/** 12,000 over 12 months from 15 Jan 2026: 1,072.00 due on the 15th of each month from February. */
const terms = loanInputSchema.parse(cardInstallmentInput('2026-01-15')).terms;
const pay = (date: string, amount: number): Payment => ({ id: date, date, amount, kind: 'regular', note: '' });
const ctx = { loanId: 'loan-1', currency: 'CNY' as const, startDate: '2026-01-15', today: '2026-03-20' };

function values(over: Partial<PaymentFormValues> = {}): PaymentFormValues {
  return { date: '2026-03-20', amount: '1,072', kind: 'regular', mode: 'shorten-term', fee: '', note: '', ...over };
}

describe('amountDueNow', () => {
  it('is the next installment when nothing is due yet', () => {
    expect(amountDueNow(computeLedger(terms, [], '2026-02-01'), '2026-02-01')).toBe(107_200);
  });

  it('adds up everything overdue and due today', () => {
    expect(amountDueNow(computeLedger(terms, [], '2026-03-15'), '2026-03-15')).toBe(2 * 107_200);
    expect(amountDueNow(computeLedger(terms, [pay('2026-02-15', 107_200)], '2026-03-20'), '2026-03-20')).toBe(107_200);
  });

  it('is what is left of a partly paid installment', () => {
    expect(amountDueNow(computeLedger(terms, [pay('2026-02-10', 50_000)], '2026-02-10'), '2026-02-10')).toBe(57_200);
  });
});

describe('defaultPayment', () => {
  it('is today, the amount due now as typed text, a regular payment', () => {
    expect(defaultPayment(computeLedger(terms, [], '2026-02-15'), 'CNY', '2026-02-15')).toEqual({
      date: '2026-02-15',
      amount: '1,072.00',
      kind: 'regular',
      mode: 'shorten-term',
      fee: '',
      note: '',
    });
  });
});

describe('validatePayment', () => {
  it('turns a regular payment into PaymentInput in minor units', () => {
    expect(validatePayment(values({ note: ' transfer ' }), ctx)).toEqual({
      input: { loanId: 'loan-1', date: '2026-03-20', amount: 107_200, kind: 'regular', note: 'transfer' },
      problems: {},
    });
  });

  it('a prepayment carries its mode and fee', () => {
    const { input } = validatePayment(values({ kind: 'prepayment', amount: '5000', mode: 'lower-installment', fee: '50' }), ctx);
    expect(input).toMatchObject({ kind: 'prepayment', amount: 500_000, prepayment: { mode: 'lower-installment', fee: 5_000 } });
    expect(validatePayment(values({ kind: 'prepayment', amount: '5000' }), ctx).input?.prepayment).toEqual({ mode: 'shorten-term', fee: 0 });
  });

  it('a regular payment ignores a fee typed while it was a prepayment', () => {
    expect(validatePayment(values({ fee: 'junk' }), ctx).input).not.toHaveProperty('prepayment');
  });

  it('names each problem', () => {
    expect(validatePayment(values({ date: null, amount: '' }), ctx).problems).toEqual({ date: { key: 'date' }, amount: { key: 'required' } });
    expect(validatePayment(values({ date: '2026-03-21' }), ctx).problems.date).toEqual({ key: 'future' });
    expect(validatePayment(values({ date: '2026-01-14' }), ctx).problems.date).toEqual({ key: 'beforeStart' });
    expect(validatePayment(values({ amount: '1.234' }), ctx).problems.amount).toEqual({ key: 'amount' });
    expect(validatePayment(values({ amount: '0' }), ctx).problems.amount).toEqual({ key: 'amountZero' });
    expect(validatePayment(values({ kind: 'prepayment', amount: '10', fee: '11' }), ctx).problems.fee).toEqual({ key: 'feeTooBig' });
    expect(validatePayment(values({ kind: 'prepayment', fee: 'x' }), ctx).problems.fee).toEqual({ key: 'amount' });
    expect(validatePayment(values({ note: 'n'.repeat(1001) }), ctx).problems.note).toEqual({ key: 'tooLong', params: { max: 1000 } });
  });

  it.each(['zh-CN', 'en'] as const)('every message exists in %s', (language) => {
    const i18n = createAppI18n(language);
    for (const key of ['date', 'future', 'beforeStart', 'required', 'amount', 'amountZero', 'feeTooBig', 'tooLong']) {
      const text = i18n.global.t(`loanPage.dialog.invalid.${key}`, { max: 1000 });
      expect(text, key).not.toMatch(/[{}]|loanPage/);
    }
    expect(i18n.global.t('loanPage.dialog.invalid.future')).toBe(
      language === 'zh-CN' ? '这个日期还没到。请在还款之后再记录。' : 'This date is in the future. Record a payment once it is made.',
    );
  });
});
