// SQL for the people in the user's circle (bound parameters only); rows are checked on every read.
import { z } from 'zod';
import { CIRCLE_RELATIONS, type CirclePerson } from '../../../core/collection/types';
import type { Db } from '../open';
import { readStored } from './row-schemas';

interface CircleRow {
  id: string;
  alias: string;
  relation: string;
  number: string;
}

const relationSchema = z.enum(CIRCLE_RELATIONS);

function toPerson(row: CircleRow): CirclePerson {
  return {
    id: row.id,
    alias: row.alias,
    relation: readStored(relationSchema, row.relation, 'circle_people', row.id),
    number: row.number,
  };
}

export class CircleRepository {
  constructor(private readonly db: Db) {}

  /** Everyone, in the order they were added. */
  list(): CirclePerson[] {
    const rows = this.db
      .prepare('SELECT id, alias, relation, number FROM circle_people ORDER BY created_at, rowid')
      .all() as CircleRow[];
    return rows.map(toPerson);
  }

  get(id: string): CirclePerson | null {
    const row = this.db.prepare('SELECT id, alias, relation, number FROM circle_people WHERE id = ?').get(id) as
      | CircleRow
      | undefined;
    return row ? toPerson(row) : null;
  }

  insert(person: CirclePerson, now: string): void {
    this.db
      .prepare(
        `INSERT INTO circle_people (id, alias, relation, number, created_at, updated_at)
         VALUES (@id, @alias, @relation, @number, @now, @now)`,
      )
      .run({ ...person, now });
  }

  /** Returns false when no such person exists. */
  update(person: CirclePerson, now: string): boolean {
    const result = this.db
      .prepare('UPDATE circle_people SET alias = @alias, relation = @relation, number = @number, updated_at = @now WHERE id = @id')
      .run({ ...person, now });
    return result.changes === 1;
  }
}
