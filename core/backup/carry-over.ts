import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { writeTransactionOn } from '../../db/open-database';
import { DatabaseNewerError, MigrationIntegrityError } from '../../db/errors';
import { runMigrations } from '../../db/run-migrations';
import { cancelPlannedFor, recordOptOut } from '../contacts/unsubscribe-contact';
import { upgradeEmailKeys } from '../contacts/upgrade-email-keys';
import { isDamage } from '../file-problems/file-problems';
import type { AuditOrigin } from '../respect/audit-log';
import { erasePerson } from '../respect/erase-contact';
import { suppressionHash } from '../respect/suppression-hash';
import { phoneSuppressionHash } from '../respect/suppression-list';
import { utcDay } from '../time-units';
import { timeOrderedId } from '../ids';
import { dedupeKey } from '../outbox/save-prepared';
import type { ProgramId } from '../../api';

type Sqlite = Database.Database;

// What a restore brought over from the database it replaced: messages that went (or may have),
// and people who said stop. Null: that database could not be read.
export type Carried = { sends: number; stops: number };

export const CARRIED_UNKNOWN_REASON = 'on hold: it may have gone before the restore, check before sending';

const DONE = `'sent', 'failed'`;
// A message of the replaced database (`r`) that went, or may have: it must never go again. That
// includes one Uncertain because an earlier restore held it (attempted_at null): it may have gone
// after that restore's backup, and the file restored now cannot know better.
const WENT = `r.state IN (${DONE}, 'sending', 'unknown')`;

// Never twice, never lost (C9): whatever a backup holds, what the database it replaces did after
// the backup was made survives the restore. `sqlite` is the restored file, migrated; `replaced` the
// copy of the database as it was (backups/…-pre-restore-….db), read through a scratch copy brought
// up to this version the same way (an older database lacks columns the statements name). Sends: a
// message that went is marked as it went (or held in Uncertain when that database did not know),
// and one missing from the backup is added, so neither the owner nor the planner sends it again.
// Stops: the suppression list, unsubscribes, open complaints, and erasures (done again, the way the
// erase action does). Null only when the replaced database cannot be opened or read; any other
// failure is thrown, and the restore stops with nothing changed: stops are never dropped quietly.
export const carryOver = (sqlite: Sqlite, replaced: string | null, origin: AuditOrigin, now: number, migrationsFolder: string): Carried | null => {
  if (replaced === null) return { sends: 0, stops: 0 };
  const scratch = join(dirname(sqlite.name), `.carry-over-${randomUUID()}.db`);
  try {
    if (!readableCopy(replaced, scratch, migrationsFolder, now)) return null;
    sqlite.prepare('ATTACH DATABASE ? AS replaced').run(scratch);
    try {
      // An erased person's rows are overwritten as they are deleted, as on the live connection.
      sqlite.pragma('secure_delete = ON');
      return writeTransactionOn(sqlite, () => {
        const stops = carryStops(sqlite, origin, now);
        return { sends: carrySends(sqlite, now), stops };
      });
    } finally {
      sqlite.prepare('DETACH DATABASE replaced').run();
    }
  } finally {
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(scratch + suffix, { force: true });
  }
};

// The kept file copied to `scratch` and migrated like any database this version opens; false when
// it cannot be opened, migrated or read whole (damaged, not a database: often why one restores).
const readableCopy = (replaced: string, scratch: string, migrationsFolder: string, now: number): boolean => {
  copyFileSync(replaced, scratch);
  if (existsSync(`${replaced}-wal`)) copyFileSync(`${replaced}-wal`, `${scratch}-wal`);
  let copy: Database.Database | null = null;
  try {
    copy = new Database(scratch, { fileMustExist: true });
    const report = runMigrations(copy, scratch, migrationsFolder, new Date(now));
    if (report.backupFile) rmSync(report.backupFile, { force: true });
    // Its email keys in the form the restored file's are in: people are matched by them.
    upgradeEmailKeys(copy, now);
    return copy.pragma('quick_check', { simple: true }) === 'ok';
  } catch (error) {
    if (isUnreadable(error)) return false;
    throw error;
  } finally {
    copy?.close();
  }
};

// What says the file itself is the trouble. A full disk, a busy or read-only folder, an I/O
// error are the machine's: the restore stops rather than carry nothing.
const isUnreadable = (error: unknown): boolean => {
  if (error instanceof DatabaseNewerError || error instanceof MigrationIntegrityError) return true;
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  // SQLITE_ERROR on a file that opened: its tables are not the ones the updates expect (a foreign file).
  return isDamage(error) || code === 'SQLITE_ERROR' || code.startsWith('SQLITE_CANTOPEN');
};

