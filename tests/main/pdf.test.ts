// The PDF helper: a hidden, sandboxed window with JavaScript off loads the report as a data: URL, prints
// A4 with the page's own @page size, and is destroyed afterwards, also when printing fails.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const fake = await vi.hoisted(async () => {
  const support = await import('./support/fake-electron');
  const electron = support.createFakeElectron();
  /** The fake window plus the two calls the PDF helper needs. */
  class PdfWindow extends support.FakeBrowserWindow {
    static printed: Uint8Array | Error = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
    readonly destroy = vi.fn(() => {
      this.destroyed = true;
    });
    readonly printToPDF = vi.fn(async (_options: Record<string, unknown>) => {
      if (PdfWindow.printed instanceof Error) throw PdfWindow.printed;
      return Buffer.from(PdfWindow.printed);
    });
    constructor(options: Record<string, unknown>) {
      super(options);
      Object.assign(this.webContents, { printToPDF: this.printToPDF });
    }
  }
  return { electron, PdfWindow, module: { ...electron.module, BrowserWindow: PdfWindow } };
});
vi.mock('electron', () => fake.module);

const { renderHtmlToPdf, pdfWindowOptions, htmlDataUrl, MAX_DATA_URL_CHARS } = await import('../../src/main/pdf');
const { FakeBrowserWindow } = await import('./support/fake-electron');

const lastWindow = (): InstanceType<typeof fake.PdfWindow> => {
  const window = FakeBrowserWindow.instances[FakeBrowserWindow.instances.length - 1];
  if (!(window instanceof fake.PdfWindow)) throw new Error('no PDF window was made');
  return window;
};

beforeEach(() => {
  fake.electron.reset();
  fake.PdfWindow.printed = new Uint8Array([0x25, 0x50, 0x44, 0x46]);
});

describe('pdfWindowOptions', () => {
  it('is hidden, sandboxed, isolated and runs no JavaScript', () => {
    const options = pdfWindowOptions();
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });
});

describe('renderHtmlToPdf', () => {
  it('loads the HTML as a UTF-8 data: URL and prints A4 with the CSS page size', async () => {
    const html = '<!DOCTYPE html><title>报告</title><p>催收 & co</p>';
    const pdf = await renderHtmlToPdf(html);
    expect(Array.from(pdf)).toEqual([0x25, 0x50, 0x44, 0x46]);
    const window = lastWindow();
    expect(window.options).toEqual(pdfWindowOptions());
    const url = window.loadURL.mock.calls[0]?.[0] ?? '';
    expect(url.startsWith('data:text/html;charset=utf-8;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1] ?? '', 'base64').toString('utf8')).toBe(html);
    expect(window.printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(window.destroy).toHaveBeenCalledTimes(1);
    expect(window.show).not.toHaveBeenCalled();
  });

  it('denies new windows and navigation from the page', async () => {
    await renderHtmlToPdf('<p>x</p>');
    const contents = lastWindow().webContents;
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const event = { url: 'https://example.com', preventDefault: vi.fn() };
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('destroys the window when printing fails', async () => {
    fake.PdfWindow.printed = new Error('printing failed');
    await expect(renderHtmlToPdf('<p>x</p>')).rejects.toThrow('printing failed');
    expect(lastWindow().destroy).toHaveBeenCalledTimes(1);
  });

  it('refuses a report too large for a data: URL before opening any window', async () => {
    const html = 'x'.repeat(MAX_DATA_URL_CHARS);
    expect(htmlDataUrl(html).length).toBeGreaterThan(MAX_DATA_URL_CHARS);
    await expect(renderHtmlToPdf(html)).rejects.toThrow(/too large/);
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });
});
