// Loans as the UI holds them: the list for tables and the overview, plus calls for one loan's detail
// and its changes. Every write refreshes the list so totals and next-due dates stay true.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { LoanDetail, LoanInput, LoanSummary } from '../../../contract/loans';
import { invoke } from '../api';

export const useLoansStore = defineStore('loans', () => {
  const items = ref<LoanSummary[]>([]);
  const loaded = ref(false);
  const loading = ref(false);

  const byId = computed(() => new Map(items.value.map((loan) => [loan.id, loan])));

  /** Loads every loan's summary. */
  async function fetchAll(): Promise<LoanSummary[]> {
    loading.value = true;
    try {
      const list = await invoke('loans.list', {});
      items.value = list;
      loaded.value = true;
      return list;
    } finally {
      loading.value = false;
    }
  }

  /** One loan with its full schedule. */
  function get(id: string): Promise<LoanDetail> {
    return invoke('loans.get', { id });
  }

  /** Adds a loan; resolves with the stored loan, schedule included. */
  async function create(input: LoanInput): Promise<LoanDetail> {
    const created = await invoke('loans.create', input);
    await fetchAll();
    return created;
  }

  /** Saves changes; `version` must be the one read, or the backend answers CONFLICT. */
  async function update(id: string, version: number, loan: LoanInput): Promise<LoanDetail> {
    const updated = await invoke('loans.update', { id, version, loan });
    await fetchAll();
    return updated;
  }

  /** Deletes a loan and its schedule. */
  async function remove(id: string): Promise<void> {
    await invoke('loans.delete', { id });
    items.value = items.value.filter((loan) => loan.id !== id);
    await fetchAll();
  }

  /** Forgets everything (on lock). */
  function clear(): void {
    items.value = [];
    loaded.value = false;
  }

  return { items, loaded, loading, byId, fetchAll, get, create, update, remove, clear };
});