const carryStops = (sqlite: Sqlite, origin: AuditOrigin, now: number): number => {
  // Entries the restored list lacks, or has for a lesser reason than an erasure.
  const added = sqlite
    .prepare(`SELECT r.hash, r.reason, r.channel, r.created_at AS createdAt FROM replaced.suppressions r
      LEFT JOIN main.suppressions m ON m.hash = r.hash WHERE m.hash IS NULL OR (r.reason = 'erased' AND m.reason <> 'erased')`)
    .all() as { hash: string; reason: string; channel: string; createdAt: number }[];
  const insert = sqlite.prepare(`INSERT INTO main.suppressions (hash, reason, channel, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (hash) DO UPDATE SET reason = excluded.reason WHERE excluded.reason = 'erased'`);
  for (const entry of added) insert.run(entry.hash, entry.reason, entry.channel, entry.createdAt);

  const owners = ownersOf(sqlite, new Set(added.map((entry) => entry.hash)));
  const people = new Set<string>();
  // An entry that names nobody restored (a person added after the backup) is a stop of its own.
  let unnamed = 0;
  for (const entry of added) {
    const ids = owners.get(entry.hash) ?? [];
    if (ids.length === 0) unnamed += 1;
    for (const id of ids) people.add(id);
  }

  const erased = new Set<string>(sqlite
    .prepare(`SELECT DISTINCT a.contact_id FROM replaced.audit_log a JOIN main.contacts c ON c.id = a.contact_id
      WHERE a.action = 'erase' AND a.contact_id NOT IN (SELECT id FROM replaced.contacts)`)
    .pluck().all() as string[]);
  for (const entry of added) if (entry.reason === 'erased') for (const id of owners.get(entry.hash) ?? []) erased.add(id);
  for (const id of erased) {
    erasePerson(sqlite, id, origin, now);
    people.add(id);
  }

  const unsubscribed = sqlite
    .prepare(`SELECT r.id, r.unsubscribed_at AS at, m.email_key AS emailKey, m.phone FROM replaced.contacts r JOIN main.contacts m ON m.id = r.id
      WHERE r.unsubscribed_at IS NOT NULL AND m.unsubscribed_at IS NULL`)
    .all() as { id: string; at: number; emailKey: string | null; phone: string | null }[];
  for (const person of unsubscribed) {
    const evidence = `unsubscribed on ${utcDay(person.at)}, carried over when a backup was restored`;
    recordOptOut(sqlite, person.id, { ...person, unsubscribedAt: null }, { at: person.at, evidence, origin, detail: 'carried over by a restore' }, now);
    people.add(person.id);
  }
  // Someone suppressed (a bounce, a complaint) keeps nothing planned either.
  for (const id of people) if (!erased.has(id)) cancelPlannedFor(sqlite, id, 'cancelled: the person unsubscribed or is on the suppression list', now);
  return people.size + unnamed + carryComplaints(sqlite, people, now);
};

// A complaint opened after the backup stays open: review requests wait while it is. Returns the
// people it is the only stop of.
const carryComplaints = (sqlite: Sqlite, counted: Set<string>, now: number): number => {
  const opened = sqlite
    .prepare(`SELECT r.id, r.complaint_open_since AS since FROM replaced.contacts r JOIN main.contacts m ON m.id = r.id
      WHERE r.complaint_open_since IS NOT NULL AND m.complaint_open_since IS NULL`)
    .all() as { id: string; since: number }[];
  const update = sqlite.prepare('UPDATE main.contacts SET complaint_open_since = ?, updated_at = ? WHERE id = ?');
  for (const person of opened) update.run(person.since, now, person.id);
  return opened.filter((person) => !counted.has(person.id)).length;
};

// The restored contacts each hash belongs to (their address or their number).
const ownersOf = (sqlite: Sqlite, hashes: Set<string>): Map<string, string[]> => {
  const owners = new Map<string, string[]>();
  if (hashes.size === 0) return owners;
  const rows = sqlite
    .prepare('SELECT id, email_key AS emailKey, phone FROM main.contacts WHERE email_key IS NOT NULL OR phone IS NOT NULL')
    .iterate() as IterableIterator<{ id: string; emailKey: string | null; phone: string | null }>;
  for (const row of rows) {
    for (const hash of [row.emailKey ? suppressionHash(row.emailKey) : null, row.phone ? phoneSuppressionHash(row.phone) : null]) {
      if (hash && hashes.has(hash)) owners.set(hash, [...(owners.get(hash) ?? []), row.id]);
    }
  }
  return owners;
};

