// One loan's escalation view held by the section that shows it, not by a store: it lives only while the
// loan page is open, so nothing of it lingers after the page closes or the vault locks.
import { ref, shallowRef } from 'vue';
import type { LoanEscalationView } from '../../../../contract/reminders';
import { DEFAULT_REMINDER_RULES } from '../../../../core/reminders/rules';
import type { ReminderRules } from '../../../../core/reminders/types';
import { invoke } from '../../api';
import { resetInput, type SaveInput } from './escalation-model';

export function useLoanEscalation() {
  const view = shallowRef<LoanEscalationView | null>(null);
  const loading = ref(false);
  const error = ref<unknown>(null);
  let latest = 0;

  /** Loads the timeline; a slower earlier answer never replaces a later one. */
  async function load(loanId: string): Promise<void> {
    const ticket = ++latest;
    loading.value = true;
    error.value = null;
    try {
      const next = await invoke('reminders.loanEscalation', { loanId });
      if (ticket === latest) view.value = next;
    } catch (caught) {
      if (ticket === latest) error.value = caught;
    } finally {
      if (ticket === latest) loading.value = false;
    }
  }

  /** Saves the overrides; the answer (the timeline as now resolved) replaces the view. */
  async function save(input: SaveInput): Promise<LoanEscalationView> {
    latest += 1;
    const saved = await invoke('reminders.saveLoanEscalation', input);
    view.value = saved;
    return saved;
  }

  /** Clears every stage override and this loan's reminder override. */
  function reset(loanId: string): Promise<LoanEscalationView> {
    return save(resetInput(loanId));
  }

  /** The user's own reminder rules, to show "your usual setting"; the built-in defaults if they cannot be read. */
  async function userRules(): Promise<ReminderRules> {
    try {
      return (await invoke('reminders.getSettings', {})).rules;
    } catch {
      return DEFAULT_REMINDER_RULES;
    }
  }

  return { view, loading, error, load, save, reset, userRules };
}
