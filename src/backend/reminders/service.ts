// The backend's reminder service: the tick that decides what to notify (the only place that delivers),
// the actions on one reminder, the Reminders page's data and the settings. Unlocked, it reads the vault;
// locked, it works from the outside-vault timetable alone and never needs a lender, loan or amount.
import { join } from 'node:path';
import {
  DomainError,
  type ExportFile,
  type Language,
  type LoanEscalationView,
  type ParsedInput,
  type ReminderNotice,
  type ReminderPoll,
  type ReminderSettings,
  type RemindersOverview,
} from '../../contract';
import { isoDateInZone } from '../../core/dates';
import { defaultPolicy } from '../../core/escalation/defaults';
import { resolveStages } from '../../core/escalation/resolve';
import { escalationTimeline } from '../../core/escalation/timeline';
import { catchUp, parseOccurrenceId } from '../../core/reminders/catch-up';
import { rulesForLoan } from '../../core/reminders/rules';
import { deliver, dismiss, recordFor, resolve, snooze } from '../../core/reminders/state';
import type { ReminderOverrides, ReminderRecord } from '../../core/reminders/types';
import type { Clock } from '../clock';
import type { Db } from '../db/open';
import { LoansRepository } from '../db/repositories/loans';
import { LprRepository } from '../db/repositories/lpr';
import { PaymentsRepository } from '../db/repositories/payments';
import { ReminderSettingsRepository } from '../db/repositories/reminder-settings';
import { recordPayment } from '../handlers/loan-payments';
import type { PrefsStore } from '../prefs-store';
import type { VaultSession } from '../vault/session';
import { buildRemindersIcs } from './ics';
import { pollLocked } from './locked-tick';
import { noticeLanguage } from './notice-text';
import { awayNotice, singleNotice, type NoticeContext } from './notices';
import { attentionItems, buildOverview } from './overview';
import { isStorableId, ReminderStore, type ReminderStoreState } from './store';
import { planTimetable, prune, snoozeEnd, TIMETABLE_DAYS } from './timetable';
import { allEscalation, plannedBetween, readVaultModel, toItem, type VaultModel } from './vault-model';

export interface ReminderServiceDeps {
  session: VaultSession;
  prefs: PrefsStore;
  clock: Clock;
  dataDir: string;
  /** The OS locale, for the notice language when the user has not picked one. */
  locale?: () => string;
}

const DAY_MS = 86_400_000;
const FIRST_RUN_LOOKBACK_MS = 10 * 60_000;

export class ReminderService {
  private readonly store: ReminderStore;

  constructor(private readonly deps: ReminderServiceDeps) {
    this.store = new ReminderStore(join(deps.dataDir, 'reminders.json'));
  }

  /** One tick: the catch-up while unlocked, the timetable while locked. Returns the new notices. */
  poll(language?: Language): ReminderPoll {
    const db = this.openDb();
    if (!db) return pollLocked(this.store, this.deps.clock, this.language(language));
    return this.pollUnlocked(db, this.language(language));
  }

  /**
   * Re-plans the timetable from the open vault, best effort: called just before locking, so a payment
   * made since the last tick cannot leave its reminders in the timetable the locked tick reads.
   */
  beforeLock(): void {
    const db = this.openDb();
    if (!db) return;
    try {
      this.replan(db);
    } catch {
      // Locking must never fail; the last tick's timetable stays, and the next unlock re-plans.
    }
  }

  /** Snooze and dismiss work while locked (ids only); "paid" records a payment and needs the vault. */
  act(input: ParsedInput<'reminders.act'>): null {
    const parsed = isStorableId(input.id) ? parseOccurrenceId(input.id) : null;
    if (!parsed) throw new DomainError('NOT_FOUND', 'No reminder with that id');
    const state = this.store.load();
    const now = this.deps.clock.now();
    const current = recordFor(input.id, state.records);
    if (input.action === 'snooze') {
      const db = this.openDb();
      let timing = state.timing;
      if (db) {
        const rules = rulesForLoan(new ReminderSettingsRepository(db).get().rules, this.loanOverrides(db), parsed.loanId);
        timing = { remindAt: rules.remindAt, quietHours: rules.quietHours };
      }
      setRecord(state, snooze(current, snoozeEnd(input.until, now.getTime(), this.deps.clock.timeZone(), timing)));
      state.notified = state.notified.filter((id) => id !== input.id);
    } else if (input.action === 'dismiss') {
      setRecord(state, dismiss(current));
    } else {
      this.markPaid(state, parsed.loanId, parsed.period);
    }
    this.store.save(state);
    return null;
  }

