// The complaint dossier as one self-contained, printable HTML page: inline CSS only, no script, no external
// resource, every piece of user text escaped. Evidence is listed by SHA-256, never embedded.
import type { ContactEntryView } from '../../contract';
import type { ConductFinding } from '../../core/collection/types';
import type { WarningTier } from '../../core/cost/legal-types';
import { dossierFacts, type DossierFacts } from './dossier-facts';
import {
  CHANNEL_WORDS,
  CONFIDENCE_WORDS,
  RELATION_WORDS,
  REPORT_WORDS,
  TAG_WORDS,
  TIER_WORDS,
  localTimeText,
  sizeText,
  type ReportWords,
} from './dossier-text';
import type { DossierData, DossierLanguage } from './dossier-types';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escaped text; line breaks the user typed are kept visible. */
const t = (text: string): string => escapeHtml(text).replace(/\r?\n/g, '<br>');

const STYLE = `
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  font-size: 10.5pt; line-height: 1.5; color: #1f2328; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 4pt; }
h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #d0d7de; padding-bottom: 2pt; break-after: avoid; }
p.meta { color: #57606a; margin: 0 0 8pt; }
table { width: 100%; border-collapse: collapse; margin: 4pt 0; table-layout: fixed; }
td { overflow-wrap: break-word; }
th, td { text-align: left; vertical-align: top; border: 1px solid #d0d7de; padding: 3pt 5pt; }
th { background: #f6f8fa; font-weight: 600; }
tr, .finding { break-inside: avoid; }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 12pt; margin: 0; }
dl.summary dt { color: #57606a; }
dl.summary dd { margin: 0; }
.finding { border: 1px solid #d0d7de; border-left-width: 4pt; padding: 5pt 8pt; margin: 6pt 0; }
.tier-likely-violation { border-left-color: #b42318; }
.tier-possible-issue { border-left-color: #b54708; }
.tier-information { border-left-color: #57606a; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: 3pt; padding: 0 4pt; font-size: 9pt; }
.verify { color: #b54708; font-weight: 600; }
.nowrap { white-space: nowrap; }
.hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; word-break: break-all; }
.note { margin-top: 16pt; padding: 6pt 8pt; background: #f6f8fa; border-radius: 3pt; color: #424a53; }
`;

function tierCounts(language: DossierLanguage, counts: Record<WarningTier, number>): string {
  return (Object.keys(TIER_WORDS) as WarningTier[]).map((tier) => `${TIER_WORDS[tier][language]}: ${counts[tier]}`).join(' · ');
}

function summarySection(facts: DossierFacts, words: ReportWords, language: DossierLanguage): string {
  const org = facts.organisation !== '' ? facts.organisation : words.unknown;
  const others = facts.organisations.filter((o) => o !== facts.organisation);
  const loan = facts.loan ? `${facts.loan.name} · ${facts.loan.lender} (${facts.loan.jurisdiction})` : words.any;
  const period = facts.period.from === '' ? words.any : `${facts.period.from} – ${facts.period.to}`;
  const rows: [string, string][] = [
    [words.who, t(org) + (others.length > 0 ? ` <span class="meta">(+ ${t(others.join(', '))})</span>` : '')],
    [words.loan, t(loan)],
    [words.period, t(period)],
    [words.contacts, String(facts.entries.length)],
    [words.thirdParty, String(facts.thirdPartyContacts)],
    [words.evidenceCount, String(facts.evidence.length)],
    [words.findings, escapeHtml(tierCounts(language, facts.counts))],
  ];
  return `<section id="summary"><h2>${words.summary}</h2><dl class="summary">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl></section>`;
}

function findingBlock(f: ConductFinding, facts: DossierFacts, words: ReportWords, language: DossierLanguage): string {
  const confidence = CONFIDENCE_WORDS[f.confidence][language];
  const refs = f.entryIds.map((id) => `#${facts.entryNumber.get(id) ?? '?'}`).join(', ');
  return `<div class="finding tier-${f.tier}">
<p><strong>${t(f.ruleId)}</strong> · <span class="badge">${TIER_WORDS[f.tier][language]}</span> · ${t(f.title[language])}</p>
<p>${t(f.explanation[language])}</p>
<p>${words.citation}: ${t(f.citation)} · ${words.confidence}: <span${f.confidence === 'M' ? ' class="verify"' : ''}>${confidence}</span></p>
<p class="meta">${words.date}: ${t(f.date)} · ${words.entries}: ${t(refs)}</p>
</div>`;
}

function findingsSection(facts: DossierFacts, words: ReportWords, language: DossierLanguage): string {
  const body = facts.findings.length === 0 ? `<p>${words.noFindings}</p>` : facts.findings.map((f) => findingBlock(f, facts, words, language)).join('\n');
  return `<section id="findings"><h2>${words.findings}</h2>${body}</section>`;
}

