import type Database from 'better-sqlite3';
import type { EventOutcome } from '../../api';
import { movesOn, outcomeOf } from '../events/outcome';
import { emptyList } from './map/build-record';
import type { ImportEvent } from './types';

// The events of a row that a contact's timeline does not have yet, by the rule the writer
// applies (write-session.ts): same type and reference, or same type and time when neither has
// a reference. The plan applies it too, so a preview announces the events an import then adds
// (a re-imported file: none), not the rows that carry them. An event the file moves on (the order
// stored pending is paid now) is not known: the writer brings the stored one up to date.
export const unknownEventsOf = (sqlite: Database.Database): ((contactId: string, events: readonly ImportEvent[]) => readonly ImportEvent[]) => {
  // "+type" keeps the planner on the contact's own events; the type index would scan every order.
  const byRef = sqlite.prepare('SELECT outcome FROM contact_events WHERE contact_id = ? AND +type = ? AND reference = ?').pluck();
  const byTime = sqlite.prepare('SELECT outcome FROM contact_events WHERE contact_id = ? AND +type = ? AND occurred_at = ? AND reference IS NULL').pluck();
  // Only contacts that had events can have this one: one set, read on first use, not a look-up per event.
  let hadEvents: Set<string> | null = null;
  const isKnown = (contactId: string, event: ImportEvent): boolean => {
    const stored = (event.reference !== null ? byRef.get(contactId, event.type, event.reference) : byTime.get(contactId, event.type, event.occurredAt)) as EventOutcome | undefined;
    return stored !== undefined && !movesOn(stored, outcomeOf(event.type, event.status));
  };
  return (contactId, events) => {
    if (events.length === 0) return events;
    hadEvents ??= new Set(sqlite.prepare('SELECT DISTINCT contact_id FROM contact_events').pluck().all() as string[]);
    if (!hadEvents.has(contactId)) return events;
    const unknown = events.filter((event) => !isKnown(contactId, event));
    return unknown.length === 0 ? emptyList : unknown;
  };
};