const columnsOf = (sqlite: Sqlite, schema: 'main' | 'replaced', table: string): string[] =>
  sqlite.prepare(`SELECT name FROM pragma_table_info(?, ?)`).pluck().all(table, schema) as string[];

// Where a message of the replaced database (`r`) lands in the restored file: the row with the key
// `key`, for the contact `contact`, and the id `id` when it is added. Its own, or (moved) the same
// person's under another contact id.
type Target = { from: string; key: string; contact: string; id: string; messageId: string };

const OWN: Target = { from: 'replaced.outbox AS r', key: 'r.dedupe_key', contact: 'r.contact_id', id: 'r.id', messageId: 'r.message_id' };
const MOVED: Target = {
  from: `json_each(@moved) AS j JOIN replaced.outbox AS r ON r.id = j.value ->> 'from'`,
  key: `j.value ->> 'key'`, contact: `j.value ->> 'contact'`, id: `j.value ->> 'id'`,
  // A Message-ID is one message's: already carried to its own contact (still in the restored file
  // under another address), the same person's row records that it went without it.
  messageId: 'CASE WHEN r.message_id IN (SELECT message_id FROM main.outbox WHERE message_id IS NOT NULL) THEN NULL ELSE r.message_id END',
};

// What went in the replaced database is what happened: it wins over the backup's row (found by the
// planner's own key), and a row the backup lacks is added for a contact it has. A row in the same
// state in both is the backup's own (holdRestoredMessages holds one left `sending`). Then the same
// for a person the restored file knows under another contact id (deleted and imported again after
// the backup): the planner and its "already sent" checks go by contact id, so the message is
// recorded for the restored contact with the same address.
const carrySends = (sqlite: Sqlite, now: number): number => {
  let carried = carryMessages(sqlite, OWN, { now });
  const moved = movedMessages(sqlite);
  if (moved.messages.length > 0) carried += carryMessages(sqlite, MOVED, { now, moved: JSON.stringify(moved.messages) });

  // The timeline's "sent" notes of those messages come too.
  const eventColumns = columnsOf(sqlite, 'main', 'contact_events').filter((column) => columnsOf(sqlite, 'replaced', 'contact_events').includes(column));
  sqlite
    .prepare(`INSERT OR IGNORE INTO main.contact_events (${eventColumns.join(', ')}) SELECT ${eventColumns.map((c) => `e.${c}`).join(', ')}
      FROM replaced.contact_events e WHERE e.source = 'outbox' AND e.contact_id IN (SELECT id FROM main.contacts)
        AND e.reference IN (SELECT message_id FROM main.outbox WHERE state IN (${DONE}) AND message_id IS NOT NULL)`)
    .run();
  // The unsubscribe address in those messages carries the person's token: an unsubscribe by that
  // link after the restore must still find them.
  sqlite
    .prepare(`INSERT OR IGNORE INTO main.unsubscribe_tokens (token, contact_id, email_hash, created_at)
      SELECT token, contact_id, email_hash, created_at FROM replaced.unsubscribe_tokens`)
    .run();
  carryMovedPeople(sqlite, eventColumns, moved.people);
  return carried;
};

const carryMessages = (sqlite: Sqlite, target: Target, params: Record<string, unknown>): number => {
  const updated = sqlite
    .prepare(`UPDATE OR IGNORE main.outbox AS m SET
        state = CASE WHEN r.state IN (${DONE}) THEN r.state ELSE 'unknown' END,
        reason = CASE WHEN r.state IN (${DONE}) THEN r.reason ELSE r.reason || '; ' || @why END,
        subject = r.subject, body_text = r.body_text, body_html = r.body_html, is_edited = r.is_edited, message_id = ${target.messageId},
        attempts = r.attempts, next_attempt_at = NULL, smtp_code = r.smtp_code, smtp_response = r.smtp_response,
        enhanced_code = r.enhanced_code, date_at = r.date_at, attempted_at = r.attempted_at, sent_at = r.sent_at, updated_at = @now
      FROM ${target.from}
      WHERE ${target.key} = m.dedupe_key AND ${WENT} AND m.state NOT IN (${DONE}) AND m.state <> r.state
        AND (r.state IN (${DONE}) OR m.state <> 'unknown')`)
    .run({ ...params, why: CARRIED_UNKNOWN_REASON }).changes;

  const shared = new Set(columnsOf(sqlite, 'replaced', 'outbox'));
  const columns = columnsOf(sqlite, 'main', 'outbox').filter((column) => shared.has(column));
  const value = (column: string): string => {
    if (column === 'state') return `CASE WHEN r.state IN (${DONE}) THEN r.state ELSE 'unknown' END`;
    if (column === 'reason') return `CASE WHEN r.state IN (${DONE}) THEN r.reason ELSE r.reason || '; ' || @why END`;
    if (column === 'next_attempt_at') return 'NULL';
    if (column === 'id') return target.id;
    if (column === 'dedupe_key') return target.key;
    if (column === 'contact_id') return target.contact;
    if (column === 'message_id') return target.messageId;
    return `r.${column}`;
  };
  const inserted = sqlite
    .prepare(`INSERT OR IGNORE INTO main.outbox (${columns.join(', ')}) SELECT ${columns.map(value).join(', ')}
      FROM ${target.from} WHERE ${WENT} AND ${target.contact} IN (SELECT id FROM main.contacts)
        AND NOT EXISTS (SELECT 1 FROM main.outbox m WHERE m.dedupe_key = ${target.key})`)
    .run({ ...params, why: CARRIED_UNKNOWN_REASON }).changes;
  return updated + inserted;
};

