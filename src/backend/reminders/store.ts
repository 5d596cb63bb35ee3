// The reminder state kept OUTSIDE the vault (`<dataDir>/reminders.json`), so reminders fire while it is
// locked: opaque occurrence ids, states and instants only — never a lender, loan name, amount or person.
// Written atomically; a damaged or unknown file falls back to an empty state and never blocks the app.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_REMINDER_RULES } from '../../core/reminders/rules';
import { REMINDER_STATES, type LocalTime, type QuietHours, type ReminderRecord } from '../../core/reminders/types';
import { writeFileAtomic } from '../fs-atomic';

export interface TimetableEntry {
  id: string;
  fireAt: string;
}

export interface ReminderStoreState {
  version: 1;
  /** When the unlocked catch-up last ran; null before the first run. */
  lastRunAt: string | null;
  /** When any poll (locked or not) last ran. */
  lastTickAt: string | null;
  /** The zone the timetable was planned in. */
  timeZone: string | null;
  /** The hour and quiet hours, so a snooze to "tomorrow" lands right while the vault is locked. */
  timing: { remindAt: LocalTime; quietHours: QuietHours | null };
  records: ReminderRecord[];
  /** Ids already shown as an OS notification (locked or not), so none is shown twice. */
  notified: string[];
  /** The next 60 days of fire times, for the locked tick. */
  timetable: { plannedAt: string | null; entries: TimetableEntry[] };
  /** Missed while away, shown once together until acknowledged. */
  away: { ids: string[]; at: string } | null;
}

const instant = z.string().datetime({ offset: true });
/** `${uuid}:${period}:${kind}:${offsetDays}`: nothing else may enter this file. */
const OCCURRENCE_ID = /^[0-9a-f-]{36}:\d+:(before-due|due-today|overdue|escalation):\d+$/i;
const occurrenceId = z.string().regex(OCCURRENCE_ID);

/** Whether an id may be stored here (an occurrence id of a loan's random UUID, nothing more). */
export function isStorableId(id: string): boolean {
  return OCCURRENCE_ID.test(id);
}
const localTime = z.object({ hour: z.number().int().min(0).max(23), minute: z.number().int().min(0).max(59) }).strict();

const recordSchema = z
  .object({
    id: occurrenceId,
    state: z.enum(REMINDER_STATES),
    snoozedUntil: instant.optional(),
    deliveredAt: instant.optional(),
  })
  .strict();

const fileSchema = z
  .object({
    version: z.literal(1),
    lastRunAt: instant.nullable(),
    lastTickAt: instant.nullable(),
    timeZone: z.string().max(100).nullable(),
    timing: z.object({ remindAt: localTime, quietHours: z.object({ start: localTime, end: localTime }).strict().nullable() }).strict(),
    records: z.array(recordSchema).max(100_000),
    notified: z.array(occurrenceId).max(100_000),
    timetable: z
      .object({
        plannedAt: instant.nullable(),
        entries: z.array(z.object({ id: occurrenceId, fireAt: instant }).strict()).max(100_000),
      })
      .strict(),
    away: z.object({ ids: z.array(occurrenceId).max(100_000), at: instant }).strict().nullable(),
  })
  .strict();

export function emptyState(): ReminderStoreState {
  return {
    version: 1,
    lastRunAt: null,
    lastTickAt: null,
    timeZone: null,
    timing: { remindAt: { ...DEFAULT_REMINDER_RULES.remindAt }, quietHours: structuredClone(DEFAULT_REMINDER_RULES.quietHours) },
    records: [],
    notified: [],
    timetable: { plannedAt: null, entries: [] },
    away: null,
  };
}

/** Keeps only the fields a record may have, so nothing else can slip into the file. */
function cleanRecord(record: ReminderRecord): ReminderRecord {
  const out: ReminderRecord = { id: record.id, state: record.state };
  if (record.snoozedUntil !== undefined) out.snoozedUntil = record.snoozedUntil;
  if (record.deliveredAt !== undefined) out.deliveredAt = record.deliveredAt;
  return out;
}

export class ReminderStore {
  constructor(private readonly path: string) {}

  /** The stored state, or an empty one when the file is missing, damaged or from an unknown version. */
  load(): ReminderStoreState {
    if (!existsSync(this.path)) return emptyState();
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(this.path, 'utf8')));
      if (!parsed.success) return emptyState();
      const { records, ...rest } = parsed.data;
      return { ...rest, records: records.map(cleanRecord) };
    } catch {
      return emptyState();
    }
  }

  /** Validates against the file schema (so a bug cannot write a name or an amount), then writes atomically. */
  save(state: ReminderStoreState): void {
    const checked = fileSchema.parse({ ...state, records: state.records.map(cleanRecord) });
    // No mkdir: the data folder exists whenever there is state to keep (the vault lives in it), and a
    // folder removed under a closing app must not be brought back.
    writeFileAtomic(this.path, `${JSON.stringify(checked)}\n`);
  }
}
