// The words of a reminder notification, in both languages. Discreet by default: the words come from the
// occurrence id alone (kind and days), so a locked app can say them and a lock screen never shows a
// lender, a loan or an amount. Detailed words are an opt-in, used only while the vault is unlocked.
import type { Language, ReminderItem } from '../../contract';
import { money } from '../../core/cost/format';
import type { Jurisdiction, LenderType } from '../../core/cost/legal-types';
import { stageText } from '../../core/escalation/stage-texts';
import type { ReminderKind } from '../../core/reminders/types';

export interface NoticeWords {
  title: string;
  body: string;
}

/** The user's language: their choice in preferences, else the OS locale (zh* → Chinese), else English. */
export function noticeLanguage(preferred: Language | null, locale: string | undefined): Language {
  if (preferred) return preferred;
  return locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** "in 3 days" / "tomorrow" / "today", in each language. */
function inDays(days: number, language: Language): string {
  // Chinese puts a space between a numeral and the characters around it, none around 今天/明天.
  if (language === 'zh-CN') return days === 0 ? '今天' : days === 1 ? '明天' : ` ${days} 天后`;
  return days === 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}

/**
 * The one-line reminder for an occurrence. `leadDays` (days until the escalation stage) is known only
 * while unlocked; without it an escalation reminder says the next stage is close.
 */
export function reminderSentence(kind: ReminderKind, offsetDays: number, leadDays: number | null, language: Language): string {
  const zh = language === 'zh-CN';
  switch (kind) {
    case 'before-due':
    case 'due-today':
      return zh ? `有一笔还款${inDays(offsetDays, language)}到期` : `A payment is due ${inDays(offsetDays, language)}`;
    case 'overdue':
      return zh ? `有一笔还款已逾期 ${offsetDays} 天` : `A payment is ${offsetDays} ${offsetDays === 1 ? 'day' : 'days'} overdue`;
    case 'escalation':
      if (leadDays === null) return zh ? '一笔逾期还款即将进入下一阶段' : 'A missed payment is close to its next stage';
      return zh
        ? `一笔逾期还款将于${inDays(leadDays, language)}进入下一阶段`
        : `A missed payment reaches its next stage ${inDays(leadDays, language)}`;
  }
}

const OPEN: Record<Language, string> = {
  en: 'Open QuietLedger to see the details.',
  'zh-CN': '打开安心账本查看详情。',
};

export function discreetNotice(kind: ReminderKind, offsetDays: number, leadDays: number | null, language: Language): NoticeWords {
  return { title: reminderSentence(kind, offsetDays, leadDays, language), body: OPEN[language] };
}

export interface DetailedSubject {
  item: ReminderItem;
  leadDays: number | null;
  jurisdiction: Jurisdiction;
  lenderType: LenderType;
}

/** Names the loan, the lender, the amount and the date: only when the user asked for it and the vault is open. */
export function detailedNotice(subject: DetailedSubject, language: Language): NoticeWords {
  const { item } = subject;
  const zh = language === 'zh-CN';
  const amount = money(item.amount, item.currency, language);
  const sentence = reminderSentence(item.kind, item.offsetDays, subject.leadDays, language);
  let body = zh
    ? `${sentence}：第 ${item.period} 期 ${amount}，到期日 ${item.dueDate}。`
    : `${sentence}: installment ${item.period}, ${amount}, due ${item.dueDate}.`;
  const firstStage = item.stages[0];
  if (item.kind === 'escalation' && firstStage && item.stageDate) {
    const label = stageText(firstStage, subject.jurisdiction, subject.lenderType).label[language];
    body += zh ? ` ${item.stageDate}：${label}。` : ` ${item.stageDate}: ${label}.`;
  }
  return { title: `${item.loanName} · ${item.lender}`, body };
}

/** One notice for everything missed while the app was closed; names the loans only in detailed mode. */
export function groupedNotice(count: number, language: Language, loanNames: readonly string[] | null): NoticeWords {
  const zh = language === 'zh-CN';
  const title = zh ? '错过的提醒' : 'Missed reminders';
  let body = zh
    ? `安心账本关闭期间错过了 ${count} 条提醒。打开它看看现在该做什么。`
    : `${count} ${count === 1 ? 'reminder was' : 'reminders were'} missed while QuietLedger was closed. Open it to see what to do now.`;
  if (loanNames && loanNames.length > 0) body += zh ? `（${loanNames.join('、')}）` : ` (${loanNames.join(', ')})`;
  return { title, body };
}
