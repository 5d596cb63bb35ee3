// @vitest-environment happy-dom
// The Collectors page on a scripted backend: the quick-log form (focus, defaults, Enter saves, "same as
// last time", a person added inline, translated errors), entries with findings, evidence and revisions,
// the circle with its warning message, and the dossier preview and ZIP.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { createMemoryHistory, createRouter, type Router } from 'vue-router';
import { setTransport } from '../../../src/renderer/src/api';
import { setClock } from '../../../src/renderer/src/clock';
import en from '../../../src/renderer/src/i18n/messages/en';
import zh from '../../../src/renderer/src/i18n/messages/zh-CN';
import CollectorsView from '../../../src/renderer/src/views/CollectorsView.vue';
import { mountApp, settle } from '../components/mount-app';
import { CollectionScript, entry, finding } from './collection-fixtures';

const Blank = defineComponent({ render: () => h('div') });
let script: CollectionScript;
let router: Router;

beforeEach(async () => {
  setClock(() => new Date('2026-03-02T15:00:00.000Z'));
  script = new CollectionScript();
  setTransport(script.backend.transport());
  router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/collectors', name: 'collectors', component: Blank }] });
  await router.push('/collectors');
});

afterEach(() => {
  document.body.innerHTML = '';
  setClock(() => new Date());
  vi.restoreAllMocks();
});

function mountView(language: 'en' | 'zh-CN' = 'en') {
  return mountApp(CollectorsView, { language, plugins: [router] });
}

describe('CollectorsView: quick log', () => {
  it('focuses the time, saves with the defaults on submit and resets for the next one', async () => {
    const wrapper = mountView();
    await settle();
    expect(document.activeElement?.id).toBe('ql-when');
    await wrapper.find('#ql-organisation').setValue('Swift Recovery');
    await wrapper.find('[data-testid="quick-log"]').trigger('submit');
    await settle();
    expect(script.calls('collection.log')[0]).toMatchObject({
      occurredAt: '2026-03-02T15:00:00.000Z',
      channel: 'call',
      direction: 'inbound',
      answered: true,
      target: { kind: 'self' },
      organisation: 'Swift Recovery',
      tags: [],
    });
    expect(wrapper.findAll('[data-testid="contact-entry"]')).toHaveLength(1);
    expect((wrapper.find('#ql-organisation').element as HTMLInputElement).value).toBe('');
    expect(wrapper.text()).toContain(en.collection.summary.chainOk);
    wrapper.unmount();
  });

  it('fills who called from the newest entry with "Same as last time"', async () => {
    script.entries = [entry({ fromNumber: '95188', organisation: 'Swift Recovery', agent: 'Agent 07' })];
    const wrapper = mountView();
    await settle();
    await wrapper.find('[data-testid="same-as-last"]').trigger('click');
    expect((wrapper.find('#ql-number').element as HTMLInputElement).value).toBe('95188');
    expect((wrapper.find('#ql-agent').element as HTMLInputElement).value).toBe('Agent 07');
    wrapper.unmount();
  });

  it('adds a person inline, then logs the contact against them with the chosen tags', async () => {
    script.findingsFor = (e) => (e.target.kind === 'circle' ? [finding({ ruleId: 'CN-3P-04', tier: 'likely-violation' })] : []);
    const wrapper = mountView();
    await settle();
    await wrapper.find('#ql-when').setValue('2026-03-01T22:30');
    await wrapper.find('#ql-target').setValue('new');
    await wrapper.find('#ql-alias').setValue('Mum');
    const disclosure = wrapper.findAll('.ql__chip input').find((input) => input.attributes('value') === 'disclosure');
    await disclosure?.setValue(true);
    await wrapper.find('[data-testid="quick-log"]').trigger('submit');
    await settle();
    expect(script.calls('circle.save')).toEqual([{ person: { alias: 'Mum', relation: 'parent', number: '' } }]);
    const logged = script.calls('collection.log')[0] as { target: unknown; tags: string[]; occurredAt: string };
    expect(logged.target).toEqual({ kind: 'circle', personId: script.circle[0]?.id });
    expect(logged.tags).toEqual(['disclosure']);
    expect(wrapper.find('[data-testid="entry-who"]').text()).toBe('Reached Mum');
    expect(wrapper.find('[data-rule="CN-3P-04"]').text()).toContain(en.collection.tier['likely-violation']);
    wrapper.unmount();
  });

  it('shows translated errors and saves nothing when the input is bad', async () => {
    const wrapper = mountView('zh-CN');
    await settle();
    await wrapper.find('#ql-when').setValue('');
    await wrapper.find('#ql-duration').setValue('两分钟');
    await wrapper.find('[data-testid="quick-log"]').trigger('submit');
    await settle();
    expect(wrapper.find('#ql-when-error').text()).toBe(zh.collection.form.badWhen);
    expect(wrapper.find('#ql-duration-error').text()).toBe(zh.collection.form.badDuration);
    expect(wrapper.find('#ql-when').attributes('aria-invalid')).toBe('true');
    expect(script.calls('collection.log')).toHaveLength(0);
    wrapper.unmount();
  });
});

