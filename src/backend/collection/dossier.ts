// The complaint dossier from loaded data: the report, the letters and the counts (dossier.build), and the
// list of files the ZIP holds (dossier.exportZip): report, optional PDF, entries.json, letters, evidence.
import { DomainError, type Dossier, type DossierLetter } from '../../contract';
import { dossierFacts } from './dossier-facts';
import { buildDossierHtml } from './dossier-html';
import { localDate } from './dossier-text';
import type { DossierData, DossierLanguage } from './dossier-types';
import { buildLetters } from './letters';
import { buildDossierZip, evidencePath, sha256Hex, type ZipFile } from './zip';

export const DOSSIER_FORMAT = 'quietledger-dossier';
export const DOSSIER_VERSION = 1;

export function assembleDossier(data: DossierData, language: DossierLanguage): Dossier {
  const facts = dossierFacts(data);
  return {
    html: buildDossierHtml(data, language),
    letters: buildLetters(data, language),
    entries: facts.entries.length,
    findings: facts.findings.length,
    evidence: facts.evidence.length,
  };
}

/**
 * The machine-readable log of the dossier: each entry in scope with its revisions, the findings, the
 * evidence records, and the chain links of those entries so anyone can recompute each link's hash.
 */
export function entriesJson(data: DossierData): string {
  const facts = dossierFacts(data);
  const inScope = new Set(facts.entries.map((e) => e.id));
  const doc = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    generatedAt: data.generatedAt,
    timeZone: data.timeZone,
    scope: data.scope,
    loan: facts.loan,
    entries: facts.entries.map((entry) => ({ ...entry, revisions: data.revisions[entry.id] ?? [] })),
    findings: facts.findings,
    evidence: facts.evidence.map(({ meta }) => ({ ...meta, path: evidencePath(meta.sha256, meta.filename) })),
    chain: {
      ...data.chain,
      algorithm: 'hash = SHA-256(previous hash bytes || canonical JSON of the record, keys sorted, no spaces); first previous hash = 64 zeros',
      links: data.chainLinks.filter((l) => inScope.has(l.record.entryId)),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Decrypted bytes of an evidence file, by id. */
export type EvidenceReader = (id: string) => Uint8Array;

export interface DossierExport {
  filename: string;
  bytes: Uint8Array;
  sha256sums: string;
}

/** The shell's rendering of the report; anything that is not a PDF is refused rather than packed. */
function pdfBytes(base64: string): Uint8Array {
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  if (Buffer.from(bytes.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new DomainError('INVALID_INPUT', 'pdfBase64 is not a PDF');
  return bytes;
}

export function letterPath(letter: DossierLetter): string {
  return `letters/${letter.kind}.txt`;
}

/**
 * Every file of the export except SHA256SUMS, in ZIP order; equal evidence (same hash and name) once.
 * Throws VAULT_CORRUPT when a decrypted file no longer matches the SHA-256 recorded at import.
 */
export function dossierFiles(data: DossierData, language: DossierLanguage, readEvidence: EvidenceReader, pdfBase64?: string): ZipFile[] {
  const facts = dossierFacts(data);
  const files: ZipFile[] = [{ path: 'report.html', bytes: utf8(buildDossierHtml(data, language)) }];
  if (pdfBase64 !== undefined && pdfBase64 !== '') files.push({ path: 'report.pdf', bytes: pdfBytes(pdfBase64) });
  files.push({ path: 'entries.json', bytes: utf8(entriesJson(data)) });
  for (const letter of buildLetters(data, language)) files.push({ path: letterPath(letter), bytes: utf8(`${letter.title}\n\n${letter.body}`) });
  const written = new Set<string>();
  for (const { meta } of facts.evidence) {
    const path = evidencePath(meta.sha256, meta.filename);
    if (written.has(path)) continue;
    written.add(path);
    const bytes = readEvidence(meta.id);
    // The report promises this hash; an export whose file differs from it must not be produced.
    if (sha256Hex(bytes) !== meta.sha256) throw new DomainError('VAULT_CORRUPT', `Evidence ${meta.id} does not match its recorded SHA-256`);
    files.push({ path, bytes });
  }
  return files;
}

export function exportDossier(data: DossierData, language: DossierLanguage, readEvidence: EvidenceReader, pdfBase64?: string): DossierExport {
  const { bytes, sha256sums } = buildDossierZip(dossierFiles(data, language, readEvidence, pdfBase64));
  const day = localDate(data.generatedAt, data.timeZone);
  return { filename: `quietledger-dossier-${day}.zip`, bytes, sha256sums };
}
