// The CSV import wizard's state and steps: source (what and which file), column mapping (re-previewed
// on every change), preview, then an all-or-nothing commit. Views only render what this holds.
import { computed, reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { IMPORT_FIELDS, type ImportKind, type ImportPreview } from '../../../../contract/transfer';
import { isApiError } from '../../api';
import { useErrorText } from '../../composables/use-notify';
import { useTransferStore, type ImportRequest } from '../../stores/transfer';
import { issuesFromCommitError, type ShownIssue } from './issue-text';

export type WizardStep = 'source' | 'mapping' | 'preview';
export type Mapping = Record<string, number | null>;

/** The contract's limit on the CSV text (characters). */
export const MAX_CSV_CHARS = 5_000_000;
/** A file bigger than this many bytes cannot hold ≤ 5 000 000 UTF-8 characters; refused unread. */
const MAX_FILE_BYTES = 4 * MAX_CSV_CHARS;

export interface WizardStart {
  kind?: ImportKind;
  loanId?: string | null;
}

export function useImportWizard(start: WizardStart = {}) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const transfer = useTransferStore();

  const step = ref<WizardStep>('source');
  const kind = ref<ImportKind>(start.kind ?? 'loans');
  const loanId = ref<string | null>(start.loanId ?? null);
  const csv = ref('');
  const fileName = ref<string | null>(null);
  const sourceProblem = ref('');

  const mapping = ref<Mapping>({});
  const preview = shallowRef<ImportPreview | null>(null);
  const previewing = ref(false);
  const previewError = ref('');
  let previewSeq = 0;

  const committing = ref(false);
  const imported = ref<number | null>(null);
  const commitIssues = ref<ShownIssue[]>([]);
  const commitError = ref('');

  const fields = computed(() => IMPORT_FIELDS[kind.value]);
  const needsLoan = computed(() => kind.value !== 'loans');
  const issues = computed<ShownIssue[]>(() => preview.value?.issues ?? []);
  const canImport = computed(
    () =>
      preview.value !== null &&
      preview.value.issues.length === 0 &&
      preview.value.rowCount > 0 &&
      !previewing.value &&
      !committing.value &&
      previewError.value === '' &&
      commitIssues.value.length === 0,
  );

  function clearOutcome(): void {
    imported.value = null;
    commitIssues.value = [];
    commitError.value = '';
  }

  /** Anything about the source changed: what was previewed no longer holds. */
  function sourceChanged(): void {
    preview.value = null;
    previewError.value = '';
    sourceProblem.value = '';
    clearOutcome();
  }

  function setKind(next: ImportKind): void {
    if (next === kind.value) return;
    kind.value = next;
    mapping.value = {};
    sourceChanged();
  }

  function setLoan(next: string | null): void {
    loanId.value = next;
    sourceChanged();
  }

  function setCsv(text: string): void {
    csv.value = text;
    fileName.value = null;
    sourceChanged();
  }

  /** Reads a chosen file as UTF-8 text (a byte-order mark is dropped by the decoder). */
  async function readFile(file: File): Promise<void> {
    sourceChanged();
    if (file.size > MAX_FILE_BYTES) {
      sourceProblem.value = t('transfer.source.tooLarge');
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      sourceProblem.value = t('transfer.source.unreadable');
      return;
    }
    if (text.length > MAX_CSV_CHARS) {
      sourceProblem.value = t('transfer.source.tooLarge');
      return;
    }
    csv.value = text;
    fileName.value = file.name;
  }

  function request(withMapping: Mapping | null): ImportRequest {
    return {
      kind: kind.value,
      csv: csv.value,
      ...(withMapping ? { mapping: withMapping } : {}),
      ...(needsLoan.value && loanId.value ? { loanId: loanId.value } : {}),
    };
  }

  /** Previews with the given mapping (null: let the backend suggest one). Only the latest answer counts. */
  async function runPreview(withMapping: Mapping | null): Promise<ImportPreview | null> {
    const seq = ++previewSeq;
    previewing.value = true;
    previewError.value = '';
    try {
      const result = await transfer.preview(request(withMapping));
      if (seq !== previewSeq) return null;
      preview.value = result;
      mapping.value = { ...result.mapping };
      return result;
    } catch (error) {
      if (seq === previewSeq) previewError.value = errorText(error);
      return null;
    } finally {
      if (seq === previewSeq) previewing.value = false;
    }
  }

  /** Step 1 → 2: checks the source, then previews with the suggested mapping (or the user's, if the columns are unchanged). */
  async function toMapping(): Promise<boolean> {
    sourceProblem.value = '';
    if (needsLoan.value && !loanId.value) {
      sourceProblem.value = t('transfer.source.needLoan');
      return false;
    }
    if (csv.value.trim() === '') {
      sourceProblem.value = t('transfer.source.needCsv');
      return false;
    }
    const earlier = preview.value;
    const earlierMapping = mapping.value;
    clearOutcome();
    const suggested = await runPreview(null);
    if (!suggested) {
      sourceProblem.value = previewError.value;
      return false;
    }
    const sameColumns =
      earlier !== null &&
      earlier.columns.length === suggested.columns.length &&
      earlier.columns.every((column, i) => column === suggested.columns[i]);
    if (sameColumns && Object.keys(earlierMapping).length > 0) await runPreview(earlierMapping);
    step.value = 'mapping';
    return true;
  }

  /** A mapping select changed: re-preview with the new mapping at once. */
  function setMapping(field: string, column: number | null): Promise<ImportPreview | null> {
    const next = { ...mapping.value, [field]: column };
    mapping.value = next;
    clearOutcome();
    return runPreview(next);
  }

  function toPreview(): void {
    step.value = 'preview';
  }

  function back(): void {
    clearOutcome();
    step.value = step.value === 'preview' ? 'mapping' : 'source';
  }

  /** Imports all rows or none. A refusal lists its issues the same way the preview does. */
  async function commit(): Promise<void> {
    if (!canImport.value) return;
    committing.value = true;
    clearOutcome();
    try {
      imported.value = await transfer.commit(request(mapping.value));
    } catch (error) {
      const rowIssues = isApiError(error) && error.code === 'INVALID_INPUT' ? issuesFromCommitError(error.issues) : [];
      if (rowIssues.length > 0) commitIssues.value = rowIssues;
      else commitError.value = errorText(error);
    } finally {
      committing.value = false;
    }
  }

  /** Starts over for another file, keeping what kind of file and which loan. */
  function restart(): void {
    csv.value = '';
    fileName.value = null;
    mapping.value = {};
    sourceChanged();
    step.value = 'source';
  }

  return {
    step,
    kind,
    loanId,
    csv,
    fileName,
    sourceProblem,
    mapping,
    preview,
    previewing,
    previewError,
    committing,
    imported,
    commitIssues,
    commitError,
    fields,
    needsLoan,
    issues,
    canImport,
    setKind,
    setLoan,
    setCsv,
    readFile,
    toMapping,
    setMapping,
    toPreview,
    back,
    commit,
    restart,
  };
}

/** The wizard as one reactive object (refs unwrapped), handed to each step component. */
export function useReactiveImportWizard(start: WizardStart = {}) {
  return reactive(useImportWizard(start));
}

export type ImportWizard = ReturnType<typeof useReactiveImportWizard>;
