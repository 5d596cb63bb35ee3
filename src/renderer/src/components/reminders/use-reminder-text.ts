// How one reminder reads: "Due in 3 days", "Overdue 5 days", "May be reported on your credit report in
// 2 days", counted from the backend's today (its clock and the user's zone), not the page's.
import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ReminderItem } from '../../../../contract/reminders';
import type { EscalationStageKind } from '../../../../core/escalation/types';
import { useFormat } from '../../composables/use-format';
import { daysBetween, formatRelativeDays } from '../../format/dates';
import { useRemindersStore } from '../../stores/reminders';

/** red: overdue or an escalation · amber: due within a week · calm: later. */
export type ReminderUrgency = 'red' | 'amber' | 'calm';

export function useReminderText() {
  const { t, locale } = useI18n();
  const fmt = useFormat();
  const store = useRemindersStore();
  const lang = computed(() => String(locale.value));
  const today = (): string => store.overview?.today ?? fmt.today();
  const timeZone = (): string => store.overview?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;

  const stage = (kind: EscalationStageKind): string => t(`reminders.stage.${kind}`);

  function what(item: ReminderItem): string {
    if (item.kind === 'escalation') {
      const kind = item.stages[0];
      const date = item.stageDate ?? item.dueDate;
      const days = daysBetween(today(), date);
      if (!kind) return t('reminders.what.overdue', { days: -daysBetween(today(), item.dueDate) }, -daysBetween(today(), item.dueDate));
      if (days < 0) return t('reminders.what.escalationPassed', { stage: stage(kind) });
      return t('reminders.what.escalation', { stage: stage(kind), relative: formatRelativeDays(days, lang.value) });
    }
    const days = daysBetween(today(), item.dueDate);
    if (days > 0) return t('reminders.what.beforeDue', { relative: formatRelativeDays(days, lang.value) });
    if (days === 0) return t('reminders.what.dueToday');
    return t('reminders.what.overdue', { days: -days }, -days);
  }

  /** Which reminder it was ("3 days before the due date"), for the missed list. */
  function offset(item: ReminderItem): string {
    switch (item.kind) {
      case 'before-due':
        return t('reminders.offset.beforeDue', { days: item.offsetDays }, item.offsetDays);
      case 'due-today':
        return t('reminders.offset.dueToday');
      case 'overdue':
        return t('reminders.offset.overdue', { days: item.offsetDays }, item.offsetDays);
      case 'escalation':
        return t('reminders.offset.escalation', { stage: item.stages.map(stage).join(' · ') });
    }
  }

  function urgency(item: ReminderItem): ReminderUrgency {
    const days = daysBetween(today(), item.dueDate);
    if (item.kind === 'escalation' || days < 0) return 'red';
    return days <= 7 ? 'amber' : 'calm';
  }

  /** An instant in the user's zone: "2 Mar 2026, 09:00". */
  function dateTime(iso: string): string {
    return new Intl.DateTimeFormat(lang.value, { dateStyle: 'medium', timeStyle: 'short', timeZone: timeZone() }).format(new Date(iso));
  }

  /** Only the time: "09:00". */
  function time(iso: string): string {
    return new Intl.DateTimeFormat(lang.value, { timeStyle: 'short', timeZone: timeZone() }).format(new Date(iso));
  }

  return { today, timeZone, stage, what, offset, urgency, dateTime, time };
}
