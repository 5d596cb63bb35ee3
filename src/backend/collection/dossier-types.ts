// The plain data a complaint dossier is built from, so the report, the letters and the ZIP can be built and
// tested without a database: the loader in the backend fills it, the pure builders only read it.
import type { ChainCheck, ContactEntryView, ContactRevision, Language } from '../../contract';
import type { CirclePerson, ConductFinding } from '../../core/collection/types';
import type { Jurisdiction } from '../../core/cost/legal-types';
import type { ChainLink } from './chain';

/** The part of the user's choice that selects entries: a loan and/or an organisation, a local date range. */
export interface DossierScope {
  loanId?: string;
  organisation?: string;
  /** Inclusive local dates (in each entry's own zone), YYYY-MM-DD. */
  from?: string;
  to?: string;
}

export interface DossierLoan {
  id: string;
  name: string;
  lender: string;
  jurisdiction: Jurisdiction;
}

/** A stored revision with its place in the hash chain, when the loader knows it. */
export interface DossierRevision extends ContactRevision {
  prevHash?: string;
  hash?: string;
}

export interface DossierData {
  scope: DossierScope;
  /** When the dossier was made, a UTC instant from the injected clock. */
  generatedAt: string;
  /** The user's IANA zone, for times that belong to no entry (generation, evidence import). */
  timeZone: string;
  /** Entries with their evidence and per-entry findings, oldest or newest first (the builders sort). */
  entries: ContactEntryView[];
  /** Findings over the log, multi-entry rules included. */
  findings: ConductFinding[];
  /** Each entry's revisions, oldest first, keyed by entry id. */
  revisions: Record<string, DossierRevision[]>;
  chain: ChainCheck;
  /** The chain's links (record, previous hash, hash); the export keeps those of entries in scope. */
  chainLinks: ChainLink[];
  loans: DossierLoan[];
  circle: CirclePerson[];
}

export type DossierLanguage = Language;
