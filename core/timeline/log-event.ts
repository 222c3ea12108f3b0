import type Database from 'better-sqlite3';
import type { ParsedInput, TimelineEvent } from '../../api';
import type { CoreContext } from '../context';
import { DomainError, notFound } from '../errors';
import { timeOrderedId } from '../ids';
import { getEvent } from './list-timeline';
import { readEventInput, type EventValues } from './read-event-input';
import { toTimelineEvent } from './timeline-dto';

// With no currency typed or shown in the amount, the contact's usual one, else the euro (most
// owners are in France); the form pre-fills it, so this is for the API and the CLI.
const DEFAULT_CURRENCY = 'EUR';

export const contactCurrency = (sqlite: Database.Database, contactId: string): string => {
  const row = sqlite
    .prepare('SELECT currency FROM contact_events WHERE contact_id = ? AND currency IS NOT NULL ORDER BY occurred_at DESC LIMIT 1')
    .get(contactId) as { currency: string } | undefined;
  return row?.currency ?? DEFAULT_CURRENCY;
};

export const assertContactExists = (sqlite: Database.Database, contactId: string): void => {
  if (!sqlite.prepare('SELECT 1 FROM contacts WHERE id = ?').get(contactId)) throw notFound('This contact');
};

export const insertEvent = (sqlite: Database.Database, contactId: string, values: EventValues, now: number): string => {
  const id = timeOrderedId();
  sqlite
    .prepare(
      `INSERT INTO contact_events (id, contact_id, type, occurred_at, amount_minor, currency, reference, items, status, link, note, outcome, source, import_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 'manual', NULL, ?)`,
    )
    .run(id, contactId, values.type, values.occurredAt, values.amountMinor, values.currency, values.reference, values.items, values.link, values.note, values.outcome, now);
  return id;
};

export const readEvent = (sqlite: Database.Database, id: string): TimelineEvent => {
  const row = getEvent(sqlite, id);
  if (!row) throw notFound('This event');
  return toTimelineEvent(row);
};

export const logEvent = (ctx: Pick<CoreContext, 'db' | 'clock' | 'events'>, input: ParsedInput<'events.log'>): TimelineEvent => {
  const sqlite = ctx.db.$client;
  assertContactExists(sqlite, input.contactId);
  const now = ctx.clock.now().getTime();
  const values = readEventInput(input, now, contactCurrency(sqlite, input.contactId));
  const id = insertEvent(sqlite, input.contactId, values, now);
  ctx.events.emit({ type: 'contacts.changed', ids: [input.contactId] });
  return readEvent(sqlite, id);
};

// Only what was logged by hand: an imported event goes with its import (one-click undo), so
// the timeline and the import history never disagree.
export const deleteEvent = (ctx: Pick<CoreContext, 'db' | 'events'>, { id }: { id: string }): { id: string; contactId: string } => {
  const sqlite = ctx.db.$client;
  const row = getEvent(sqlite, id);
  if (!row) throw notFound('This event');
  if (row.source !== 'manual') {
    const from = row.importFileName ? ` (${row.importFileName})` : '';
    throw new DomainError('CONFLICT', `This event came from an import${from}. Undo that import to remove it.`, [
      { path: 'id', rule: 'log.delete.imported', message: `This event came from an import${from}. Undo that import to remove it.`, params: { file: row.importFileName ?? '' } },
    ]);
  }
  sqlite.prepare('DELETE FROM contact_events WHERE id = ?').run(id);
  ctx.events.emit({ type: 'contacts.changed', ids: [row.contactId] });
  return { id, contactId: row.contactId };
};
