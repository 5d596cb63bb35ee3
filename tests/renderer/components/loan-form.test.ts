// @vitest-environment happy-dom
// The loan form as a user meets it: messages under each field in the user's language, the live
// payment preview, and backend INVALID_INPUT issues shown on the right field.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LoanInput } from '../../../src/contract/loans';
import { ApiError } from '../../../src/renderer/src/api';
import LoanForm from '../../../src/renderer/src/components/loans/LoanForm.vue';
import { emptyLoanForm } from '../../../src/renderer/src/components/loans/loan-form-model';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { mountApp, settle } from './mount-app';

afterEach(() => {
  document.body.innerHTML = '';
});

function input(wrapper: ReturnType<typeof mountApp>, label: string) {
  const labelEl = wrapper.findAll('label').find((el) => el.text() === label);
  const id = labelEl?.attributes('for');
  if (!id) throw new Error(`no label "${label}"`);
  return wrapper.find(`#${CSS.escape(id)}`);
}

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('LoanForm in %s', (language, m) => {
  it('shows a message in words under each empty field and does not save', async () => {
    const save = vi.fn((_input: LoanInput) => Promise.resolve());
    const wrapper = mountApp(LoanForm, { language, props: { initial: emptyLoanForm('2026-01-15'), mode: 'add', save } });
    await wrapper.find('form').trigger('submit');
    await settle();
    const text = wrapper.text();
    expect(text.split(m.loanForm.invalid.required).length - 1).toBe(5);
    expect(save).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('explains a malformed amount and rate', async () => {
    const save = vi.fn((_input: LoanInput) => Promise.resolve());
    const wrapper = mountApp(LoanForm, { language, props: { initial: emptyLoanForm('2026-01-15'), mode: 'add', save } });
    await input(wrapper, m.loanForm.principal).setValue('12.345');
    await input(wrapper, m.loanForm.rate).setValue('lots');
    await input(wrapper, m.loanForm.term).setValue('700');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain(m.loanForm.invalid.amount);
    expect(wrapper.text()).toContain(m.loanForm.invalid.rate);
    expect(wrapper.text()).toContain(m.loanForm.invalid.term.replace('{max}', '600'));
    wrapper.unmount();
  });

  it('previews the monthly payment and saves minor units and ppm', async () => {
    const save = vi.fn((_input: LoanInput) => Promise.resolve());
    const wrapper = mountApp(LoanForm, { language, props: { initial: emptyLoanForm('2025-03-15'), mode: 'add', save } });
    expect(wrapper.find('[data-testid="loan-preview"]').text()).toContain(m.loanForm.previewEmpty);
    await input(wrapper, m.loanForm.name).setValue('Mortgage');
    await input(wrapper, m.loanForm.lender).setValue('Bank');
    await input(wrapper, m.loanForm.principal).setValue('1,000,000');
    await input(wrapper, m.loanForm.rate).setValue('4.9');
    await input(wrapper, m.loanForm.term).setValue('360');
    expect(wrapper.find('[data-testid="loan-preview"]').text()).toContain('5,307.27');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(save).toHaveBeenCalledWith({
      name: 'Mortgage',
      lender: 'Bank',
      currency: 'CNY',
      principal: 100_000_000,
      annualRatePpm: 49_000,
      termMonths: 360,
      startDate: '2025-03-15',
      method: 'annuity',
    });
    wrapper.unmount();
  });

  it('maps the backend INVALID_INPUT issues to their fields', async () => {
    const save = vi.fn(() =>
      Promise.reject(new ApiError('INVALID_INPUT', 'bad', [{ path: ['loan', 'termMonths'], message: 'Too big' }])),
    );
    const initial = { ...emptyLoanForm('2025-03-15'), name: 'A', lender: 'B', principal: '100', rate: '1', term: '12' };
    const wrapper = mountApp(LoanForm, { language, props: { initial, mode: 'edit', save } });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain(m.loanForm.invalid.server);
    expect(wrapper.text()).toContain(m.errors.INVALID_INPUT);
    const termItem = input(wrapper, m.loanForm.term).element.closest('.n-form-item');
    expect(termItem?.textContent).toContain(m.loanForm.invalid.server);
    wrapper.unmount();
  });
});
