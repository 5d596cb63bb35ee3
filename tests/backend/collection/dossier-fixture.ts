// Plain dossier data for the builder tests: two Chinese-loan contacts (one a night call to the user's mother
// that disclosed the debt), one US-loan contact, findings of each confidence, evidence and chain links.
import { createHash } from 'node:crypto';
import type { ContactEntryView, EvidenceMeta } from '../../../src/contract';
import type { ConductFinding } from '../../../src/core/collection/types';
import type { DossierData } from '../../../src/backend/collection/dossier-types';

export const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

export const EVIDENCE_BYTES: Record<string, Uint8Array> = {
  ev1: new TextEncoder().encode('\u0089PNG fake screenshot bytes'),
  ev2: new TextEncoder().encode('OggS fake call recording'),
};

export const HOSTILE_SUMMARY = 'She said <script>alert("x")</script> & "pay now" — see http://evil.example/pay';

function evidence(id: string, entryId: string, filename: string, importedAt: string): EvidenceMeta {
  const bytes = EVIDENCE_BYTES[id] ?? new Uint8Array();
  return { id, entryId, filename, mimeType: 'application/octet-stream', size: bytes.length, sha256: sha(bytes), importedAt };
}

function finding(over: Partial<ConductFinding> & Pick<ConductFinding, 'ruleId' | 'primaryEntryId' | 'date'>): ConductFinding {
  return {
    jurisdiction: 'CN',
    tier: 'likely-violation',
    title: { en: `${over.ruleId} title`, 'zh-CN': `${over.ruleId} 标题` },
    explanation: { en: `${over.ruleId} explained`, 'zh-CN': `${over.ruleId} 的说明` },
    citation: 'GB/T 45251-2025',
    confidence: 'S',
    entryIds: [over.primaryEntryId],
    ...over,
  };
}

function entry(over: Partial<ContactEntryView> & Pick<ContactEntryView, 'id' | 'occurredAt'>): ContactEntryView {
  return {
    timeZone: 'Asia/Shanghai',
    channel: 'call',
    direction: 'inbound',
    fromNumber: '+86 138 0000 0000',
    organisation: 'Quick Loan Co',
    agent: 'Agent 7',
    loanId: 'loan-cn',
    target: { kind: 'self' },
    answered: true,
    durationSeconds: 95,
    summary: 'Asked when I would pay.',
    tags: [],
    revision: 1,
    createdAt: over.occurredAt,
    updatedAt: over.occurredAt,
    evidence: [],
    findings: [],
    jurisdiction: 'CN',
    ...over,
  };
}

const night = finding({ ruleId: 'CN-TIME-01', primaryEntryId: 'e1', date: '2026-03-01', citation: 'GB/T 45251-2025; CBA 2026' });
const disclosure = finding({ ruleId: 'CN-3P-04', primaryEntryId: 'e1', date: '2026-03-01', citation: '民法典 1032, 1038; PIPL Art.10', confidence: 'V' });
const unverified = finding({ ruleId: 'CN-RATE-03', primaryEntryId: 'e2', date: '2026-03-02', tier: 'possible-issue', citation: '2019 opinion', confidence: 'M' });
const usNight = finding({ ruleId: 'US-TIME-01', jurisdiction: 'US', primaryEntryId: 'e3', date: '2026-03-05', citation: '15 U.S.C. 1692c(a)(1); 12 CFR 1006.6(b)(1)(i)', confidence: 'V' });

export function dossierData(over: Partial<DossierData> = {}): DossierData {
  const entries = [
    entry({
      id: 'e1',
      occurredAt: '2026-03-01T14:30:00Z',
      target: { kind: 'circle', personId: 'mum' },
      tags: ['disclosure', 'third-party'],
      summary: HOSTILE_SUMMARY,
      evidence: [evidence('ev1', 'e1', '截图 2026-03-01.png', '2026-03-01T15:00:00Z')],
      findings: [night, disclosure],
      revision: 2,
    }),
    entry({
      id: 'e2',
      occurredAt: '2026-03-01T17:00:00Z',
      evidence: [evidence('ev2', 'e2', '../recording.ogg', '2026-03-02T01:00:00Z')],
      findings: [unverified],
    }),
    entry({
      id: 'e3',
      occurredAt: '2026-03-06T02:30:00Z',
      timeZone: 'America/New_York',
      organisation: 'Acme Collections',
      agent: '',
      loanId: 'loan-us',
      jurisdiction: 'US',
      findings: [usNight],
    }),
  ];
  const links = entries.map((e, i) => ({
    record: { kind: 'revision' as const, seq: i + 1, entryId: e.id, revision: 1, entry: {}, reason: '', recordedAt: e.occurredAt },
    prevHash: i === 0 ? '0'.repeat(64) : sha(`link-${i}`),
    hash: sha(`link-${i + 1}`),
  }));
  return {
    scope: {},
    generatedAt: '2026-03-10T02:00:00Z',
    timeZone: 'Asia/Shanghai',
    entries,
    findings: [usNight, unverified, disclosure, night],
    revisions: {
      e1: [
        { revision: 1, entry: entries[0] as ContactEntryView, recordedAt: '2026-03-01T14:40:00Z', reason: '', hash: sha('r1') },
        { revision: 2, entry: entries[0] as ContactEntryView, recordedAt: '2026-03-01T15:10:00Z', reason: 'added tags', hash: sha('r2') },
      ],
    },
    chain: { ok: true, entries: 3, evidence: 2, brokenAt: null, head: sha('head-of-chain') },
    chainLinks: links,
    loans: [
      { id: 'loan-cn', name: '借呗', lender: 'Ant Credit', jurisdiction: 'CN' },
      { id: 'loan-us', name: 'Store card', lender: 'Acme Bank', jurisdiction: 'US' },
      { id: 'loan-uk', name: 'Payday', lender: 'Quid Ltd', jurisdiction: 'UK' },
    ],
    circle: [{ id: 'mum', alias: '妈妈', relation: 'parent', number: '' }],
    ...over,
  };
}

export const readFixtureEvidence = (id: string): Uint8Array => {
  const bytes = EVIDENCE_BYTES[id];
  if (!bytes) throw new Error(`no evidence ${id}`);
  return bytes;
};