describe('CollectorsView: entries', () => {
  it('shows each finding with tier, citation and "to verify" for unconfirmed sources', async () => {
    script.entries = [
      entry({
        findings: [finding(), finding({ ruleId: 'CN-FREQ-01', tier: 'possible-issue', confidence: 'M', citation: 'GB/T 45251-2025 §6.3' })],
      }),
    ];
    const wrapper = mountView();
    await settle();
    const night = wrapper.find('[data-rule="CN-TIME-01"]');
    expect(night.text()).toContain('Likely violation');
    expect(night.text()).toContain('Source: GB/T 45251-2025 §6.2');
    expect(night.text()).not.toContain(en.collection.finding.toVerify);
    expect(wrapper.find('[data-rule="CN-FREQ-01"]').text()).toContain(en.collection.finding.toVerify);
    expect(wrapper.find('[data-testid="collection-summary"] [data-tier="possible-issue"]').text()).toContain('1');
    wrapper.unmount();
  });

  it('attaches a file as base64 and previews an image from a blob: URL', async () => {
    script.entries = [entry()];
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:preview-1');
    const revoked = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const wrapper = mountView();
    await settle();
    const input = wrapper.find('[data-testid="evidence-file"]');
    const file = new File([new Uint8Array([137, 80, 78, 71])], 'call.png', { type: 'image/png' });
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
    await input.trigger('change');
    await settle();
    expect(script.calls('evidence.attach')[0]).toEqual({ entryId: 'e1', filename: 'call.png', mimeType: 'image/png', base64: btoa('\x89PNG') });
    const item = wrapper.find('[data-testid="evidence-item"]');
    expect(item.text()).toContain('call.png');
    expect(item.text()).toContain('SHA-256 c0ffeec0ffee');
    await item.find('[data-testid="evidence-preview"]').trigger('click');
    await settle();
    expect(created).toHaveBeenCalledOnce();
    expect(wrapper.find('[data-testid="evidence-viewer"] img').attributes('src')).toBe('blob:preview-1');
    await wrapper.find('[data-testid="evidence-viewer"] button').trigger('click');
    expect(revoked).toHaveBeenCalledWith('blob:preview-1');
    wrapper.unmount();
  });

  it('edits by asking for a reason, then lists the revisions', async () => {
    script.entries = [entry()];
    script.revisions.set('e1', [{ revision: 1, entry: entry(), recordedAt: '2026-03-02T15:00:00.000Z', reason: '' }]);
    const wrapper = mountView();
    await settle();
    await wrapper.find('[data-testid="entry-edit"]').trigger('click');
    await settle();
    const form = wrapper.find('[data-testid="contact-entry"] form');
    await form.find('#edit-e1-summary').setValue('Said they would call my mother.');
    await form.trigger('submit');
    await settle();
    expect(form.find('#edit-e1-reason-error').text()).toBe(en.collection.form.noReason);
    await form.find('#edit-e1-reason').setValue('Remembered more');
    await form.trigger('submit');
    await settle();
    expect(script.calls('collection.revise')[0]).toMatchObject({ id: 'e1', reason: 'Remembered more', entry: { summary: 'Said they would call my mother.' } });
    await wrapper.find('[data-testid="entry-history"]').trigger('click');
    await settle();
    const revisions = wrapper.find('[data-testid="entry-revisions"]').text();
    expect(revisions).toContain('Revision 2');
    expect(revisions).toContain('Reason: Remembered more');
    wrapper.unmount();
  });
});

describe('CollectorsView: circle and dossier', () => {
  it('shows who was reached and a warning message in either language', async () => {
    script.circle = [
      {
        id: 'p1',
        alias: 'Mum',
        relation: 'parent',
        number: '',
        contacts: [{ entryId: 'e1', occurredAt: '2026-03-02T14:30:00.000Z', timeZone: 'Asia/Shanghai', channel: 'call', organisation: 'Swift', tags: ['disclosure'], findings: 2 }],
      },
    ];
    await router.push({ query: { tab: 'circle' } });
    const wrapper = mountView();
    await settle();
    expect(wrapper.find('[data-testid="person-reached"]').text()).toBe('Reached once');
    expect(wrapper.find('[data-testid="person-timeline"]').text()).toContain('2 findings');
    const message = wrapper.find('[data-testid="warn-message"]');
    expect((message.element as HTMLTextAreaElement).value).toContain('Hi Mum, you may get calls');
    await wrapper.find('input[type="radio"][value="zh-CN"]').trigger('change');
    expect((message.element as HTMLTextAreaElement).value).toContain('Mum，你好');
    wrapper.unmount();
  });

  it('builds the report into a sandboxed frame and saves the ZIP', async () => {
    script.entries = [entry()];
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:zip');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await router.push({ query: { tab: 'dossier' } });
    const wrapper = mountView();
    await settle();
    await wrapper.find('#dossier-from').setValue('2026-03-05');
    await wrapper.find('#dossier-to').setValue('2026-03-01');
    await wrapper.find('[data-testid="dossier-form"]').trigger('submit');
    await settle();
    expect(wrapper.find('#dossier-range-error').text()).toBe(en.collection.dossier.badRange);
    expect(script.calls('dossier.build')).toHaveLength(0);
    await wrapper.find('#dossier-to').setValue('2026-03-31');
    await wrapper.find('#dossier-org').setValue('Swift Recovery');
    await wrapper.find('[data-testid="dossier-form"]').trigger('submit');
    await settle();
    expect(script.calls('dossier.build')[0]).toEqual({ language: 'en', organisation: 'Swift Recovery', from: '2026-03-05', to: '2026-03-31' });
    const frame = wrapper.find('[data-testid="dossier-frame"]');
    expect(frame.attributes('sandbox')).toBe('');
    expect(frame.attributes('srcdoc')).toContain('<h1>Report</h1>');
    expect(wrapper.find('[data-testid="dossier-letter"]').text()).toContain('Complaint to 12378');
    await wrapper.find('[data-testid="dossier-zip"]').trigger('click');
    await settle();
    expect(created).toHaveBeenCalledOnce();
    expect(script.calls('dossier.exportZip')).toHaveLength(1);
    wrapper.unmount();
  });
});
