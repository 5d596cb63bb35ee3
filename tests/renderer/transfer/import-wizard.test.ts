// @vitest-environment happy-dom
// The import wizard as a user meets it: a pasted CSV is previewed with the suggested mapping, every
// mapping change is previewed again, Import stays disabled while problems remain, a refused commit lists
// its problems and says nothing was imported, and a good file is imported and counted.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportIssue, ImportPreview } from '../../../src/contract/transfer';
import { IMPORT_FIELDS, IMPORT_ISSUE_PATH_ROOT } from '../../../src/contract/transfer';
import TransferImportWizard from '../../../src/renderer/src/components/transfer/TransferImportWizard.vue';
import TransferSelect from '../../../src/renderer/src/components/transfer/TransferSelect.vue';
import { fail, mountTransfer, ok, ScriptedBackend, settle, transferMessages } from './transfer-harness';

const COLUMNS = ['名称', '出借方', '本金', '年利率', '期数', '开始日期'];
const SUGGESTED: Record<string, number | null> = {
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
};
const CSV = '名称,出借方,本金,年利率,期数,开始日期\n车贷,银行,"12,3a",4.9,36,2025-01-15\n';
const BAD_ROW: ImportIssue = { row: 2, column: '本金', field: 'principal', code: 'amount', value: '12,3a' };

let backend: ScriptedBackend;
let issues: ImportIssue[];

function previewFor(mapping: Record<string, number | null>): ImportPreview {
  return {
    columns: COLUMNS,
    mapping,
    rowCount: 1,
    sample: [{ name: '车贷', lender: '银行', principal: '12,3a', rate: '4.9', termPeriods: '36', startDate: '2025-01-15' }],
    issues,
  };
}

