// The API contract: every method the UI may call, its zod input schema, its output type, and whether it
// needs an unlocked vault. Both transports and the dispatcher are typed from this one table.
import { z } from 'zod';
import type { LprPoint } from '../core/cost/legal-types';
import type { LoanDetail, LoanSummary } from './loans';
import { loanSchemas } from './loans';
import { ratesSchemas } from './rates';
import type { ExportFile, ImportPreview } from './transfer';
import { transferSchemas } from './transfer';
import type { Prefs } from './prefs';
import type { LoanEscalationView, ReminderPoll, ReminderSettings, RemindersOverview } from './reminders';
import { reminderSchemas } from './reminders';
import type { ChainCheck, CirclePersonView, ContactEntryView, ContactLog, ContactRevision, Dossier, DossierZip, EvidenceMeta } from './collection';
import { collectionSchemas } from './collection';
import { prefsSchemas } from './prefs';
import type { AppStatus, VaultCreated } from './vault';
import { appSchemas, vaultSchemas } from './vault';

/** A method's spec; `O` is carried as a phantom type for the output. */
export interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  needsUnlocked: boolean;
  /** Phantom field, never set at run time: lets `Output<M>` name the result type. */
  readonly __output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I, needsUnlocked: boolean): MethodSpec<I, O> => ({ input, needsUnlocked });
}

const none = z.object({}).strict().optional();

export const methods = {
  'app.status': method<AppStatus>()(none, false),
  'app.setLaunchAtLogin': method<AppStatus>()(appSchemas.setLaunchAtLogin, false),
  'prefs.get': method<Prefs>()(none, false),
  'prefs.set': method<Prefs>()(prefsSchemas.set, false),
  'vault.create': method<VaultCreated>()(vaultSchemas.create, false),
  'vault.unlock': method<null>()(vaultSchemas.unlock, false),
  'vault.lock': method<null>()(none, false),
  'vault.changePassphrase': method<null>()(vaultSchemas.changePassphrase, true),
  'loans.list': method<LoanSummary[]>()(none, true),
  'loans.get': method<LoanDetail>()(loanSchemas.get, true),
  'loans.create': method<LoanDetail>()(loanSchemas.create, true),
  'loans.update': method<LoanDetail>()(loanSchemas.update, true),
  'loans.delete': method<null>()(loanSchemas.remove, true),
  'loans.recordPayment': method<LoanDetail>()(loanSchemas.recordPayment, true),
  'loans.deletePayment': method<LoanDetail>()(loanSchemas.deletePayment, true),
  'rates.lprList': method<LprPoint[]>()(none, true),
  'rates.lprSave': method<LprPoint[]>()(ratesSchemas.saveLpr, true),
  'transfer.preview': method<ImportPreview>()(transferSchemas.preview, true),
  'transfer.commit': method<{ imported: number }>()(transferSchemas.commit, true),
  'transfer.exportCsv': method<ExportFile>()(transferSchemas.exportCsv, true),
  'transfer.exportJson': method<ExportFile>()(transferSchemas.exportJson, true),
  'transfer.importJson': method<{ loans: number; payments: number }>()(transferSchemas.importJson, true),
  'reminders.overview': method<RemindersOverview>()(reminderSchemas.overview, true),
  'reminders.poll': method<ReminderPoll>()(reminderSchemas.poll, false),
  'reminders.act': method<null>()(reminderSchemas.act, false),
  'reminders.ackAway': method<null>()(none, true),
  'reminders.getSettings': method<ReminderSettings>()(none, true),
  'reminders.setSettings': method<ReminderSettings>()(reminderSchemas.setSettings, true),
  'reminders.loanEscalation': method<LoanEscalationView>()(reminderSchemas.loanEscalation, true),
  'reminders.saveLoanEscalation': method<LoanEscalationView>()(reminderSchemas.saveLoanEscalation, true),
  'reminders.exportIcs': method<ExportFile>()(reminderSchemas.exportIcs, true),
  'collection.list': method<ContactLog>()(collectionSchemas.list, true),
  'collection.log': method<ContactEntryView>()(collectionSchemas.log, true),
  'collection.revise': method<ContactEntryView>()(collectionSchemas.revise, true),
  'collection.history': method<ContactRevision[]>()(collectionSchemas.history, true),
  'collection.verifyChain': method<ChainCheck>()(none, true),
  'circle.list': method<CirclePersonView[]>()(none, true),
  'circle.save': method<CirclePersonView>()(collectionSchemas.circleSave, true),
  'evidence.attach': method<EvidenceMeta>()(collectionSchemas.attach, true),
  'evidence.read': method<{ meta: EvidenceMeta; base64: string }>()(collectionSchemas.readEvidence, true),
  'dossier.build': method<Dossier>()(collectionSchemas.dossier, true),
  'dossier.exportZip': method<DossierZip>()(collectionSchemas.dossierZip, true),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type Input<M extends MethodName> = z.input<Methods[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Methods[M]['input']>;
export type Output<M extends MethodName> = Methods[M] extends MethodSpec<z.ZodType, infer O> ? O : never;

export const METHOD_NAMES = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}

export * from './errors';
export * from './loan-terms';
export * from './loans';
export * from './rates';
export * from './reminders';
export * from './collection';
export * from './transfer';
export * from './prefs';
export * from './transport';
export * from './vault';
