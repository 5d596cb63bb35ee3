// Reminders as the UI holds them: the overview (attention, upcoming, snoozed, away, one calendar month),
// the user's reminder settings, the actions on one reminder, and the count behind the bell's badge.
// The count also arrives from polls and shell events, so the badge is right before any overview loads.
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { ExportFile } from '../../../contract/transfer';
import type { ReminderPoll, ReminderSettings, RemindersOverview, SnoozeChoice } from '../../../contract/reminders';
import { invoke } from '../api';
import { downloadFile } from '../components/transfer/download';
import { useLoansStore } from './loans';
import { usePrefsStore } from './prefs';

export type ReminderAction = { action: 'snooze'; until: SnoozeChoice } | { action: 'dismiss' } | { action: 'paid' };

export const useRemindersStore = defineStore('reminders', () => {
  const overview = ref<RemindersOverview | null>(null);
  /** The calendar month shown ('YYYY-MM'); null follows the backend's current month. */
  const month = ref<string | null>(null);
  const settings = ref<ReminderSettings | null>(null);
  /** The last count a poll or the shell reported; the overview's list wins once it is loaded. */
  const reportedCount = ref(0);
  const loading = ref(false);

  const attentionCount = computed(() => overview.value?.attention.length ?? reportedCount.value);

  /** Loads the overview; `nextMonth` switches the calendar month ('YYYY-MM'), otherwise it stays. */
  async function fetchOverview(nextMonth?: string): Promise<RemindersOverview> {
    if (nextMonth !== undefined) month.value = nextMonth;
    loading.value = true;
    try {
      const result = await invoke('reminders.overview', month.value === null ? {} : { month: month.value });
      overview.value = result;
      reportedCount.value = result.attention.length;
      return result;
    } finally {
      loading.value = false;
    }
  }

  /** Runs the backend's reminder tick (browser mode); resolves with the notices to show. */
  async function poll(): Promise<ReminderPoll> {
    // The page's language, so notices read as the page does even when it follows the browser's locale.
    const result = await invoke('reminders.poll', { language: usePrefsStore().effectiveLanguage });
    setReportedCount(result.attentionCount);
    return result;
  }

  /** A count from the shell (Electron's 'reminders-changed') or a poll. */
  function setReportedCount(count: number): void {
    reportedCount.value = count;
  }

  /** Snoozes, dismisses or marks paid one reminder, then reloads what it changed. */
  async function act(id: string, action: ReminderAction): Promise<void> {
    await invoke('reminders.act', { id, ...action });
    if (action.action === 'paid') {
      const loans = useLoansStore();
      if (loans.loaded) await loans.fetchAll().catch(() => undefined);
    }
    await fetchOverview().catch(() => undefined);
  }

  /** The "while you were away" panel was read: the backend forgets the missed list. */
  async function ackAway(): Promise<void> {
    if (overview.value) overview.value = { ...overview.value, away: [] };
    await invoke('reminders.ackAway', {});
  }

  async function loadSettings(): Promise<ReminderSettings> {
    const result = await invoke('reminders.getSettings', {});
    settings.value = result;
    return result;
  }

  /** Saves the settings (the backend re-plans), then reloads the overview. */
  async function saveSettings(next: ReminderSettings): Promise<ReminderSettings> {
    const saved = await invoke('reminders.setSettings', next);
    settings.value = saved;
    await fetchOverview().catch(() => undefined);
    return saved;
  }

  /** Fetches the calendar file and offers it as a download; resolves with its file name. */
  async function exportIcs(detailed: boolean, save: (file: ExportFile) => string = downloadFile): Promise<string> {
    const file = await invoke('reminders.exportIcs', { detailed, language: usePrefsStore().effectiveLanguage });
    return save(file);
  }

  /** Forgets everything (on lock): the overview names loans and amounts. */
  function clear(): void {
    overview.value = null;
    settings.value = null;
    month.value = null;
    reportedCount.value = 0;
  }

  return {
    overview,
    month,
    settings,
    loading,
    attentionCount,
    fetchOverview,
    poll,
    setReportedCount,
    act,
    ackAway,
    loadSettings,
    saveSettings,
    exportIcs,
    clear,
  };
});