  overview(month: string | undefined): RemindersOverview {
    const model = this.model(this.mustDb());
    return buildOverview(model, this.store.load(), this.deps.clock.now().toISOString(), month);
  }

  /** The "while you were away" panel was seen. */
  ackAway(): null {
    const state = this.store.load();
    state.away = null;
    this.store.save(state);
    return null;
  }

  getSettings(): ReminderSettings {
    return new ReminderSettingsRepository(this.mustDb()).get();
  }

  /** Saves the settings and re-plans the timetable (and the hour a locked snooze uses). */
  setSettings(settings: ReminderSettings): ReminderSettings {
    const db = this.mustDb();
    const repo = new ReminderSettingsRepository(db);
    db.transaction(() => repo.set(settings, this.deps.clock.now().toISOString()))();
    this.replan(db);
    return repo.get();
  }

  loanEscalation(loanId: string): LoanEscalationView {
    const model = this.model(this.mustDb());
    const loan = model.byId.get(loanId);
    if (!loan) throw new DomainError('NOT_FOUND', 'No loan with that id');
    const policy = defaultPolicy(loan.loan.jurisdiction, loan.loan.lenderType, loan.loan.terms.penalty);
    const overrides = loan.settings.escalationOverrides;
    const now = this.deps.clock.now();
    const state = this.store.load();
    const records = new Map(state.records.map((r) => [r.id, r]));
    const next = plannedBetween(model, now.getTime(), now.getTime() + TIMETABLE_DAYS * DAY_MS).find(
      (r) => r.occurrence.loanId === loanId && !['dismissed', 'resolved'].includes(records.get(r.occurrence.id)?.state ?? ''),
    );
    return {
      loanId,
      timeline: escalationTimeline({ terms: loan.loan.terms, ledger: loan.ledger, policy, overrides, asOf: model.today }),
      stages: resolveStages(policy, loan.loan.terms.penalty, overrides),
      overrides,
      reminderOverride: loan.settings.reminderOverride,
      nextReminder: next ? toItem(model, next, records.get(next.occurrence.id), now.toISOString()) : null,
    };
  }

  saveLoanEscalation(input: ParsedInput<'reminders.saveLoanEscalation'>): LoanEscalationView {
    const db = this.mustDb();
    db.transaction(() => {
      if (!new LoansRepository(db).exists(input.loanId)) throw new DomainError('NOT_FOUND', 'No loan with that id');
      new ReminderSettingsRepository(db).setLoan(
        { loanId: input.loanId, reminderOverride: input.reminderOverride, escalationOverrides: input.overrides },
        this.deps.clock.now().toISOString(),
      );
    })();
    this.replan(db);
    return this.loanEscalation(input.loanId);
  }

  exportIcs(input: ParsedInput<'reminders.exportIcs'>): ExportFile {
    const model = this.model(this.mustDb());
    const content = buildRemindersIcs({
      loans: model.loans.map(({ loan, ledger }) => ({
        id: loan.id,
        name: loan.name,
        lender: loan.lender,
        currency: loan.currency,
        installments: ledger.installments.map((i) => ({ period: i.period, dueDate: i.dueDate, amount: i.outstanding, status: i.status })),
      })),
      rules: model.settings.rules,
      overrides: model.overrides,
      detailed: input.detailed,
      language: this.language(input.language),
      today: model.today,
      now: this.deps.clock.now(),
    });
    return { filename: `quietledger-reminders-${model.today}.ics`, mimeType: 'text/calendar', content };
  }

