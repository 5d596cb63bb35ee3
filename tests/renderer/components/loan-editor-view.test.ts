// @vitest-environment happy-dom
// The loan editor page as a user meets it, in both languages: messages in words under empty fields,
// fields that follow the method, the live preview's textbook figures, saving LoanInput through the API,
// and the backend's INVALID_INPUT issues shown on the right field.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { LoanInput } from '../../../src/contract/loans';
import { setTransport } from '../../../src/renderer/src/api';
import { setClock } from '../../../src/renderer/src/clock';
import en from '../../../src/renderer/src/i18n/messages/en';
import zhCN from '../../../src/renderer/src/i18n/messages/zh-CN';
import { createAppRouter } from '../../../src/renderer/src/router';
import LoanEditorView from '../../../src/renderer/src/views/LoanEditorView.vue';
import { FakeBackend } from '../fake-backend';
import { mountApp, settle } from './mount-app';

let backend: FakeBackend;

beforeEach(() => {
  backend = new FakeBackend();
  backend.status = { ...backend.status, vault: 'unlocked' };
  setTransport(backend.transport());
  setClock(() => new Date('2026-03-01T09:00:00Z'));
});

afterEach(() => {
  document.body.innerHTML = '';
});

type Wrapper = ReturnType<typeof mountApp>;

function field(wrapper: Wrapper, label: string) {
  const labelEl = wrapper.findAll('label').find((el) => el.text() === label);
  const id = labelEl?.attributes('for');
  if (!id) throw new Error(`no label "${label}"`);
  return wrapper.find(`#${CSS.escape(id)}`);
}

async function open(language: 'zh-CN' | 'en') {
  const router = createAppRouter(createMemoryHistory());
  const wrapper = mountApp(LoanEditorView, { language, plugins: [router] });
  await router.push('/loans/new');
  await settle();
  return { wrapper, router };
}

describe.each([
  ['zh-CN', zhCN],
  ['en', en],
] as const)('LoanEditorView in %s', (language, m) => {
  it('shows a message in words under each empty field and does not save', async () => {
    const { wrapper } = await open(language);
    await wrapper.find('form').trigger('submit');
    await settle();
    const text = wrapper.text();
    expect(text.split(m.loanEditor.invalid.required).length - 1).toBe(5);
    expect(wrapper.find('[data-testid="editor-problems"]').text()).toContain(m.loanEditor.problemsSummary.replace('{count}', '5'));
    expect(backend.calls.some((call) => call.method === 'loans.create')).toBe(false);
    wrapper.unmount();
  });

  it('previews the textbook mortgage and saves it as LoanTerms', async () => {
    const { wrapper, router } = await open(language);
    const preview = () => wrapper.find('[data-testid="loan-preview"]').text();
    expect(preview()).toContain(m.loanEditor.preview.empty);
    await field(wrapper, m.loanEditor.name).setValue('Mortgage');
    await field(wrapper, m.loanEditor.lender).setValue('Bank');
    await field(wrapper, m.loanEditor.principal).setValue('1,000,000');
    await field(wrapper, m.loanEditor.rate).setValue('4.9');
    await field(wrapper, m.loanEditor.term).setValue('360');
    await settle();
    expect(preview()).toContain('5,307.27');
    expect(wrapper.find('[data-testid="true-apr"]').text()).toBe('4.90%');
    await wrapper.find('form').trigger('submit');
    await settle();
    const created = backend.calls.find((call) => call.method === 'loans.create')?.input as LoanInput;
    expect(created.terms).toMatchObject({ method: 'annuity', principal: 100_000_000, termPeriods: 360, rate: { ppm: 49_000, unit: 'year' }, startDate: '2026-03-01' });
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('loan'), { timeout: 10_000 });
    wrapper.unmount();
  });

  it('shows the fields of the chosen method: an installment plan asks for its fee rate, not a rate', async () => {
    const { wrapper } = await open(language);
    const hasLabel = (text: string) => wrapper.findAll('label').some((el) => el.text() === text);
    expect(hasLabel(m.loanEditor.installmentFee)).toBe(false);
    await wrapper.find('input[type="radio"][value="card-installment"]').setValue(true);
    await settle();
    expect(hasLabel(m.loanEditor.installmentFee)).toBe(true);
    expect(hasLabel(m.loanEditor.rate)).toBe(false);
    await field(wrapper, m.loanEditor.principal).setValue('12000');
    await field(wrapper, m.loanEditor.installmentFee).setValue('0.6');
    await field(wrapper, m.loanEditor.term).setValue('12');
    await settle();
    expect(wrapper.find('[data-testid="loan-preview"]').text()).toContain('1,072.00');
    wrapper.unmount();
  });

  it('maps the backend INVALID_INPUT issues to their fields', async () => {
    const { wrapper } = await open(language);
    await field(wrapper, m.loanEditor.name).setValue('A');
    await field(wrapper, m.loanEditor.lender).setValue('B');
    await field(wrapper, m.loanEditor.principal).setValue('100');
    await field(wrapper, m.loanEditor.rate).setValue('1');
    await field(wrapper, m.loanEditor.term).setValue('12');
    backend.failNext = { code: 'INVALID_INPUT', issues: [{ path: ['terms', 'termPeriods'], message: 'Too big' }] };
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain(m.errors.INVALID_INPUT);
    const termItem = field(wrapper, m.loanEditor.term).element.closest('.n-form-item');
    expect(termItem?.textContent).toContain(m.loanEditor.invalid.server);
    wrapper.unmount();
  });
});
