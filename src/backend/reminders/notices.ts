// Turns what a tick surfaced into worded notices: one per reminder that fell due just now, one grouped
// notice for everything older. Detailed words only when the user opted in and the vault is open.
import type { Language, ReminderNotice } from '../../contract';
import { parseOccurrenceId } from '../../core/reminders/catch-up';
import type { ReminderRecord } from '../../core/reminders/types';
import { detailedNotice, discreetNotice, groupedNotice } from './notice-text';
import { reminderById, toItem, type VaultModel } from './vault-model';

/** The vault's view while unlocked; null while locked (discreet words only, no "mark paid"). */
export interface NoticeContext {
  language: Language;
  model: VaultModel | null;
  detailed: boolean;
  records: ReadonlyMap<string, ReminderRecord>;
  now: string;
}

const ROUTE = '/reminders';

export function singleNotice(id: string, ctx: NoticeContext): ReminderNotice | null {
  const parsed = parseOccurrenceId(id);
  if (!parsed) return null;
  const reminder = ctx.model ? reminderById(ctx.model, id) : null;
  const route = parsed.kind === 'escalation' && ctx.model ? `/loans/${parsed.loanId}` : ROUTE;
  const base = { id, occurrenceIds: [id], canMarkPaid: reminder !== null && reminder.installment.status !== 'paid', route };
  const loan = ctx.model?.byId.get(parsed.loanId)?.loan;
  if (ctx.detailed && ctx.model && reminder && loan) {
    const item = toItem(ctx.model, reminder, ctx.records.get(id), ctx.now);
    const words = detailedNotice({ item, leadDays: reminder.leadDays, jurisdiction: loan.jurisdiction, lenderType: loan.lenderType }, ctx.language);
    return { ...base, ...words };
  }
  return { ...base, ...discreetNotice(parsed.kind, parsed.offsetDays, reminder?.leadDays ?? null, ctx.language) };
}

export function awayNotice(ids: readonly string[], ctx: NoticeContext): ReminderNotice {
  let names: string[] | null = null;
  if (ctx.detailed && ctx.model) {
    const model = ctx.model;
    const loanIds = [...new Set(ids.map((id) => parseOccurrenceId(id)?.loanId ?? ''))];
    names = loanIds.flatMap((loanId) => {
      const name = model.byId.get(loanId)?.loan.name;
      return name ? [name] : [];
    });
  }
  return {
    id: `away:${ctx.now}`,
    occurrenceIds: [...ids],
    ...groupedNotice(ids.length, ctx.language, names),
    canMarkPaid: false,
    route: ROUTE,
  };
}
