// @vitest-environment happy-dom
// Export: each button fetches the right file in the UI language and offers it for download through a
// Blob and an <a download> link named as the backend named it; the not-encrypted note is always shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportFile } from '../../../src/contract/transfer';
import { downloadFile, type DownloadEnv } from '../../../src/renderer/src/components/transfer/download';
import TransferExportPanel from '../../../src/renderer/src/components/transfer/TransferExportPanel.vue';
import TransferSelect from '../../../src/renderer/src/components/transfer/TransferSelect.vue';
import { mountTransfer, ok, ScriptedBackend, settle, transferMessages } from './transfer-harness';

const LOAN_ID = '4f7c5b7e-2d0e-4a53-9a53-0d7c1f6b2a10';

describe('downloadFile', () => {
  it('clicks a hidden link to a Blob URL named after the file, then removes the link and revokes the URL', async () => {
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    const later: (() => void)[] = [];
    const blobs: Blob[] = [];
    const env: DownloadEnv = {
      document,
      url: {
        createObjectURL: (blob: Blob | MediaSource) => {
          blobs.push(blob as Blob);
          return 'blob:test/1';
        },
        revokeObjectURL: vi.fn(),
      },
      setTimeout: (run) => later.push(run),
    };
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download, inDocument: document.body.contains(this) });
    });
    const file: ExportFile = { filename: 'quietledger-loans-2026-03-01.csv', mimeType: 'text/csv', content: '名称\n车贷\n' };
    expect(downloadFile(file, env)).toBe(file.filename);
    click.mockRestore();

    expect(clicked).toEqual([{ href: 'blob:test/1', download: file.filename, inDocument: true }]);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    expect(await blobs[0]?.text()).toBe(file.content);
    expect(env.url.revokeObjectURL).not.toHaveBeenCalled();
    for (const run of later) run();
    expect(env.url.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });
});

describe.each(['zh-CN', 'en'] as const)('TransferExportPanel in %s', (language) => {
  const m = transferMessages[language];
  let backend: ScriptedBackend;
  let downloads: string[];

  beforeEach(() => {
    backend = new ScriptedBackend();
    backend.on('transfer.exportCsv', (input) =>
      ok({ filename: `quietledger-${String(input.kind)}.csv`, mimeType: 'text/csv', content: 'a,b\n' }),
    );
    backend.on('transfer.exportJson', () =>
      ok({ filename: 'quietledger-export-2026-03-01.json', mimeType: 'application/json', content: '{}' }),
    );
    backend.install();
    downloads = [];
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test/2');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('warns that the files are not encrypted', () => {
    const wrapper = mountTransfer(TransferExportPanel, { language, props: { loans: [] } });
    expect(wrapper.find('[data-testid="export-warning"]').text()).toContain(m.export.warning);
    wrapper.unmount();
  });

  it('downloads the loans CSV, a loan schedule and payments, and the JSON backup under their own names', async () => {
    const loans = [{ id: LOAN_ID, name: 'Car', lender: 'Bank' }];
    const wrapper = mountTransfer(TransferExportPanel, { language, props: { loans } });
    expect(wrapper.find('[data-testid="export-schedule"]').attributes('disabled')).toBeDefined();

    await wrapper.find('[data-testid="export-loans"]').trigger('click');
    await settle();
    wrapper.findComponent(TransferSelect).vm.$emit('update:value', LOAN_ID);
    await settle();
    await wrapper.find('[data-testid="export-schedule"]').trigger('click');
    await settle();
    await wrapper.find('[data-testid="export-payments"]').trigger('click');
    await settle();
    await wrapper.find('[data-testid="export-backup"]').trigger('click');
    await settle();

    expect(downloads).toEqual([
      'quietledger-loans.csv',
      'quietledger-schedule.csv',
      'quietledger-payments.csv',
      'quietledger-export-2026-03-01.json',
    ]);
    expect(backend.callsOf('transfer.exportCsv').map((call) => call.input)).toEqual([
      { kind: 'loans', language },
      { kind: 'schedule', language, loanId: LOAN_ID },
      { kind: 'payments', language, loanId: LOAN_ID },
    ]);
    expect(document.body.textContent).toContain(m.export.saved.replace('{name}', 'quietledger-loans.csv'));
    wrapper.unmount();
  });
});
