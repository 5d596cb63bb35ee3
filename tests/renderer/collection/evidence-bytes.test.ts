// @vitest-environment happy-dom
// Evidence bytes in memory: base64 both ways (binary-safe, large files in chunks), which files the app
// can preview, sizes in words, and the ZIP download through a Blob whose URL is revoked afterwards.
import { describe, expect, it, vi } from 'vitest';
import { base64ToBytes, bytesToBase64, formatSize, previewKind, saveBinary } from '../../../src/renderer/src/components/collection/evidence-bytes';

describe('evidence bytes', () => {
  it('round-trips every byte value and files larger than one chunk', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(Array.from(base64ToBytes(bytesToBase64(all)))).toEqual(Array.from(all));
    const big = Uint8Array.from({ length: 100_000 }, (_, i) => (i * 7) % 256);
    const text = bytesToBase64(big);
    expect(text).toBe(Buffer.from(big).toString('base64'));
    expect(base64ToBytes(text)).toEqual(big);
  });

  it('previews images, audio and PDFs only', () => {
    expect(['image/png', 'image/jpeg', 'audio/mpeg', 'audio/ogg', 'application/pdf', 'image/svg+xml', 'text/html'].map(previewKind)).toEqual([
      'image',
      'image',
      'audio',
      'audio',
      'pdf',
      'none',
      'none',
    ]);
  });

  it('writes sizes in the largest whole unit', () => {
    expect(formatSize(512, 'en')).toBe('512 B');
    expect(formatSize(1536, 'en')).toBe('1.5 KB');
    expect(formatSize(25 * 1024 * 1024, 'en')).toBe('25 MB');
  });

  it('saves the bytes through a Blob link and revokes the URL later', () => {
    const later: (() => void)[] = [];
    const url = { createObjectURL: vi.fn((_blob: Blob) => 'blob:zip'), revokeObjectURL: vi.fn() };
    const clicked: string[] = [];
    document.addEventListener('click', (event) => clicked.push((event.target as HTMLAnchorElement).download), { once: true });
    const name = saveBinary({ filename: 'dossier.zip', mimeType: 'application/zip', base64: btoa('PK\x03\x04') }, { document, url, setTimeout: (run) => later.push(run) });
    expect(name).toBe('dossier.zip');
    expect(clicked).toEqual(['dossier.zip']);
    const blob = url.createObjectURL.mock.calls[0]?.[0];
    expect(blob?.type).toBe('application/zip');
    expect(blob?.size).toBe(4);
    expect(document.querySelector('a[download]')).toBeNull();
    expect(url.revokeObjectURL).not.toHaveBeenCalled();
    later.forEach((run) => run());
    expect(url.revokeObjectURL).toHaveBeenCalledWith('blob:zip');
  });
});
