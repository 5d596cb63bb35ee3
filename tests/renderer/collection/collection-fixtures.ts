// Collector-log data for renderer tests, and a scripted collection.*, circle.*, evidence.* and dossier.*
// backend plugged into FakeBackend, so the store and components meet the contract's shapes without the
// real handlers. Findings are whatever a test puts in `findingsFor`.
import type {
  ChainCheck,
  CirclePersonView,
  ContactEntryView,
  ContactInput,
  ContactRevision,
  Dossier,
  EvidenceMeta,
} from '../../../src/contract/collection';
import type { ApiResult } from '../../../src/contract/errors';
import type { ConductFinding, ContactEntry } from '../../../src/core/collection/types';
import { FakeBackend } from '../fake-backend';

export const NOW = '2026-03-02T15:00:00.000Z';

export function finding(over: Partial<ConductFinding> = {}): ConductFinding {
  return {
    ruleId: 'CN-TIME-01',
    jurisdiction: 'CN',
    tier: 'likely-violation',
    title: { en: 'Contact at night', 'zh-CN': '夜间催收' },
    explanation: { en: 'Collection calls between 22:00 and 08:00 are not allowed.', 'zh-CN': '22:00 至次日 08:00 不得催收。' },
    citation: 'GB/T 45251-2025 §6.2',
    confidence: 'S',
    entryIds: ['e1'],
    primaryEntryId: 'e1',
    date: '2026-03-02',
    ...over,
  };
}

export function entry(over: Partial<ContactEntryView> = {}): ContactEntryView {
  return {
    id: 'e1',
    occurredAt: '2026-03-02T14:30:00.000Z',
    timeZone: 'Asia/Shanghai',
    channel: 'call',
    direction: 'inbound',
    fromNumber: '021-5555-0101',
    organisation: 'Swift Recovery',
    agent: 'Agent 07',
    loanId: null,
    target: { kind: 'self' },
    answered: true,
    durationSeconds: 150,
    summary: 'Said they would call my family.',
    tags: [],
    revision: 1,
    createdAt: NOW,
    updatedAt: NOW,
    evidence: [],
    findings: [],
    jurisdiction: 'CN',
    ...over,
  };
}

const chainOk = (entries: number, evidence: number): ChainCheck => ({ ok: true, entries, evidence, brokenAt: null, head: 'ab'.repeat(32) });

/** What the scripted methods answer; tests change the fields between calls. */
export class CollectionScript {
  entries: ContactEntryView[] = [];
  circle: CirclePersonView[] = [];
  revisions = new Map<string, ContactRevision[]>();
  evidenceBytes = new Map<string, string>();
  chain: ChainCheck | null = null;
  findingsFor: (entry: ContactEntry) => ConductFinding[] = () => [];
  dossier: Dossier = {
    html: '<!doctype html><html><body><h1>Report</h1></body></html>',
    letters: [{ kind: 'cn-regulator-complaint', title: 'Complaint to 12378', body: 'To whom it may concern' }],
    entries: 1,
    findings: 1,
    evidence: 0,
  };
  private next = 1;

  constructor(readonly backend: FakeBackend = new FakeBackend()) {
    backend.status = { ...backend.status, vault: 'unlocked' };
    backend.extra = (method, input) => this.handle(method, input);
  }

  private id(prefix: string): string {
    const n = this.next;
    this.next += 1;
    return `${prefix}${n}`;
  }

  private store(id: string, input: ContactInput, revision: number): ContactEntryView {
    const base: ContactEntry = {
      id,
      occurredAt: input.occurredAt,
      timeZone: input.timeZone,
      channel: input.channel,
      direction: input.direction ?? 'inbound',
      fromNumber: input.fromNumber ?? '',
      organisation: input.organisation ?? '',
      agent: input.agent ?? '',
      loanId: input.loanId ?? null,
      target: input.target ?? { kind: 'self' },
      answered: input.answered ?? true,
      durationSeconds: input.durationSeconds ?? null,
      summary: input.summary ?? '',
      tags: input.tags ?? [],
    };
    const old = this.entries.find((e) => e.id === id);
    const view: ContactEntryView = {
      ...base,
      revision,
      createdAt: old?.createdAt ?? NOW,
      updatedAt: NOW,
      evidence: old?.evidence ?? [],
      findings: this.findingsFor(base),
      jurisdiction: 'CN',
    };
    this.entries = [...this.entries.filter((e) => e.id !== id), view];
    return view;
  }

  private handle(method: string, input: Record<string, unknown>): ApiResult<unknown> | undefined {
    const ok = (value: unknown): ApiResult<unknown> => ({ ok: true, value });
    switch (method) {
      case 'collection.list': {
        const findings = this.entries.flatMap((e) => e.findings);
        const counts = { 'likely-violation': 0, 'possible-issue': 0, information: 0 };
        for (const f of findings) counts[f.tier] += 1;
        return ok({ entries: this.entries, findings, counts });
      }
      case 'collection.log': {
        const view = this.store(this.id('e'), input as unknown as ContactInput, 1);
        this.revisions.set(view.id, [{ revision: 1, entry: view, recordedAt: NOW, reason: '' }]);
        return ok(view);
      }
      case 'collection.revise': {
        const id = String(input.id);
        const history = this.revisions.get(id) ?? [];
        const view = this.store(id, input.entry as ContactInput, history.length + 1);
        this.revisions.set(id, [...history, { revision: view.revision, entry: view, recordedAt: NOW, reason: String(input.reason) }]);
        return ok(view);
      }
      case 'collection.history':
        return ok(this.revisions.get(String(input.id)) ?? []);
      case 'collection.verifyChain':
        return ok(this.chain ?? chainOk(this.entries.length, this.evidenceBytes.size));
      case 'circle.list':
        return ok(this.circle);
      case 'circle.save': {
        const person = input.person as { alias: string; relation: CirclePersonView['relation']; number?: string };
        const id = typeof input.id === 'string' ? input.id : this.id('p');
        const view: CirclePersonView = { id, alias: person.alias, relation: person.relation, number: person.number ?? '', contacts: [] };
        this.circle = [...this.circle.filter((p) => p.id !== id), view];
        return ok(view);
      }
      case 'evidence.attach': {
        const meta: EvidenceMeta = {
          id: this.id('ev'),
          entryId: String(input.entryId),
          filename: String(input.filename),
          mimeType: String(input.mimeType),
          size: atob(String(input.base64)).length,
          sha256: 'c0ffee'.repeat(10) + 'abcd',
          importedAt: NOW,
        };
        this.evidenceBytes.set(meta.id, String(input.base64));
        this.entries = this.entries.map((e) => (e.id === meta.entryId ? { ...e, evidence: [...e.evidence, meta] } : e));
        return ok(meta);
      }
      case 'evidence.read': {
        const meta = this.entries.flatMap((e) => e.evidence).find((m) => m.id === input.id);
        return meta ? ok({ meta, base64: this.evidenceBytes.get(meta.id) ?? '' }) : { ok: false, error: { code: 'NOT_FOUND', message: 'no' } };
      }
      case 'dossier.build':
        return ok(this.dossier);
      case 'dossier.exportZip':
        return ok({ filename: 'quietledger-dossier.zip', base64: btoa('PK-fake'), sha256sums: '' });
      default:
        return undefined;
    }
  }

  calls(method: string): unknown[] {
    return this.backend.calls.filter((c) => c.method === method).map((c) => c.input);
  }
}
