import type Database from 'better-sqlite3';
import type { EventOutcome } from '../../api';
import { movesOn } from '../events/outcome';
import { DomainError, isBusy } from '../errors';
import { timeOrderedId } from '../ids';
import { suppressionHash } from '../respect/suppression-hash';
import { phoneSuppressionHash } from '../respect/suppression-list';
import { deferIndexesOfEmptyTable } from './first-fill';
import { importConsentWriter } from './import-consent';
import { manyRows } from './many-rows';
import { contactReader, mergeValues, type ContactValues } from './contact-values';
import { contactUpdates } from './contact-updates';
import { CONTACT_VALUE_COLUMNS, CREATE_WIDTH, EVENT_WIDTH, CHANGE_WIDTH, UPDATE_WIDTH, contactParams, itemsAsWritten, type ImportHeader, type ImportTotals, type WriteBatch } from './write-batch';

// Carries out an import's writes in ONE transaction on one connection, batch after batch, in
// whichever thread holds that connection (writer-thread.ts, or the importing thread itself):
// a cancel, a crash or a kill leaves nothing of it behind.

const STAGED = 'import_new_contacts';
const CHANGED = 'import_changed_contacts';
const VALUE_COLUMNS = CONTACT_VALUE_COLUMNS.join(', ');
const CONTACT_COLUMNS = `${VALUE_COLUMNS}, id, updated_at`;

// New and changed contacts wait in temporary tables and are written in batches of about this many,
// with ONE statement each: the search-index trigger then runs inside one statement, which FTS5
// batches (100k rows: 1.5 s instead of 6.7 s with a statement per row, where it flushes at every
// row). Batches small enough that the last one, written once the file is planned, is quick.
const STAGED_PER_MOVE = 5000;

// The import's id and time are the same on every row: written into the statement once, they are
// not bound again on each of 304k events (measured: 0.15 s). Both are ours (a UUID, an integer).
const literal = (importId: string, now: number): { id: string; now: number } => {
  if (!/^[0-9a-f-]{36}$/.test(importId) || !Number.isSafeInteger(now)) throw new Error('An import id is a UUID and its time an integer.');
  return { id: `'${importId}'`, now };
};

