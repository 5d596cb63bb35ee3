// @vitest-environment happy-dom
// The loan page's "Collector contacts" section on the scripted backend: it asks for this loan's log only,
// shows the calm empty state with a way to log, and otherwise the counts by tier, the contacts logged and
// the latest findings (newest first, in the user's language) with the links to the Collectors page.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineComponent, h, reactive } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { setTransport } from '../../../src/renderer/src/api';
import { setClock } from '../../../src/renderer/src/clock';
import CollectionLoanSection from '../../../src/renderer/src/components/collection/CollectionLoanSection.vue';
import en from '../../../src/renderer/src/i18n/messages/en';
import zh from '../../../src/renderer/src/i18n/messages/zh-CN';
import { mountApp, settle } from '../components/mount-app';
import { CollectionScript, entry, finding } from './collection-fixtures';

const Blank = defineComponent({ render: () => h('div') });
let script: CollectionScript;
let router: Router;

beforeEach(async () => {
  setClock(() => new Date('2026-03-02T15:00:00.000Z'));
  script = new CollectionScript();
  setTransport(script.backend.transport());
  router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/loans/:id', name: 'loan', component: Blank },
      { path: '/collectors', name: 'collectors', component: Blank },
    ],
  });
  await router.push('/loans/loan-1');
});

afterEach(() => {
  document.body.innerHTML = '';
  setClock(() => new Date());
});

async function mountSection(language: 'en' | 'zh-CN' = 'en', loanId = 'loan-1') {
  const wrapper = mountApp(CollectionLoanSection, { language, props: { loanId }, plugins: [router] });
  await settle();
  return wrapper;
}

describe('CollectionLoanSection', () => {
  it('asks the backend for this loan only and shows the calm empty state with a link to log', async () => {
    const wrapper = await mountSection('en', 'loan-7');
    expect(script.calls('collection.list')).toEqual([{ loanId: 'loan-7' }]);
    const empty = wrapper.find('[data-testid="loan-collection-empty"]');
    expect(empty.exists()).toBe(true);
    expect(empty.text()).toContain(en.collection.loanSection.emptyTitle);
    expect(wrapper.find('[data-testid="loan-collection-contacts"]').exists()).toBe(false);
    await wrapper.find('a[data-testid="loan-collection-log"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.name).toBe('collectors');
    wrapper.unmount();
  });

  it('shows the counts by tier, the contacts logged and the latest three findings, newest first', async () => {
    script.entries = [
      entry({ id: 'e1', loanId: 'loan-1', findings: [finding({ ruleId: 'CN-TIME-01', date: '2026-02-10' })] }),
      entry({
        id: 'e2',
        loanId: 'loan-1',
        findings: [
          finding({ ruleId: 'CN-3P-01', tier: 'possible-issue', date: '2026-03-01', title: { en: 'Contact with a third party', 'zh-CN': '联系第三人' }, primaryEntryId: 'e2' }),
          finding({ ruleId: 'CN-THREAT-01', date: '2026-02-20', title: { en: 'Threats or insults', 'zh-CN': '威胁或辱骂' }, primaryEntryId: 'e2' }),
        ],
      }),
      entry({ id: 'e3', loanId: 'loan-1', findings: [finding({ ruleId: 'CN-FEE-01', tier: 'information', date: '2026-01-05', primaryEntryId: 'e3' })] }),
    ];
    const wrapper = await mountSection();
    expect(wrapper.find('[data-testid="loan-collection-empty"]').exists()).toBe(false);
    expect(wrapper.find('[data-testid="loan-collection-contacts"]').text()).toBe('Contacts logged for this loan: 3');
    const count = (tier: 'likely-violation' | 'possible-issue' | 'information') => {
      const row = wrapper.find(`[data-tier="${tier}"]`);
      expect(row.text()).toContain(en.collection.tier[tier]);
      return row.find('strong').text();
    };
    expect([count('likely-violation'), count('possible-issue'), count('information')]).toEqual(['2', '1', '1']);
    const shown = wrapper.findAll('[data-testid="finding"]');
    expect(shown.map((f) => f.attributes('data-rule'))).toEqual(['CN-3P-01', 'CN-THREAT-01', 'CN-TIME-01']);
    expect(shown[0]?.text()).toContain('Contact with a third party');
    expect(shown[0]?.text()).toContain(en.collection.tier['possible-issue']);
    expect(wrapper.findAll('time').map((el) => el.attributes('datetime'))).toEqual(['2026-03-01', '2026-02-20', '2026-02-10']);
    expect(wrapper.findAll('time')[0]?.text()).toContain('2026');
    expect(wrapper.find('[data-testid="loan-collection-more"]').text()).toBe('1 more on the Collectors page.');
    await wrapper.find('[data-testid="loan-collection-dossier"]').trigger('click');
    await settle();
    expect(router.currentRoute.value.fullPath).toBe('/collectors?tab=dossier');
    wrapper.unmount();
  });

  it('speaks Chinese, and says so calmly when the contacts broke no rule', async () => {
    script.entries = [entry({ id: 'e1', loanId: 'loan-1' }), entry({ id: 'e2', loanId: 'loan-1' })];
    const wrapper = await mountSection('zh-CN');
    expect(wrapper.text()).toContain(zh.collection.loanSection.title);
    expect(wrapper.find('[data-testid="loan-collection-contacts"]').text()).toBe('这笔借款已记录的联系：2 次');
    expect(wrapper.find('[data-testid="loan-collection-no-findings"]').text()).toBe(zh.collection.loanSection.noFindings);
    expect(wrapper.findAll('[data-testid="finding"]')).toHaveLength(0);
    wrapper.unmount();
  });

  it('shows finding titles in Chinese', async () => {
    script.entries = [entry({ id: 'e1', loanId: 'loan-1', findings: [finding()] })];
    const wrapper = await mountSection('zh-CN');
    const shown = wrapper.find('[data-testid="finding"]');
    expect(shown.text()).toContain('夜间催收');
    expect(shown.text()).toContain('CN-TIME-01');
    expect(shown.text()).toContain(zh.collection.tier['likely-violation']);
    wrapper.unmount();
  });

  it('reloads for the new loan when the page moves to another loan', async () => {
    const props = reactive({ loanId: 'loan-1' });
    const wrapper = mountApp(CollectionLoanSection, { language: 'en', props, plugins: [router] });
    await settle();
    props.loanId = 'loan-2';
    await settle();
    expect(script.calls('collection.list')).toEqual([{ loanId: 'loan-1' }, { loanId: 'loan-2' }]);
    wrapper.unmount();
  });
});