beforeEach(() => {
  issues = [BAD_ROW];
  backend = new ScriptedBackend();
  backend.on('transfer.preview', (input) =>
    ok(previewFor((input.mapping as Record<string, number | null> | undefined) ?? SUGGESTED)),
  );
  backend.install();
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function toMapping(wrapper: ReturnType<typeof mountTransfer>): Promise<void> {
  await wrapper.find('textarea').setValue(CSV);
  await wrapper.find('form').trigger('submit');
  await settle();
}

function commitButton(wrapper: ReturnType<typeof mountTransfer>) {
  return wrapper.find('[data-testid="import-commit"]');
}

describe.each(['zh-CN', 'en'] as const)('TransferImportWizard in %s', (language) => {
  const m = transferMessages[language];

  it('asks for a file before previewing anything', async () => {
    const wrapper = mountTransfer(TransferImportWizard, { language, props: { loans: [] } });
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain(m.source.needCsv);
    expect(backend.callsOf('transfer.preview')).toHaveLength(0);
    wrapper.unmount();
  });

  it('previews with the suggested mapping, then again on every mapping change', async () => {
    const wrapper = mountTransfer(TransferImportWizard, { language, props: { loans: [] } });
    await toMapping(wrapper);
    const first = backend.callsOf('transfer.preview');
    expect(first).toHaveLength(1);
    expect(first[0]?.input).toEqual({ kind: 'loans', csv: CSV });

    const selects = wrapper.findAllComponents(TransferSelect);
    expect(selects).toHaveLength(IMPORT_FIELDS.loans.length);
    expect(wrapper.find('[data-field="name"]').exists()).toBe(true);
    expect(wrapper.text()).toContain(`${m.field.principal}`);
    expect(wrapper.text()).toContain(`(${m.mapping.required})`);

    const principalIndex = IMPORT_FIELDS.loans.indexOf('principal');
    selects[principalIndex]?.vm.$emit('update:value', '3');
    await settle();
    const calls = backend.callsOf('transfer.preview');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.input.mapping).toEqual({ ...SUGGESTED, principal: 3 });

    selects[principalIndex]?.vm.$emit('update:value', 'none');
    await settle();
    expect(backend.callsOf('transfer.preview')[2]?.input.mapping).toEqual({ ...SUGGESTED, principal: null });
    wrapper.unmount();
  });

  it('lists every problem by row and column and keeps Import disabled until there are none', async () => {
    const wrapper = mountTransfer(TransferImportWizard, { language, props: { loans: [] } });
    await toMapping(wrapper);
    await wrapper.find('[data-testid="import-to-preview"]').trigger('click');
    await settle();

    const expected = m.issue.cellValue
      .replace('{row}', '2')
      .replace('{column}', '本金')
      .replace('{problem}', m.problem.amount)
      .replace('{value}', '12,3a');
    expect(wrapper.find('[data-testid="import-issues"]').text()).toBe(expected);
    expect(wrapper.find('[data-testid="import-sample"]').text()).toContain('12,3a');
    expect(commitButton(wrapper).attributes('disabled')).toBeDefined();
    await commitButton(wrapper).trigger('click');
    await settle();
    expect(backend.callsOf('transfer.commit')).toHaveLength(0);

    issues = [];
    await wrapper.findAll('button').find((b) => b.text() === appBack(language))?.trigger('click');
    await settle();
    wrapper.findAllComponents(TransferSelect)[0]?.vm.$emit('update:value', '0');
    await settle();
    await wrapper.find('[data-testid="import-to-preview"]').trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="import-ready"]').text()).toBe(m.preview.noIssues);
    expect(commitButton(wrapper).attributes('disabled')).toBeUndefined();
    wrapper.unmount();
  });

  it('shows a refused commit the same way and says nothing was imported; a good one is counted', async () => {
    issues = [];
    const wrapper = mountTransfer(TransferImportWizard, { language, props: { loans: [] } });
    await toMapping(wrapper);
    await wrapper.find('[data-testid="import-to-preview"]').trigger('click');
    await settle();

    backend.on('transfer.commit', () =>
      fail('INVALID_INPUT', [{ path: [IMPORT_ISSUE_PATH_ROOT, 2, '本金', 'principal'], message: 'amount' }]),
    );
    await commitButton(wrapper).trigger('click');
    await settle();
    const failed = wrapper.find('[data-testid="import-failed"]');
    expect(failed.text()).toContain(m.result.failed);
    expect(failed.text()).toContain(
      m.issue.cell.replace('{row}', '2').replace('{column}', '本金').replace('{problem}', m.problem.amount),
    );
    expect(commitButton(wrapper).attributes('disabled')).toBeDefined();
    expect(backend.callsOf('transfer.commit')[0]?.input).toEqual({ kind: 'loans', csv: CSV, mapping: SUGGESTED });

    backend.on('transfer.commit', () => ok({ imported: 1 }));
    await wrapper.findAll('button').find((b) => b.text() === appBack(language))?.trigger('click');
    await settle();
    await wrapper.find('[data-testid="import-to-preview"]').trigger('click');
    await settle();
    await commitButton(wrapper).trigger('click');
    await settle();
    expect(wrapper.find('[data-testid="import-done"]').text()).toContain(m.result.loans.replace('{count}', '1'));
    expect(wrapper.find('[data-testid="import-back-link"]').attributes('href')).toBe('/loans');
    expect(backend.callsOf('loans.list').length).toBeGreaterThan(0);
    wrapper.unmount();
  });

  it('needs the loan for a schedule and sends its id', async () => {
    const loanId = '4f7c5b7e-2d0e-4a53-9a53-0d7c1f6b2a10';
    const loans = [{ id: loanId, name: 'Car', lender: 'Bank' }];
    const wrapper = mountTransfer(TransferImportWizard, { language, props: { loans, initialKind: 'schedule' } });
    await wrapper.find('textarea').setValue('应还日期,本金,利息\n2025-02-15,100,5\n');
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(wrapper.text()).toContain(m.source.needLoan);
    expect(backend.callsOf('transfer.preview')).toHaveLength(0);

    wrapper.findAllComponents(TransferSelect)[0]?.vm.$emit('update:value', loanId);
    await settle();
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(backend.callsOf('transfer.preview')[0]?.input).toMatchObject({ kind: 'schedule', loanId });
    wrapper.unmount();
  });
});

function appBack(language: 'zh-CN' | 'en'): string {
  return language === 'zh-CN' ? '返回' : 'Back';
}