  private pollUnlocked(db: Db, language: Language): ReminderPoll {
    const now = this.deps.clock.now();
    const nowIso = now.toISOString();
    const model = this.model(db);
    const state = this.store.load();
    const result = catchUp({
      loans: model.loans.map((l) => l.reminderLoan),
      rules: model.settings.rules,
      overrides: model.overrides,
      timeZone: model.timeZone,
      lastRunAt: this.lastRunAt(state, now),
      now: nowIso,
      records: state.records,
      extra: allEscalation(model),
    });
    const records = new Map(state.records.map((r) => [r.id, r]));
    const ctx: NoticeContext = { language, model, detailed: model.settings.detailedText, records, now: nowIso };
    const notified = new Set(state.notified);
    const notices: ReminderNotice[] = [];
    for (const o of result.due) {
      const notice = notified.has(o.id) ? null : singleNotice(o.id, ctx);
      if (notice) notices.push(notice);
      notified.add(o.id);
    }
    const missed = result.missed.flatMap((g) => g.occurrences.map((o) => o.id));
    if (missed.some((id) => !notified.has(id))) notices.push(awayNotice(missed, ctx));
    for (const id of missed) notified.add(id);
    if (missed.length > 0) state.away = { ids: [...new Set([...(state.away?.ids ?? []), ...missed])], at: nowIso };
    for (const o of result.due) setRecord(state, deliver(recordFor(o.id, state.records), nowIso));
    for (const id of missed) setRecord(state, deliver(recordFor(id, state.records), nowIso));
    for (const o of result.resolved) setRecord(state, resolve(recordFor(o.id, state.records)));
    state.notified = [...notified];
    state.lastRunAt = nowIso;
    state.lastTickAt = nowIso;
    prune(state, model);
    this.applyPlan(state, model, now.getTime());
    this.store.save(state);
    return { notices, attentionCount: attentionItems(model, state, nowIso).length };
  }

  /**
   * Where the catch-up window starts: the last run; on the very first run a short look-back, so a reminder
   * that fired minutes before the app first ticked is still shown; after the clock went back, now.
   */
  private lastRunAt(state: ReminderStoreState, now: Date): string {
    if (state.lastRunAt === null) return new Date(now.getTime() - FIRST_RUN_LOOKBACK_MS).toISOString();
    return state.lastRunAt <= now.toISOString() ? state.lastRunAt : now.toISOString();
  }

  /** Pays the installment's outstanding amount today (unless already paid) and resolves its reminders. */
  private markPaid(state: ReminderStoreState, loanId: string, period: number): void {
    const db = this.openDb();
    if (!db) throw new DomainError('VAULT_LOCKED', 'The vault is locked');
    const model = this.model(db);
    const installment = model.byId.get(loanId)?.ledger.installments.find((i) => i.period === period);
    if (!installment) throw new DomainError('NOT_FOUND', 'No reminder with that id');
    if (installment.status !== 'paid' && installment.outstanding > 0) {
      const repos = { db, loans: new LoansRepository(db), payments: new PaymentsRepository(db), lpr: new LprRepository(db) };
      recordPayment(repos, { loanId, date: model.today, amount: installment.outstanding, kind: 'regular', note: '' }, this.deps.clock.now().toISOString());
    }
    const sameInstallment = (id: string): boolean => {
      const p = parseOccurrenceId(id);
      return p !== null && p.loanId === loanId && p.period === period;
    };
    state.records = state.records.map((r) => (sameInstallment(r.id) ? resolve(r) : r));
    state.notified = state.notified.filter((id) => !sameInstallment(id));
  }

  private replan(db: Db): void {
    const state = this.store.load();
    this.applyPlan(state, this.model(db), this.deps.clock.now().getTime());
    this.store.save(state);
  }

  /** The timetable for the next 60 days, and the zone and hour it was planned with. */
  private applyPlan(state: ReminderStoreState, model: VaultModel, nowMs: number): void {
    state.timetable = { plannedAt: new Date(nowMs).toISOString(), entries: planTimetable(model, nowMs) };
    state.timeZone = model.timeZone;
    state.timing = { remindAt: model.settings.rules.remindAt, quietHours: model.settings.rules.quietHours };
  }

  private model(db: Db): VaultModel {
    const now = this.deps.clock.now();
    const timeZone = this.deps.clock.timeZone();
    return readVaultModel(db, isoDateInZone(now, timeZone), timeZone);
  }

  private loanOverrides(db: Db): ReminderOverrides {
    const out: ReminderOverrides = {};
    for (const s of new ReminderSettingsRepository(db).listLoans()) if (s.reminderOverride) out[s.loanId] = s.reminderOverride;
    return out;
  }

  /** The page's language when it says, else the saved preference, else the OS locale. */
  private language(fromPage?: Language): Language {
    return fromPage ?? noticeLanguage(this.deps.prefs.get().language, this.deps.locale?.());
  }

  private openDb(): Db | null {
    return this.deps.session.isUnlocked() ? this.deps.session.database() : null;
  }

  private mustDb(): Db {
    return this.deps.session.database();
  }
}

function setRecord(state: ReminderStoreState, record: ReminderRecord): void {
  const index = state.records.findIndex((r) => r.id === record.id);
  if (index === -1) state.records.push(record);
  else state.records[index] = record;
}
