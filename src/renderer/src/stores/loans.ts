// Loans as the UI holds them: the list for tables and the overview, plus calls for one loan's detail,
// its payments and its changes. Every write refreshes the list so totals and next-due dates stay true.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { Loan, LoanDetail, LoanInput, LoanPaper, LoanSummary, PaymentInput } from '../../../contract/loans';
import { invoke } from '../api';

/** The input that re-saves a stored loan unchanged, for updates that touch one part (the paper). */
export function loanToInput(loan: Loan): LoanInput {
  return {
    name: loan.name,
    lender: loan.lender,
    currency: loan.currency,
    jurisdiction: loan.jurisdiction,
    lenderType: loan.lenderType,
    militaryBorrower: loan.militaryBorrower,
    terms: loan.terms,
    paper: loan.paper,
  };
}

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

  /** One loan with its ledger, payments and true cost; `asOf` moves "today" (penalty to a date). */
  function get(id: string, asOf?: string): Promise<LoanDetail> {
    return invoke('loans.get', asOf === undefined ? { id } : { id, asOf });
  }

  /** Adds a loan; resolves with the stored loan, ledger included. */
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

  /** Saves only the contract-and-permissions record (e.g. a ticked privacy to-do). */
  function updatePaper(loan: Loan, paper: LoanPaper): Promise<LoanDetail> {
    return update(loan.id, loan.version, { ...loanToInput(loan), paper });
  }

  /** Deletes a loan and its payments. */
  async function remove(id: string): Promise<void> {
    await invoke('loans.delete', { id });
    items.value = items.value.filter((loan) => loan.id !== id);
    await fetchAll();
  }

  /** Records a payment; resolves with the loan as it stands afterwards. */
  async function recordPayment(input: PaymentInput): Promise<LoanDetail> {
    const detail = await invoke('loans.recordPayment', input);
    await fetchAll();
    return detail;
  }

  /** Deletes one recorded payment; the ledger is recomputed without it. */
  async function deletePayment(loanId: string, paymentId: string): Promise<LoanDetail> {
    const detail = await invoke('loans.deletePayment', { loanId, paymentId });
    await fetchAll();
    return detail;
  }

  /** Forgets everything (on lock). */
  function clear(): void {
    items.value = [];
    loaded.value = false;
  }

  return { items, loaded, loading, byId, fetchAll, get, create, update, updatePaper, remove, recordPayment, deletePayment, clear };
});
