import type Database from 'better-sqlite3';
import type { TimelinePage } from '../../api';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { EVENT_COLUMNS, toTimelineEvent, type EventRow } from './timeline-dto';

type Page = { contactId: string; offset: number; limit: number };

// Newest first, over the (contact_id, occurred_at) index; events of the same moment in the
// order they were written, newest first too.
export const listTimeline = ({ db }: Pick<CoreContext, 'db'>, { contactId, offset, limit }: Page): TimelinePage => {
  const sqlite = db.$client;
  if (!sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').get(contactId)) throw notFound('This contact');
  const total = (sqlite.prepare('SELECT count(*) AS n FROM contact_events WHERE contact_id = ?').get(contactId) as { n: number }).n;
  const rows = sqlite
    .prepare(
      `SELECT ${EVENT_COLUMNS} FROM contact_events e LEFT JOIN imports i ON i.id = e.import_id
       WHERE e.contact_id = ? ORDER BY e.occurred_at DESC, e.created_at DESC, e.id DESC LIMIT ? OFFSET ?`,
    )
    .all(contactId, limit, offset) as EventRow[];
  return { total, offset, rows: rows.map(toTimelineEvent) };
};

export const getEvent = (sqlite: Database.Database, id: string): EventRow | undefined =>
  sqlite.prepare(`SELECT ${EVENT_COLUMNS} FROM contact_events e LEFT JOIN imports i ON i.id = e.import_id WHERE e.id = ?`).get(id) as
    | EventRow
    | undefined;