type Moved = { messages: { from: string; key: string; contact: string; id: string }[]; people: Map<string, string> };

// The replaced database's messages that went, or may have, to a person the restored file holds
// under another contact id: found by the address (email keys, normalised the same way in both),
// or, for someone without one (their messages are texts sent by hand), by the number, as an
// import finds them: the first contact with it. Keyed for that contact the way the planner keys
// them; the cart or order stays the anchor. Two statements, each on its own index.
const movedMessages = (sqlite: Sqlite): Moved => {
  const moved = (match: string, only: string) =>
    sqlite
      .prepare(`SELECT r.id, r.program, r.anchor, r.step, r.contact_id AS fromContact, m.id AS contact
        FROM replaced.outbox r JOIN replaced.contacts c ON c.id = r.contact_id
          JOIN main.contacts m ON ${match} AND m.id <> r.contact_id
        WHERE ${WENT} AND ${only}`)
      .all() as { id: string; program: ProgramId; anchor: string; step: number; fromContact: string; contact: string }[];
  const rows = [
    ...moved('m.email_key = c.email_key', 'c.email_key IS NOT NULL'),
    // Only for someone gone from the restored file: a number is often shared (a household, a shop).
    ...moved('m.id = (SELECT f.id FROM main.contacts f WHERE f.phone = c.phone ORDER BY f.row_id LIMIT 1)',
      'c.email_key IS NULL AND c.phone IS NOT NULL AND NOT EXISTS (SELECT 1 FROM main.contacts s WHERE s.id = r.contact_id)'),
  ];
  const taken = sqlite.prepare('SELECT 1 FROM main.outbox WHERE id = ?').pluck();
  const people = new Map<string, string>();
  const messages = rows.map((row) => {
    people.set(row.fromContact, row.contact);
    const key = dedupeKey(row.contact, { planned: { program: row.program, anchor: row.anchor, step: row.step } });
    return { from: row.id, key, contact: row.contact, id: taken.get(row.id) ? timeOrderedId() : row.id };
  });
  return { messages, people };
};

// A moved person's timeline notes of the messages carried, and their unsubscribe token, go with
// the restored contact, when their own id is not in the restored file.
const carryMovedPeople = (sqlite: Sqlite, eventColumns: string[], people: Map<string, string>): void => {
  const gone = [...people].filter(([from]) => !sqlite.prepare('SELECT 1 FROM main.contacts WHERE id = ?').get(from));
  if (gone.length === 0) return;
  const pairs = JSON.stringify(gone.map(([from, to]) => ({ from, to })));
  const value = (column: string): string => (column === 'contact_id' ? `p.value ->> 'to'` : `e.${column}`);
  sqlite
    .prepare(`INSERT OR IGNORE INTO main.contact_events (${eventColumns.join(', ')}) SELECT ${eventColumns.map(value).join(', ')}
      FROM json_each(@pairs) AS p JOIN replaced.contact_events e ON e.contact_id = p.value ->> 'from'
      WHERE e.source = 'outbox' AND e.reference IN (SELECT message_id FROM main.outbox WHERE state IN (${DONE}) AND message_id IS NOT NULL)`)
    .run({ pairs });
  sqlite
    .prepare(`UPDATE main.unsubscribe_tokens AS t SET contact_id = p.value ->> 'to' FROM json_each(@pairs) AS p WHERE t.contact_id = p.value ->> 'from'`)
    .run({ pairs });
};