const prepared = (sqlite: Database.Database, importId: string, now: number) => {
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS ${STAGED} AS SELECT ${CONTACT_COLUMNS}, NULL AS tags FROM main.contacts WHERE 0`);
  // One row per contact: its latest values win.
  sqlite.exec(`CREATE TEMP TABLE IF NOT EXISTS ${CHANGED} AS SELECT ${VALUE_COLUMNS}, id FROM main.contacts WHERE 0`);
  sqlite.exec(`CREATE UNIQUE INDEX IF NOT EXISTS temp.${CHANGED}_id ON ${CHANGED} (id)`);
  const constant = literal(importId, now);
  return {
    insertImport: sqlite.prepare(`INSERT INTO imports (id, file_name, format, encoding, delimiter, preset_id, mapping, mode,
      row_count, created, updated, skipped, rejected, events, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, ?)`),
    finishImport: sqlite.prepare('UPDATE imports SET row_count = ?, created = ?, updated = ?, skipped = ?, rejected = ?, erased_skipped = ?, events = ? WHERE id = ?'),
    // A new contact without a creation date in the file came with this import.
    stageContacts: manyRows(sqlite, `INSERT INTO temp.${STAGED} VALUES`,
      `(${CONTACT_VALUE_COLUMNS.map((column) => (column === 'created_at' ? `coalesce(?, ${constant.now})` : '?')).join(', ')}, ?, ${constant.now}, ?)`, CREATE_WIDTH),
    insertStaged: sqlite.prepare(`INSERT INTO contacts (${CONTACT_COLUMNS}) SELECT ${CONTACT_COLUMNS} FROM temp.${STAGED}`),
    // One statement for every created contact's undo record, rather than one per contact.
    recordCreated: sqlite.prepare(`INSERT OR IGNORE INTO import_changes (import_id, contact_id, action, before) SELECT ${constant.id}, id, 'created', NULL FROM temp.${STAGED}`),
    // The new contacts' tags travel with them as a JSON list: one statement instead of one per tag
    // (141k tags in the 100k-contact corpus).
    insertStagedTags: sqlite.prepare(`INSERT OR IGNORE INTO contact_tags (contact_id, tag) SELECT s.id, t.value FROM temp.${STAGED} s, json_each(s.tags) t
      WHERE s.tags IS NOT NULL`),
    clearStaged: sqlite.prepare(`DELETE FROM temp.${STAGED}`),
    stageChange: sqlite.prepare(`INSERT OR REPLACE INTO temp.${CHANGED} VALUES (${CONTACT_VALUE_COLUMNS.map(() => '?').join(', ')}, ?)`),
    stageChanges: manyRows(sqlite, `INSERT OR REPLACE INTO temp.${CHANGED} VALUES`, `(${CONTACT_VALUE_COLUMNS.map(() => '?').join(', ')}, ?)`, CHANGE_WIDTH),
    updateLooked: sqlite.prepare(contactUpdates(CHANGED, constant.now).looked),
    updateUnlooked: sqlite.prepare(contactUpdates(CHANGED, constant.now).unlooked),
    clearChanged: sqlite.prepare(`DELETE FROM temp.${CHANGED}`),
    insertTag: sqlite.prepare('INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES (?, ?)'),
    insertTags: manyRows(sqlite, 'INSERT OR IGNORE INTO contact_tags (contact_id, tag) VALUES', '(?, ?)', 2),
    // The first values before this import win: a contact changed twice is undone to what it was.
    recordUpdated: manyRows(sqlite, 'INSERT OR IGNORE INTO import_changes (import_id, contact_id, action, before) VALUES', `(${constant.id}, ?, 'updated', ?)`, 2),
    // One statement per event: many rows per statement, or the timeline's indexes built at the
    // end when it is empty, were measured no cheaper (docs/performance.md).
    insertEvent: sqlite.prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, amount_minor, currency, reference, items,
      status, link, date_only, outcome, source, import_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ${constant.id}, ${constant.now})`),
    // "+type" keeps the planner on the contact's own events; the type index would scan every order.
    eventByRef: sqlite.prepare('SELECT id, status, outcome FROM contact_events WHERE contact_id = ? AND +type = ? AND reference = ?'),
    eventAt: sqlite.prepare('SELECT id, status, outcome FROM contact_events WHERE contact_id = ? AND +type = ? AND occurred_at = ? AND reference IS NULL'),
    recordEventChange: sqlite.prepare(`INSERT OR IGNORE INTO import_event_changes (import_id, event_id, before_status, before_outcome) VALUES (${constant.id}, ?, ?, ?)`),
    moveEventOn: sqlite.prepare('UPDATE contact_events SET status = ?, outcome = ? WHERE id = ?'),
    suppress: sqlite.prepare("INSERT OR IGNORE INTO suppressions (hash, reason, created_at) VALUES (?, 'unsubscribed', ?)"),
    suppressPhone: sqlite.prepare("INSERT OR IGNORE INTO suppressions (hash, reason, channel, created_at) VALUES (?, 'unsubscribed', 'phone', ?)"),
  };
};

type StoredEvent = { id: string; status: string | null; outcome: EventOutcome };

export type WriteSession = {
  apply: (batch: WriteBatch) => void;
  // The last batch, then COMMIT.
  finish: (last: WriteBatch, totals: ImportTotals) => { events: number };
  abort: () => void;
};

