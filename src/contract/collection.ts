// Collector contacts across the API: the append-only contact log with revisions, the user's circle, the
// evidence attached to entries, the conduct findings, the hash-chain check and the complaint dossier.
import { z } from 'zod';
import {
  CIRCLE_RELATIONS,
  CONTACT_CHANNELS,
  CONTACT_DIRECTIONS,
  CONTACT_TAGS,
  type CirclePerson,
  type ContactEntry,
  type ConductFinding,
} from '../core/collection/types';
import type { WarningTier } from '../core/cost/legal-types';
import { JURISDICTIONS } from '../core/cost/legal-types';
import { idSchema } from './loans';
import { LANGUAGES } from './prefs';

const instantSchema = z.string().datetime({ offset: true });
const zoneSchema = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max);

export const contactInputSchema = z
  .object({
    occurredAt: instantSchema,
    timeZone: zoneSchema,
    channel: z.enum(CONTACT_CHANNELS),
    direction: z.enum(CONTACT_DIRECTIONS).default('inbound'),
    fromNumber: text(100).default(''),
    organisation: text(200).default(''),
    agent: text(200).default(''),
    loanId: idSchema.nullable().default(null),
    target: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('self') }).strict(),
        z.object({ kind: z.literal('circle'), personId: idSchema }).strict(),
      ])
      .default({ kind: 'self' }),
    answered: z.boolean().default(true),
    durationSeconds: z.number().int().min(0).max(86_400).nullable().default(null),
    summary: text(10_000).default(''),
    tags: z.array(z.enum(CONTACT_TAGS)).max(CONTACT_TAGS.length).default([]),
  })
  .strict();
export type ContactInput = z.input<typeof contactInputSchema>;

export const circlePersonInputSchema = z
  .object({
    alias: text(80).min(1),
    relation: z.enum(CIRCLE_RELATIONS),
    number: text(100).default(''),
  })
  .strict();
export type CirclePersonInput = z.input<typeof circlePersonInputSchema>;

/** One attached file's record; the bytes are encrypted at rest with their own key. */
export interface EvidenceMeta {
  id: string;
  entryId: string;
  filename: string;
  mimeType: string;
  size: number;
  /** SHA-256 of the original bytes, lowercase hex, recorded at import. */
  sha256: string;
  importedAt: string;
}

/** A log entry as stored: the current revision, its history count, evidence and findings. */
export interface ContactEntryView extends ContactEntry {
  /** 1 for the first version; each edit adds a revision and keeps the old ones. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  evidence: EvidenceMeta[];
  findings: ConductFinding[];
  /** The jurisdiction the entry was judged under. */
  jurisdiction: (typeof JURISDICTIONS)[number];
}

export interface ContactRevision {
  revision: number;
  entry: ContactEntry;
  recordedAt: string;
  /** Why it was changed (the user's words; empty for the first version). */
  reason: string;
}

export interface ContactLog {
  entries: ContactEntryView[];
  /** Every finding over the whole log (frequency and sequence rules included), newest first. */
  findings: ConductFinding[];
  counts: Record<WarningTier, number>;
}

export interface CircleContact {
  entryId: string;
  occurredAt: string;
  timeZone: string;
  channel: ContactEntry['channel'];
  organisation: string;
  tags: ContactEntry['tags'];
  findings: number;
}

export interface CirclePersonView extends CirclePerson {
  /** Contacts collectors made with this person, newest first. */
  contacts: CircleContact[];
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  evidence: number;
  /** The first link that does not verify, when ok is false. */
  brokenAt: { kind: 'entry' | 'evidence'; id: string; reason: string } | null;
  /** The hash at the head of the chain (hex). */
  head: string;
}

export interface DossierLetter {
  /** e.g. 'cn-regulator-complaint', 'us-cease', 'uk-firm-complaint'. */
  kind: string;
  title: string;
  /** Plain text, filled from the log; the user edits it before sending. */
  body: string;
}

export interface Dossier {
  /** Self-contained HTML report (inline CSS, no scripts, no external resources). */
  html: string;
  letters: DossierLetter[];
  /** Number of entries, findings and evidence files it covers. */
  entries: number;
  findings: number;
  evidence: number;
}

export interface DossierZip {
  filename: string;
  /** The ZIP bytes, base64. */
  base64: string;
  /** The SHA256SUMS text inside it. */
  sha256sums: string;
}

const dossierScope = z
  .object({
    loanId: idSchema.optional(),
    organisation: text(200).optional(),
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    language: z.enum(LANGUAGES),
  })
  .strict();

/** Largest evidence file accepted, in bytes (a few minutes of call audio, a phone photo, a PDF). */
export const MAX_EVIDENCE_BYTES = 25 * 1024 * 1024;

export const collectionSchemas = {
  list: z.object({ loanId: idSchema.optional(), personId: idSchema.optional() }).strict(),
  log: contactInputSchema,
  revise: z.object({ id: idSchema, entry: contactInputSchema, reason: text(1000).default('') }).strict(),
  history: z.object({ id: idSchema }).strict(),
  circleSave: z.object({ id: idSchema.optional(), person: circlePersonInputSchema }).strict(),
  attach: z
    .object({
      entryId: idSchema,
      filename: text(255).min(1),
      mimeType: z.string().max(100),
      /** The file's bytes, base64 (at most MAX_EVIDENCE_BYTES once decoded). */
      base64: z.string().max(Math.ceil(MAX_EVIDENCE_BYTES / 3) * 4 + 4),
    })
    .strict(),
  readEvidence: z.object({ id: idSchema }).strict(),
  dossier: dossierScope,
  /** The ZIP: the dossier's files plus, where the shell rendered one, the report as PDF (base64). */
  dossierZip: dossierScope.extend({ pdfBase64: z.string().max(70_000_000).optional() }).strict(),
};
