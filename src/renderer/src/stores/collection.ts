// The collector-contact log as the UI holds it: entries with findings and evidence, the circle, the
// hash-chain check and the last dossier built. Every write reloads the log, because one entry can change
// the findings of others (frequency and sequence rules look across the whole log).
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type {
  ChainCheck,
  CirclePersonInput,
  CirclePersonView,
  ContactEntryView,
  ContactInput,
  ContactLog,
  ContactRevision,
  Dossier,
  DossierZip,
  EvidenceMeta,
} from '../../../contract/collection';
import type { Input } from '../../../contract';
import { invoke } from '../api';

export type DossierScope = Input<'dossier.build'>;

export const useCollectionStore = defineStore('collection', () => {
  const log = ref<ContactLog | null>(null);
  const circle = ref<CirclePersonView[]>([]);
  const chain = ref<ChainCheck | null>(null);
  const dossier = ref<Dossier | null>(null);
  const loading = ref(false);

  const entries = computed<ContactEntryView[]>(() =>
    [...(log.value?.entries ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.createdAt.localeCompare(a.createdAt)),
  );
  /** The newest entry by contact time: what "Same as last time" copies from. */
  const newest = computed<ContactEntryView | null>(() => entries.value[0] ?? null);
  const personById = computed(() => new Map(circle.value.map((person) => [person.id, person])));
  const organisations = computed(() => [...new Set(entries.value.map((e) => e.organisation).filter((o) => o !== ''))].sort());

  /** Loads the log, the circle and the chain check together. */
  async function load(): Promise<void> {
    loading.value = true;
    try {
      const [nextLog, nextCircle] = await Promise.all([invoke('collection.list', {}), invoke('circle.list', {})]);
      log.value = nextLog;
      circle.value = nextCircle;
    } finally {
      loading.value = false;
    }
    await verify().catch(() => undefined);
  }

  async function refresh(): Promise<void> {
    const [nextLog, nextCircle] = await Promise.all([invoke('collection.list', {}), invoke('circle.list', {})]);
    log.value = nextLog;
    circle.value = nextCircle;
    await verify().catch(() => undefined);
  }

  /** Records a contact; resolves with the stored entry (its findings as judged with the whole log). */
  async function logContact(input: ContactInput): Promise<ContactEntryView> {
    const saved = await invoke('collection.log', input);
    await refresh();
    return entries.value.find((e) => e.id === saved.id) ?? saved;
  }

  /** Edits an entry by appending a revision; the earlier versions stay in its history. */
  async function revise(id: string, entry: ContactInput, reason: string): Promise<ContactEntryView> {
    const saved = await invoke('collection.revise', { id, entry, reason });
    await refresh();
    return saved;
  }

  function history(id: string): Promise<ContactRevision[]> {
    return invoke('collection.history', { id });
  }

  async function verify(): Promise<ChainCheck> {
    const result = await invoke('collection.verifyChain', {});
    chain.value = result;
    return result;
  }

  /** Adds or edits a person in the circle. */
  async function savePerson(person: CirclePersonInput, id?: string): Promise<CirclePersonView> {
    const saved = await invoke('circle.save', id === undefined ? { person } : { id, person });
    circle.value = await invoke('circle.list', {});
    return saved;
  }

  /** Seals a file into the vault against an entry; `base64` holds its bytes. */
  async function attach(entryId: string, file: { filename: string; mimeType: string; base64: string }): Promise<EvidenceMeta> {
    const meta = await invoke('evidence.attach', { entryId, ...file });
    await refresh();
    return meta;
  }

  function readEvidence(id: string): Promise<{ meta: EvidenceMeta; base64: string }> {
    return invoke('evidence.read', { id });
  }

  async function buildDossier(scope: DossierScope): Promise<Dossier> {
    const result = await invoke('dossier.build', scope);
    dossier.value = result;
    return result;
  }

  function exportZip(scope: DossierScope, pdfBase64?: string): Promise<DossierZip> {
    return invoke('dossier.exportZip', pdfBase64 === undefined ? scope : { ...scope, pdfBase64 });
  }

  /** Forgets everything (on lock): the log names people, numbers and what was said. */
  function clear(): void {
    log.value = null;
    circle.value = [];
    chain.value = null;
    dossier.value = null;
  }

  return {
    log,
    circle,
    chain,
    dossier,
    loading,
    entries,
    newest,
    personById,
    organisations,
    load,
    refresh,
    logContact,
    revise,
    history,
    verify,
    savePerson,
    attach,
    readEvidence,
    buildDossier,
    exportZip,
    clear,
  };
});