export const openWriteSession = (sqlite: Database.Database, header: ImportHeader): WriteSession => {
  const { importId, now } = header;
  const s = prepared(sqlite, importId, now);
  // A re-imported file must not double the timeline: an event already there is left alone, or
  // moved on when the file says it went further (the pending order is paid now; known-events.ts
  // counts it the same way), its previous status kept for the undo. Only contacts that had
  // events before this import can have one (one set, not 304k look-ups).
  const hadEvents = new Set(sqlite.prepare('SELECT DISTINCT contact_id FROM contact_events').pluck().all() as string[]);
  const storedEvent = (contactId: string, type: unknown, occurredAt: unknown, reference: unknown): StoredEvent | undefined =>
    hadEvents.size > 0 && hadEvents.has(contactId)
      ? (reference !== null ? s.eventByRef.get(contactId, type, reference) : s.eventAt.get(contactId, type, occurredAt)) as StoredEvent | undefined
      : undefined;
  let staged = 0;
  let changed = 0;
  let events = 0;
  // Later rows about new contacts, in file order, merged once those contacts are in the table.
  let merges: WriteBatch['merges'] = [];
  const read = contactReader(sqlite);
  const consent = importConsentWriter(sqlite, header, STAGED, CHANGED);

  // A 100k-row import touches a dozen indexes at once; SQLite's default 2 MB page cache makes
  // it re-read them (100k contacts: commit 3.0 s; 8, 16 or 64 MB: 2.4 s). 16 MB, not more: the
  // rest is resident memory for nothing. It is released with the connection.
  sqlite.pragma('cache_size = -16384');
  try {
    sqlite.exec('BEGIN IMMEDIATE');
  } catch (error) {
    // The one wait of an import: once it holds the write lock, nothing else can take it.
    if (isBusy(error)) {
      throw new DomainError('BUSY', 'Another import or change was being saved for longer than Relance waits. Nothing of this file was saved: import it again once that is done.');
    }
    throw error;
  }
  // Events may name a contact still waiting in the temporary table: links are checked at COMMIT.
  sqlite.pragma('defer_foreign_keys = ON');
  // A first import builds the contacts' indexes once, at the end (first-fill.ts).
  const deferred = deferIndexesOfEmptyTable(sqlite);
  s.insertImport.run(importId, header.fileName, header.format, header.encoding, header.delimiter, header.presetId, header.mapping, header.mode, now);
  s.clearStaged.run();
  s.clearChanged.run();

  // As the plan merges a later row into an earlier one ("fill"), from the values written.
  const stageMerges = (): void => {
    const latest = new Map<string, ContactValues>();
    for (const { id, values } of merges) latest.set(id, mergeValues(latest.get(id) ?? read(id), values, 'fill', now));
    merges = [];
    for (const [id, values] of latest) {
      s.stageChange.run([...contactParams(values), id]);
      changed += 1;
      for (const tag of values.tags) s.insertTag.run(id, tag);
      if (values.unsubscribedAt !== null && values.emailKey) s.suppress.run(suppressionHash(values.emailKey), now);
      if (values.unsubscribedAt !== null && values.phone) s.suppressPhone.run(phoneSuppressionHash(values.phone), now);
    }
  };

  // New contacts first: a change staged since may be to one of them (a later row of the file).
  const moveStaged = (): void => {
    if (staged > 0) {
      s.insertStaged.run();
      consent.created();
      s.recordCreated.run();
      s.insertStagedTags.run();
      s.clearStaged.run();
      staged = 0;
    }
    if (merges.length > 0) stageMerges();
    if (changed > 0) {
      consent.changed();
      s.updateUnlooked.run();
      s.updateLooked.run();
      s.clearChanged.run();
      changed = 0;
    }
  };
  // Each batch's new and changed contacts, and their undo records and tags, go in with a few
  // statements (many-rows.ts), and are moved once about STAGED_PER_MOVE wait.
  const stageUpdates = (updates: readonly unknown[]): void => {
    const values: unknown[] = [];
    const before: unknown[] = [];
    for (let i = 0; i < updates.length; i += UPDATE_WIDTH) {
      for (let k = i; k < i + CHANGE_WIDTH; k += 1) values.push(updates[k]);
      before.push(updates[i + CHANGE_WIDTH - 1], updates[i + CHANGE_WIDTH]);
    }
    s.recordUpdated(before);
    s.stageChanges(values);
    changed += updates.length / UPDATE_WIDTH;
  };

  const apply = (batch: WriteBatch): void => {
    const { creates, updates, tags, unsubscribed } = batch;
    s.stageContacts(creates);
    staged += creates.length / CREATE_WIDTH;
    stageUpdates(updates);
    if (staged >= STAGED_PER_MOVE || changed >= STAGED_PER_MOVE) moveStaged();
    for (const merge of batch.merges) merges.push(merge);
    s.insertTags(tags);
    for (const emailKey of unsubscribed) s.suppress.run(suppressionHash(emailKey), now);
    for (const phone of batch.unsubscribedPhones) s.suppressPhone.run(phoneSuppressionHash(phone), now);
    const list = batch.events;
    for (let i = 0; i < list.length; i += EVENT_WIDTH) {
      const contactId = list[i] as string;
      const stored = storedEvent(contactId, list[i + 1], list[i + 2], list[i + 5]);
      if (stored !== undefined) {
        const outcome = list[i + 10] as EventOutcome;
        if (!movesOn(stored.outcome, outcome)) continue;
        s.recordEventChange.run(stored.id, stored.status, stored.outcome);
        s.moveEventOn.run(list[i + 7], outcome, stored.id);
        events += 1;
        continue;
      }
      s.insertEvent.run(timeOrderedId(), contactId, list[i + 1], list[i + 2], list[i + 3], list[i + 4], list[i + 5], itemsAsWritten(list[i + 6] as string | null), list[i + 7], list[i + 8], list[i + 9], list[i + 10]);
      events += 1;
    }
  };

  const finish = (last: WriteBatch, totals: ImportTotals): { events: number } => {
    apply(last);
    moveStaged();
    deferred?.restore();
    consent.audit();
    s.finishImport.run(totals.rows, totals.created, totals.updated, totals.skipped, totals.rejected, totals.erasedSkipped, events, importId);
    sqlite.exec('COMMIT');
    return { events };
  };

  const abort = (): void => {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
  };

  return { apply, finish, abort };
};