function contactedText(entry: ContactEntryView, facts: DossierFacts, words: ReportWords, language: DossierLanguage): string {
  if (entry.target.kind === 'self') return words.me;
  const person = facts.person(entry.target.personId);
  if (!person) return words.unknown;
  return `${t(person.alias)} (${RELATION_WORDS[person.relation][language]})`;
}

function timelineRow(entry: ContactEntryView, facts: DossierFacts, words: ReportWords, language: DossierLanguage): string {
  const n = facts.entryNumber.get(entry.id) ?? 0;
  const status = [
    entry.direction === 'outbound' ? words.outbound : '',
    entry.channel === 'call' ? (entry.answered ? words.answered : words.unanswered) : '',
    entry.durationSeconds !== null ? `${Math.floor(entry.durationSeconds / 60)}:${String(entry.durationSeconds % 60).padStart(2, '0')}` : '',
  ].filter((s) => s !== '');
  const orgAgent = [entry.organisation, entry.agent].filter((s) => s.trim() !== '').join(' / ');
  const tags = entry.tags.map((tag) => TAG_WORDS[tag][language]).join(', ');
  const revisions = entry.revision > 1 ? `<br><span class="meta">${entry.revision} ${words.revisions}</span>` : '';
  return `<tr id="entry-${n}"><td>${n}</td><td>${t(localTimeText(entry.occurredAt, entry.timeZone))}${revisions}</td>
<td>${CHANNEL_WORDS[entry.channel][language]}${status.length > 0 ? `<br><span class="meta">${t(status.join(' · '))}</span>` : ''}</td>
<td>${t(entry.fromNumber)}</td><td>${t(orgAgent)}</td><td>${contactedText(entry, facts, words, language)}</td>
<td>${t(tags)}</td><td>${t(entry.summary)}</td></tr>`;
}

/** Column widths in percent, so narrow columns do not break every word on A4. */
const colgroup = (widths: number[]): string => `<colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup>`;

function timelineSection(facts: DossierFacts, words: ReportWords, language: DossierLanguage): string {
  if (facts.entries.length === 0) return `<section id="timeline"><h2>${words.timeline}</h2><p>${words.noEntries}</p></section>`;
  const head = ['#', words.when, words.channel, words.from, words.orgAgent, words.contacted, words.tags, words.whatWasSaid];
  return `<section id="timeline"><h2>${words.timeline}</h2><table>${colgroup([4, 15, 12, 12, 14, 10, 13, 20])}<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${facts.entries.map((e) => timelineRow(e, facts, words, language)).join('\n')}</tbody></table></section>`;
}

function evidenceSection(facts: DossierFacts, words: ReportWords, timeZone: string): string {
  if (facts.evidence.length === 0) return `<section id="evidence"><h2>${words.evidence}</h2><p>${words.noEvidence}</p></section>`;
  const head = [words.entry, words.filename, words.size, words.sha256, words.imported];
  const rows = facts.evidence.map(
    ({ meta, entryNumber }) =>
      `<tr><td>#${entryNumber}</td><td>${t(meta.filename)}</td><td>${t(sizeText(meta.size))}</td><td class="hash">${t(meta.sha256)}</td><td>${t(localTimeText(meta.importedAt, timeZone))}</td></tr>`,
  );
  return `<section id="evidence"><h2>${words.evidence}</h2><table>${colgroup([7, 25, 12, 36, 20])}<thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table></section>`;
}

function chainSection(data: DossierData, words: ReportWords): string {
  const { chain } = data;
  const status = chain.ok
    ? `<p>${words.chainOk}</p>`
    : `<p class="verify">${words.chainBroken} ${t(chain.brokenAt ? `${chain.brokenAt.kind} ${chain.brokenAt.id}: ${chain.brokenAt.reason}` : '?')}</p>`;
  return `<section id="chain"><h2>${words.chain}</h2>${status}<p>${words.chainHead}: <span class="hash">${t(chain.head)}</span></p><p class="meta">${t(words.chainHow)}</p></section>`;
}

/** The whole report; equal data gives the same string (no clock read here). */
export function buildDossierHtml(data: DossierData, language: DossierLanguage): string {
  const words = REPORT_WORDS[language];
  const facts = dossierFacts(data);
  const lang = language === 'zh-CN' ? 'zh-CN' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.title}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${words.title}</h1><p class="meta">${words.generated}: ${t(localTimeText(data.generatedAt, data.timeZone))}</p></header>
${summarySection(facts, words, language)}
${findingsSection(facts, words, language)}
${timelineSection(facts, words, language)}
${evidenceSection(facts, words, data.timeZone)}
${chainSection(data, words)}
<p class="note">${t(words.notAdvice)}</p>
</body>
</html>
`;
}
