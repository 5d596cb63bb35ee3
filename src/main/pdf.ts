// Renders the dossier's report HTML to PDF with Chromium's own printer, in a hidden window that runs no
// script, shows nothing and is destroyed afterwards; the HTML travels as a data: URL, never as a file.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';

/** Chromium refuses URLs longer than 2 MiB characters; larger reports need the app:// route instead. */
export const MAX_DATA_URL_CHARS = 2 * 1024 * 1024;

export function pdfWindowOptions(): BrowserWindowConstructorOptions {
  return {
    show: false,
    // A4 at 96 dpi, so layout before printing matches the page.
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      images: false,
    },
  };
}

export function htmlDataUrl(html: string): string {
  return `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
}

/** The PDF bytes of a self-contained HTML page, A4 as its own @page rule says. */
export async function renderHtmlToPdf(html: string): Promise<Uint8Array> {
  const url = htmlDataUrl(html);
  if (url.length > MAX_DATA_URL_CHARS) throw new Error('The report is too large to render as a data: URL');
  const window = new BrowserWindow(pdfWindowOptions());
  try {
    const contents = window.webContents;
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => event.preventDefault());
    await window.loadURL(url);
    const pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    if (!window.isDestroyed()) window.destroy();
  }
}
