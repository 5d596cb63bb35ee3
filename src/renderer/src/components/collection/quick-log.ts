// The quick-log form's model, apart from the component so its defaults, "same as last time" and the
// checks that turn it into a contact input are tested on their own with a fixed clock.
import type { ContactInput } from '../../../../contract/collection';
import type { ContactChannel, ContactDirection, ContactEntry, ContactTag } from '../../../../core/collection/types';
import { localToUtc, toLocal } from '../../../../core/reminders/zoned-time';

/** 'me', a circle person's id, or 'new' (add a person inline). */
export type TargetChoice = string;

export interface QuickLogModel {
  /** Local wall time in `timeZone`, as a datetime-local input holds it: 'YYYY-MM-DDTHH:mm'. */
  when: string;
  timeZone: string;
  channel: ContactChannel;
  direction: ContactDirection;
  fromNumber: string;
  organisation: string;
  agent: string;
  /** '' for none. */
  loanId: string;
  target: TargetChoice;
  newAlias: string;
  answered: boolean;
  /** 'm:ss' or whole minutes; '' when unknown. */
  duration: string;
  summary: string;
  tags: ContactTag[];
}

export type QuickLogError = 'badWhen' | 'future' | 'badDuration' | 'noAlias';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The local wall time of an instant, for a datetime-local input. */
export function localInputValue(instant: Date, timeZone: string): string {
  const local = toLocal(instant.getTime(), timeZone);
  return `${local.date}T${pad(local.hour)}:${pad(local.minute)}`;
}

/** The UTC instant of a datetime-local value in a zone, or null when the value is not a date and time. */
export function instantFromInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, date = '', hour = '', minute = ''] = match;
  const h = Number(hour);
  const m = Number(minute);
  if (h > 23 || m > 59 || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  return new Date(localToUtc(date, { hour: h, minute: m }, timeZone));
}

/** The defaults right after a call: now in the user's zone, a call they received, answered. */
export function defaultModel(now: Date, timeZone: string): QuickLogModel {
  return {
    when: localInputValue(now, timeZone),
    timeZone,
    channel: 'call',
    direction: 'inbound',
    fromNumber: '',
    organisation: '',
    agent: '',
    loanId: '',
    target: 'me',
    newAlias: '',
    answered: true,
    duration: '',
    summary: '',
    tags: [],
  };
}

/** "Same as last time": who called and about which loan, from the newest entry. */
export function sameAsLast(model: QuickLogModel, last: Pick<ContactEntry, 'fromNumber' | 'organisation' | 'agent' | 'loanId'>): QuickLogModel {
  return { ...model, fromNumber: last.fromNumber, organisation: last.organisation, agent: last.agent, loanId: last.loanId ?? '' };
}

/** The model of an existing entry, for editing it. */
export function modelFromEntry(entry: ContactEntry): QuickLogModel {
  return {
    when: localInputValue(new Date(entry.occurredAt), entry.timeZone),
    timeZone: entry.timeZone,
    channel: entry.channel,
    direction: entry.direction,
    fromNumber: entry.fromNumber,
    organisation: entry.organisation,
    agent: entry.agent,
    loanId: entry.loanId ?? '',
    target: entry.target.kind === 'self' ? 'me' : entry.target.personId,
    newAlias: '',
    answered: entry.answered,
    duration: entry.durationSeconds === null ? '' : `${Math.floor(entry.durationSeconds / 60)}:${pad(entry.durationSeconds % 60)}`,
    summary: entry.summary,
    tags: [...entry.tags],
  };
}

/** '2:30' → 150, '3' → 180, '' → null; undefined when it cannot be read. */
export function parseDuration(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const match = /^(\d{1,4})(?::([0-5]\d))?$/.exec(trimmed);
  if (!match) return undefined;
  const seconds = Number(match[1]) * 60 + Number(match[2] ?? 0);
  return seconds <= 86_400 ? seconds : undefined;
}

export type QuickLogResult = { ok: true; input: ContactInput } | { ok: false; errors: Partial<Record<keyof QuickLogModel, QuickLogError>> };

/**
 * Checks the model and builds the contact input. `personId` is the id of the person the form just added
 * when the target was 'new'. Allows a few minutes of clock skew before calling a time "in the future".
 */
export function toContactInput(model: QuickLogModel, now: Date, personId?: string): QuickLogResult {
  const errors: Partial<Record<keyof QuickLogModel, QuickLogError>> = {};
  const instant = instantFromInput(model.when, model.timeZone);
  if (!instant) errors.when = 'badWhen';
  else if (instant.getTime() > now.getTime() + 5 * 60_000) errors.when = 'future';
  const isCall = model.channel === 'call';
  const duration = isCall && model.answered ? parseDuration(model.duration) : null;
  if (duration === undefined) errors.duration = 'badDuration';
  if (model.target === 'new' && model.newAlias.trim() === '') errors.newAlias = 'noAlias';
  if (!instant || Object.keys(errors).length > 0) return { ok: false, errors };
  const targetId = model.target === 'new' ? personId : model.target;
  const input: ContactInput = {
    occurredAt: instant.toISOString(),
    timeZone: model.timeZone,
    channel: model.channel,
    direction: model.direction,
    fromNumber: model.fromNumber.trim(),
    organisation: model.organisation.trim(),
    agent: model.agent.trim(),
    loanId: model.loanId === '' ? null : model.loanId,
    target: model.target === 'me' || targetId === undefined ? { kind: 'self' } : { kind: 'circle', personId: targetId },
    answered: isCall ? model.answered : true,
    durationSeconds: duration ?? null,
    summary: model.summary.trim(),
    tags: [...model.tags],
  };
  return { ok: true, input };
}

/** The user's time zone as the browser reports it. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
