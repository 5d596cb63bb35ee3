// The user's circle: the people they care about, and which of them collectors reached, when and how,
// read from the log's current entries (newest first) so the circle view and its timeline agree with the log.
import { randomUUID } from 'node:crypto';
import { DomainError, type CirclePersonView, type ContactEntryView, type ParsedInput } from '../../contract';
import type { CirclePerson } from '../../core/collection/types';
import { CircleRepository } from '../db/repositories/circle';
import type { HandlerContext } from '../handlers/context';
import { entryViews } from './log-access';

function withContacts(person: CirclePerson, views: readonly ContactEntryView[]): CirclePersonView {
  const contacts = views
    .filter((v) => v.target.kind === 'circle' && v.target.personId === person.id)
    .sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt))
    .map((v) => ({
      entryId: v.id,
      occurredAt: v.occurredAt,
      timeZone: v.timeZone,
      channel: v.channel,
      organisation: v.organisation,
      tags: v.tags,
      findings: v.findings.length,
    }));
  return { ...person, contacts };
}

export function listCircle(ctx: HandlerContext): CirclePersonView[] {
  const { views, circle } = entryViews(ctx, ctx.session.database());
  return circle.map((person) => withContacts(person, views));
}

/** Adds a person, or with an id changes one (NOT_FOUND when there is no such person). */
export function saveCirclePerson(ctx: HandlerContext, input: ParsedInput<'circle.save'>): CirclePersonView {
  const db = ctx.session.database();
  const repo = new CircleRepository(db);
  const now = ctx.clock.now().toISOString();
  const person: CirclePerson = { id: input.id ?? randomUUID(), ...input.person };
  db.transaction(() => {
    if (input.id === undefined) repo.insert(person, now);
    else if (!repo.update(person, now)) throw new DomainError('NOT_FOUND', 'No person in your circle with that id');
  })();
  return withContacts(person, entryViews(ctx, db).views);
}
