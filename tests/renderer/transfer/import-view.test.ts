// @vitest-environment happy-dom
// The import/export page: two real tabs (roles, selection, arrow keys), the wizard kept while the
// export tab is shown, and `?kind=payments&loan=<id>` opening the wizard on that loan's payments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { RouterView } from 'vue-router';
import ImportView from '../../../src/renderer/src/views/ImportView.vue';
import { createTestRouter, mountTransfer, ok, ScriptedBackend, settle, transferMessages } from './transfer-harness';

const LOAN_ID = '4f7c5b7e-2d0e-4a53-9a53-0d7c1f6b2a10';
const Host = defineComponent({ render: () => h(RouterView) });

let backend: ScriptedBackend;

beforeEach(() => {
  backend = new ScriptedBackend();
  backend.on('loans.list', () => ok([{ id: LOAN_ID, name: 'Car', lender: 'Bank' }]));
  backend.install();
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function mountAt(path: string, language: 'en' | 'zh-CN') {
  const router = createTestRouter();
  router.addRoute({ path: '/import', name: 'import-under-test', component: ImportView });
  await router.push(path);
  const wrapper = mountTransfer(Host, { language, plugins: [router] });
  await settle();
  return wrapper;
}

describe.each(['zh-CN', 'en'] as const)('ImportView in %s', (language) => {
  const m = transferMessages[language];

  it('switches between two tabs by click and by arrow key, keeping the wizard', async () => {
    const wrapper = await mountAt('/import', language);
    const tabs = wrapper.findAll('[role="tab"]');
    expect(tabs.map((tab) => tab.text())).toEqual([m.tabImport, m.tabExport]);
    expect(tabs[0]?.attributes('aria-selected')).toBe('true');
    await wrapper.find('textarea').setValue('a,b\n1,2\n');

    await tabs[1]?.trigger('click');
    expect(tabs[1]?.attributes('aria-selected')).toBe('true');
    expect(wrapper.find('[data-testid="export-warning"]').isVisible()).toBe(true);

    await tabs[1]?.trigger('keydown', { key: 'ArrowRight' });
    await settle();
    expect(tabs[0]?.attributes('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(tabs[0]?.element);
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe('a,b\n1,2\n');
    wrapper.unmount();
  });

  it('opens on a loan’s payments from the query', async () => {
    const wrapper = await mountAt(`/import?kind=payments&loan=${LOAN_ID}`, language);
    const checked = wrapper.find('input[type="radio"][value="payments"]');
    expect((checked.element as HTMLInputElement).checked).toBe(true);
    await wrapper.find('textarea').setValue('日期,金额\n2025-02-15,100\n');
    backend.on('transfer.preview', () => ok({ columns: ['日期', '金额'], mapping: { date: 0, amount: 1, note: null }, rowCount: 1, sample: [], issues: [] }));
    await wrapper.find('form').trigger('submit');
    await settle();
    expect(backend.callsOf('transfer.preview')[0]?.input).toMatchObject({ kind: 'payments', loanId: LOAN_ID });
    wrapper.unmount();
  });
});
