// @vitest-environment happy-dom
// Importing a JSON backup: nothing happens before the confirmation that names the file; confirming
// sends the file's text; a backup already imported or a file that is not one gets its own words.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import TransferBackupImport from '../../../src/renderer/src/components/transfer/TransferBackupImport.vue';
import { fail, mountTransfer, ok, ScriptedBackend, settle, transferMessages } from './transfer-harness';

const CONTENT = '{"format":"quietledger-ledger","loans":[]}';

let backend: ScriptedBackend;

beforeEach(() => {
  backend = new ScriptedBackend();
  backend.on('transfer.importJson', () => ok({ loans: 2, payments: 5 }));
  backend.install();
});

afterEach(() => {
  document.body.innerHTML = '';
});

async function choose(wrapper: ReturnType<typeof mountTransfer>, name: string): Promise<void> {
  const input = wrapper.find('[data-testid="backup-file"]');
  const file = new File([CONTENT], name, { type: 'application/json' });
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  await settle();
}

/** A dialog button by its words; fails the test when the dialog is not there. */
function button(text: string): HTMLButtonElement {
  const found = [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}"`);
  return found;
}

describe.each(['zh-CN', 'en'] as const)('TransferBackupImport in %s', (language) => {
  const m = transferMessages[language];

  it('asks first, naming the file, then imports the text and says how much came in', async () => {
    const wrapper = mountTransfer(TransferBackupImport, { language });
    await choose(wrapper, 'quietledger-export-2026-03-01.json');
    expect(document.body.textContent).toContain(m.backup.confirmBody.replace('{name}', 'quietledger-export-2026-03-01.json'));
    expect(backend.callsOf('transfer.importJson')).toHaveLength(0);

    button(m.backup.confirm).click();
    await settle();
    expect(backend.callsOf('transfer.importJson')[0]?.input).toEqual({ content: CONTENT });
    expect(document.body.textContent).toContain(m.backup.done.replace('{count}', '2').replace('{n}', '5'));
    wrapper.unmount();
  });

  it('does nothing when the user cancels', async () => {
    const wrapper = mountTransfer(TransferBackupImport, { language });
    await choose(wrapper, 'backup.json');
    const cancel = language === 'zh-CN' ? '取消' : 'Cancel';
    button(cancel).click();
    await settle();
    expect(backend.callsOf('transfer.importJson')).toHaveLength(0);
    wrapper.unmount();
  });

  it.each([
    ['CONFLICT', 'conflict'],
    ['INVALID_INPUT', 'invalid'],
  ] as const)('explains %s in its own words', async (code, key) => {
    backend.on('transfer.importJson', () => fail(code));
    const wrapper = mountTransfer(TransferBackupImport, { language });
    await choose(wrapper, 'backup.json');
    button(m.backup.confirm).click();
    await settle();
    expect(wrapper.text()).toContain(m.backup[key]);
    wrapper.unmount();
  });
});
