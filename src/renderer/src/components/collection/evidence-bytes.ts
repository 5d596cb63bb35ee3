// Bytes ↔ base64 for evidence uploads, previews and the dossier ZIP, kept in memory only: previews use
// blob: URLs that are revoked when closed, and nothing is written to disk except a file the user saves.

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export type PreviewKind = 'image' | 'audio' | 'pdf' | 'none';

/** How the app can show a file; anything else stays in the vault and goes into the dossier. */
export function previewKind(mimeType: string): PreviewKind {
  if (/^image\/(png|jpeg|gif|webp|bmp)$/.test(mimeType)) return 'image';
  if (mimeType.startsWith('audio/')) return 'audio';
  if (mimeType === 'application/pdf') return 'pdf';
  return 'none';
}

/** "1.2 MB", "830 KB", "512 B" in the UI language's digits. */
export function formatSize(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value)} ${units[unit] ?? 'B'}`;
}

export interface SaveEnv {
  document: Document;
  url: Pick<typeof URL, 'createObjectURL' | 'revokeObjectURL'>;
  setTimeout: (run: () => void, ms: number) => unknown;
}

function defaultEnv(): SaveEnv {
  return { document, url: URL, setTimeout: (run, ms) => window.setTimeout(run, ms) };
}

/** Offers binary content (base64) as a download through a Blob; returns the file name. */
export function saveBinary(file: { filename: string; mimeType: string; base64: string }, env: SaveEnv = defaultEnv()): string {
  const href = env.url.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
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
    env.setTimeout(() => env.url.revokeObjectURL(href), 10_000);
  }
  return file.filename;
}
