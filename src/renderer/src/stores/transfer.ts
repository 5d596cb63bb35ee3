// Data in and out of the ledger: CSV import (preview, then an all-or-nothing commit), CSV and JSON
// export, JSON backup import, and the LPR reference series the rate warnings are judged against.
// The CSV being imported is never kept here: it lives in the import view and goes when the view does.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Input } from '../../../contract';
import type { LprPoint } from '../../../core/cost/legal-types';
import type { Language } from '../../../contract/prefs';
import type { ExportFile, ImportKind, ImportPreview } from '../../../contract/transfer';
import { invoke } from '../api';
import { useLoansStore } from './loans';

export type ImportRequest = Input<'transfer.preview'>;

export const useTransferStore = defineStore('transfer', () => {
  const lpr = ref<LprPoint[]>([]);
  const lprLoaded = ref(false);

  /** Keeps the loans list true after an import; a failed reload is retried when a loans page opens. */
  async function refreshLoans(): Promise<void> {
    try {
      await useLoansStore().fetchAll();
    } catch {
      // The import itself succeeded; the Loans and Overview pages reload the list when they open.
    }
  }

  /** Reads the file as the import would: columns, the mapping used (suggested when none is given), sample, issues. */
  function preview(request: ImportRequest): Promise<ImportPreview> {
    return invoke('transfer.preview', request);
  }

  /**
   * Imports every row or none. A file with problems is refused with INVALID_INPUT, its issues naming
   * the row and column. Resolves with the number of records imported.
   */
  async function commit(request: ImportRequest): Promise<number> {
    const { imported } = await invoke('transfer.commit', request);
    await refreshLoans();
    return imported;
  }

  /**
   * The loans, or one loan's schedule or payments, as a CSV file (formula-looking cells neutralised),
   * with headers and words in `language`.
   */
  function exportCsv(kind: ImportKind, language: Language, loanId?: string): Promise<ExportFile> {
    return invoke('transfer.exportCsv', loanId === undefined ? { kind, language } : { kind, language, loanId });
  }

  /** The whole ledger as one JSON file that importJson reads back exactly. */
  function exportJson(): Promise<ExportFile> {
    return invoke('transfer.exportJson', {});
  }

  /** Imports a JSON backup; resolves with how many loans and payments it held. */
  async function importJson(content: string): Promise<{ loans: number; payments: number }> {
    const counts = await invoke('transfer.importJson', { content });
    await refreshLoans();
    return counts;
  }

  /** Loads the one-year LPR series, oldest first as the backend keeps it. */
  async function loadLpr(): Promise<LprPoint[]> {
    const points = await invoke('rates.lprList', {});
    lpr.value = points;
    lprLoaded.value = true;
    return points;
  }

  /** Replaces the whole series; resolves with the series as saved. */
  async function saveLpr(points: LprPoint[]): Promise<LprPoint[]> {
    const saved = await invoke('rates.lprSave', { points });
    lpr.value = saved;
    lprLoaded.value = true;
    return saved;
  }

  /** Forgets the LPR series held in memory; called on lock with the other stores. */
  function clear(): void {
    lpr.value = [];
    lprLoaded.value = false;
  }

  return { lpr, lprLoaded, clear, preview, commit, exportCsv, exportJson, importJson, loadLpr, saveLpr };
});
