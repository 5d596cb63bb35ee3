// What a dossier is about, worked out once from the loaded log: the entries in scope (loan, organisation,
// local date range), their findings, their evidence, and the counts the report and the letters both quote.
import type { ContactEntryView, EvidenceMeta } from '../../contract';
import type { CirclePerson, ConductFinding, ContactEntry } from '../../core/collection/types';
import type { Jurisdiction, WarningTier } from '../../core/cost/legal-types';
import type { DossierData, DossierLoan } from './dossier-types';
import { localDate } from './dossier-text';

export interface DossierEvidence {
  meta: EvidenceMeta;
  /** The 1-based number of the entry it is attached to, in the report's timeline. */
  entryNumber: number;
}

export interface DossierFacts {
  /** In scope, oldest first. */
  entries: ContactEntryView[];
  /** Findings resting on an entry in scope, by date then rule id. */
  findings: ConductFinding[];
  evidence: DossierEvidence[];
  loan: DossierLoan | null;
  /** The organisation the dossier is about: the chosen one, else the one named most often, else ''. */
  organisation: string;
  organisations: string[];
  /** The chosen dates, else the first and last local dates of the entries ('' when there are none). */
  period: { from: string; to: string };
  counts: Record<WarningTier, number>;
  /** Contacts with someone other than the user. */
  thirdPartyContacts: number;
  /** The rule packs the entries were judged under, for the letters. */
  jurisdictions: Jurisdiction[];
  entryNumber: ReadonlyMap<string, number>;
  person: (id: string) => CirclePerson | undefined;
}

const norm = (text: string): string => text.normalize('NFKC').trim().toLowerCase();

function inScope(entry: ContactEntry, data: DossierData): boolean {
  const { loanId, organisation, from, to } = data.scope;
  if (loanId !== undefined && entry.loanId !== loanId) return false;
  if (organisation !== undefined && organisation.trim() !== '' && norm(entry.organisation) !== norm(organisation)) return false;
  const date = localDate(entry.occurredAt, entry.timeZone);
  if (from !== undefined && date < from) return false;
  if (to !== undefined && date > to) return false;
  return true;
}

const findingKey = (f: ConductFinding): string => `${f.ruleId}|${f.primaryEntryId}|${f.date}|${f.entryIds.join(',')}`;

function byFrequency(values: string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v.trim() !== '') counts.set(v.trim(), (counts.get(v.trim()) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([v]) => v);
}

export function dossierFacts(data: DossierData): DossierFacts {
  const entries = data.entries
    .filter((e) => inScope(e, data))
    .sort((a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || a.id.localeCompare(b.id));
  const entryNumber = new Map(entries.map((e, i) => [e.id, i + 1]));

  const seen = new Map<string, ConductFinding>();
  for (const f of [...data.findings, ...entries.flatMap((e) => e.findings)]) {
    if (entryNumber.has(f.primaryEntryId) && !seen.has(findingKey(f))) seen.set(findingKey(f), f);
  }
  const findings = [...seen.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || (entryNumber.get(a.primaryEntryId) ?? 0) - (entryNumber.get(b.primaryEntryId) ?? 0) || a.ruleId.localeCompare(b.ruleId),
  );
  const counts: Record<WarningTier, number> = { 'likely-violation': 0, 'possible-issue': 0, information: 0 };
  for (const f of findings) counts[f.tier] += 1;

  const evidence = entries.flatMap((e) =>
    [...e.evidence].sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id)).map((meta) => ({ meta, entryNumber: entryNumber.get(e.id) ?? 0 })),
  );

  const loan = data.scope.loanId === undefined ? null : (data.loans.find((l) => l.id === data.scope.loanId) ?? null);
  const organisations = byFrequency(entries.map((e) => e.organisation));
  const chosen = data.scope.organisation?.trim() ?? '';
  const dates = entries.map((e) => localDate(e.occurredAt, e.timeZone)).sort();
  const jurisdictions = loan ? [loan.jurisdiction] : [...new Set(entries.map((e) => e.jurisdiction))].sort();
  const circle = new Map(data.circle.map((p) => [p.id, p]));

  return {
    entries,
    findings,
    evidence,
    loan,
    organisation: chosen !== '' ? chosen : (organisations[0] ?? ''),
    organisations,
    period: { from: data.scope.from ?? dates[0] ?? '', to: data.scope.to ?? dates[dates.length - 1] ?? '' },
    counts,
    thirdPartyContacts: entries.filter((e) => e.target.kind === 'circle').length,
    jurisdictions,
    entryNumber,
    person: (id) => circle.get(id),
  };
}
