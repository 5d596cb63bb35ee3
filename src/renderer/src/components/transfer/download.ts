// Saves an exported file through a Blob and an <a download> link: no Node, no Electron API, and it works
// the same in Chromium (browser mode) and inside the Electron window (which shows its save dialog).
import type { ExportFile } from '../../../../contract/transfer';

/** Long enough for the browser to start reading the Blob, short enough not to keep the data around. */
const REVOKE_AFTER_MS = 10_000;

export interface DownloadEnv {
  document: Document;
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  setTimeout: (run: () => void, ms: number) => unknown;
}

function defaultEnv(): DownloadEnv {
  return { document, url: URL, setTimeout: (run, ms) => window.setTimeout(run, ms) };
}

/** Starts the download of `file` and returns the file name offered to the user. */
export function downloadFile(file: ExportFile, env: DownloadEnv = defaultEnv()): string {
  const blob = new Blob([file.content], { type: `${file.mimeType};charset=utf-8` });
  const href = env.url.createObjectURL(blob);
  const link = env.document.createElement('a');
  link.href = href;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  env.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The export is plaintext: drop the Blob once the download has had time to start.
    env.setTimeout(() => env.url.revokeObjectURL(href), REVOKE_AFTER_MS);
  }
  return file.filename;
}
