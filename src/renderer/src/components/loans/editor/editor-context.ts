// The editor's shared state for its section components: the values being typed, the problems found, and
// helpers that give each field its id, message and status. Provided by the editor view, injected below.
import { inject, provide, type InjectionKey, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { EditorProblems } from './editor-problems';
import type { LoanEditorValues } from './editor-values';

export interface EditorContext {
  values: LoanEditorValues;
  problems: Ref<EditorProblems>;
  /** A DOM id for a field path, unique to this editor. */
  id(field: string): string;
  /** The field's message in the user's language, or '' (then a hint may show instead). */
  feedback(field: string, hint?: string): string;
  status(field: string): 'error' | undefined;
  /** Re-validates as the user types once a submit has shown messages. */
  recheck(): void;
}

const KEY: InjectionKey<EditorContext> = Symbol('loan-editor');

export function provideEditor(context: Omit<EditorContext, 'feedback' | 'status'>): EditorContext {
  const { t } = useI18n();
  const full: EditorContext = {
    ...context,
    feedback(field, hint = '') {
      const problem = context.problems.value[field];
      return problem ? t(`loanEditor.invalid.${problem.key}`, problem.params ?? {}) : hint;
    },
    status(field) {
      return context.problems.value[field] ? 'error' : undefined;
    },
  };
  provide(KEY, full);
  return full;
}

export function useEditor(): EditorContext {
  const context = inject(KEY);
  if (!context) throw new Error('useEditor() outside the loan editor');
  return context;
}
