// The complaint dossier's two methods: build (report HTML, letters, counts) and exportZip (the same plus
// evidence, entries.json and SHA256SUMS). Decrypted evidence stays in memory and is zeroed once zipped.
import { assembleDossier, exportDossier } from '../collection/dossier';
import { loadDossierData } from '../collection/dossier-load';
import { readEvidenceBytes } from '../collection/log-access';
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

export function dossierHandlers(ctx: HandlerContext): Pick<Handlers, 'dossier.build' | 'dossier.exportZip'> {
  return {
    'dossier.build': ({ language, ...scope }) => assembleDossier(loadDossierData(ctx, scope), language),
    'dossier.exportZip': ({ language, pdfBase64, ...scope }) => {
      const data = loadDossierData(ctx, scope);
      const opened: Buffer[] = [];
      try {
        const zip = exportDossier(data, language, (id) => {
          const { bytes } = readEvidenceBytes(ctx, id);
          opened.push(bytes);
          return bytes;
        }, pdfBase64);
        return { filename: zip.filename, base64: Buffer.from(zip.bytes).toString('base64'), sha256sums: zip.sha256sums };
      } finally {
        for (const bytes of opened) bytes.fill(0);
      }
    },
  };
}
