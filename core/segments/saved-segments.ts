import { asc, eq } from 'drizzle-orm';
import { customFilterSchema, isBuiltInSegmentId, type CustomFilter, type SegmentSaveRequest } from '../../api';
import { writeTransaction, type Db, type Tx } from '../../db/open-database';
import { savedSegments } from '../../db/schema';
import { DomainError, notFound, validationError } from '../errors';
import { timeOrderedId } from '../ids';
import type { CoreContext } from '../context';
import type { Clock } from '../ports';

export type SavedSegment = { id: string; name: string; filter: CustomFilter };

type Row = typeof savedSegments.$inferSelect;

// Stored filters were validated when saved; one this version cannot read (edited by hand) is
// an error naming the segment rather than a silently empty list.
const toSaved = (row: Row): SavedSegment => {
  const parsed = customFilterSchema.safeParse(JSON.parse(row.filter));
  if (!parsed.success) throw new DomainError('INTERNAL', `The saved segment “${row.name}” has conditions this version of Relance cannot read.`);
  return { id: row.id, name: row.name, filter: parsed.data };
};

export const listSaved = (db: Db): SavedSegment[] =>
  db.select().from(savedSegments).orderBy(asc(savedSegments.createdAt), asc(savedSegments.id)).all().map(toSaved);

export const findSaved = (db: Db, id: string): SavedSegment | undefined => {
  const row = db.select().from(savedSegments).where(eq(savedSegments.id, id)).get();
  return row ? toSaved(row) : undefined;
};

const assertNameFree = (db: Db | Tx, name: string, exceptId: string | undefined): void => {
  const wanted = name.toLocaleLowerCase();
  const clash = db
    .select({ id: savedSegments.id, name: savedSegments.name })
    .from(savedSegments)
    .all()
    .find((row) => row.id !== exceptId && row.name.toLocaleLowerCase() === wanted);
  if (!clash) return;
  const message = `There is already a segment called “${clash.name}”. Choose another name.`;
  throw new DomainError('CONFLICT', message, [{ path: 'name', message, rule: 'segment.nameTaken', params: { name: clash.name } }]);
};

// Creates a segment, or renames and refilters the one with `id`.
export const saveSaved = (db: Db, clock: Clock, input: SegmentSaveRequest): SavedSegment => {
  const now = clock.now().getTime();
  const filter = JSON.stringify(input.filter);
  return writeTransaction(db, (tx) => {
    assertNameFree(tx, input.name, input.id);
    if (input.id === undefined) {
      const id = timeOrderedId();
      tx.insert(savedSegments).values({ id, name: input.name, filter, createdAt: now, updatedAt: now }).run();
      return { id, name: input.name, filter: input.filter };
    }
    if (isBuiltInSegmentId(input.id)) throw builtInRefused(input.id, 'changed');
    const changed = tx.update(savedSegments).set({ name: input.name, filter, updatedAt: now }).where(eq(savedSegments.id, input.id)).run();
    if (changed.changes === 0) throw notFound('This segment');
    return { id: input.id, name: input.name, filter: input.filter };
  });
};

export const deleteSaved = ({ db }: Pick<CoreContext, 'db'>, { id }: { id: string }): { id: string } => {
  if (isBuiltInSegmentId(id)) throw builtInRefused(id, 'deleted');
  const deleted = db.delete(savedSegments).where(eq(savedSegments.id, id)).run();
  if (deleted.changes === 0) throw notFound('This segment');
  return { id };
};

const builtInRefused = (id: string, verb: 'changed' | 'deleted'): DomainError => {
  const message = `“${id}” is a built-in segment: it cannot be ${verb}. Its parameters can be adjusted on the Segments page.`;
  return validationError([{ path: 'id', message, rule: 'segment.builtIn', params: { id } }]);
};
