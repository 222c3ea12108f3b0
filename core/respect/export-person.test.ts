import { describe, expect, it } from 'vitest';
import type { PersonExport } from '../../api';
import { callThrough, domainErrorOf, useTempCore } from '../test-support/temp-core';
import { suppressionHash } from './suppression-hash';
import { NOT_PERSONAL_TABLES, PERSONAL_TABLES } from './person-rows';
import { PERSON, seedPerson } from './test-support/seed-person';
import { phoneSuppressionHash } from './suppression-list';

const NOW = Date.parse('2026-12-01T10:00:00Z');
const booted = useTempCore('export-person', { now: () => new Date(NOW) });
const call = callThrough(booted);
const sqlite = () => booted().database.sqlite;

// The section of the export that holds each personal table's rows.
const SECTION: Record<(typeof PERSONAL_TABLES)[number], keyof PersonExport> = {
  contacts: 'contact',
  contact_tags: 'tags',
  consent_changes: 'consentHistory',
  contact_events: 'timeline',
  outbox: 'messages',
  unsubscribe_tokens: 'unsubscribeTokens',
  suppressions: 'suppressions',
  delivery_failures: 'deliveryFailures',
  import_changes: 'imports',
  bulk_edit_changes: 'bulkEdits',
  audit_log: 'auditLog',
};

// The person's rows in a table, found by contact id or by the hash of their address or number.
const rowsAbout = (table: string, id: string): number => {
  const columns = (sqlite().prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]);
  const hashes = [suppressionHash(PERSON.emailKey), phoneSuppressionHash(PERSON.phone)];
  const where = [
    ...(columns.includes('contact_id') ? ['contact_id = ?'] : []),
    ...(table === 'contacts' ? ['id = ?'] : []),
    ...columns.filter((c) => c === 'hash' || c.endsWith('_hash')).map((c) => `${c} IN (?, ?)`),
  ];
  const params = where.flatMap((w) => (w.includes('IN') ? hashes : [id]));
  return sqlite().prepare(`SELECT count(*) FROM "${table}" WHERE ${where.join(' OR ')}`).pluck().get(...params) as number;
};

// Tables that may hold something of one person: a contact id or a hash column.
const tablesAboutPeople = (): string[] =>
  (sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%' ORDER BY name").pluck().all() as string[]).filter(
    (table) => {
      const columns = sqlite().prepare('SELECT name FROM pragma_table_info(?)').pluck().all(table) as string[];
      return table === 'contacts' || columns.some((c) => c === 'contact_id' || c === 'hash' || c.endsWith('_hash'));
    },
  );

describe('exporting one person', () => {
  it('knows every table that holds something about a person, so a new table is exported or said not personal', () => {
    const found = tablesAboutPeople();
    expect(found.length).toBeGreaterThanOrEqual(PERSONAL_TABLES.length);
    const unclassified = found.filter((t) => !(PERSONAL_TABLES as readonly string[]).includes(t) && !(t in NOT_PERSONAL_TABLES));
    expect(unclassified).toEqual([]);
  });

  it('holds every row of every personal table about them, and records the export in the audit log', async () => {
    const id = await seedPerson(booted(), NOW);
    const doc = await call('contacts.exportPerson', { id });

    for (const table of PERSONAL_TABLES) {
      const inDatabase = rowsAbout(table, id);
      // The seed touches every table, so an empty one means the seed or this test is wrong.
      expect(inDatabase, table).toBeGreaterThan(0);
      const section = doc[SECTION[table]];
      const exported = Array.isArray(section) ? section.length : 1;
      expect(exported, table).toBe(inDatabase);
    }
    expect(doc.contact).toMatchObject({ id, firstName: PERSON.firstName, lastName: PERSON.lastName, email: PERSON.email, phone: PERSON.phone, createdAt: expect.stringMatching(/^2026-12-01T/) });
    expect(doc.tags).toEqual(['atelier']);
    expect(doc.messages[0]).toMatchObject({ subject: PERSON.subject, bodyText: expect.stringContaining(PERSON.note) });
    expect(doc.timeline.map((e) => e['type']).sort()).toEqual(['note', 'order']);
    expect(doc.suppressions).toEqual([expect.objectContaining({ reason: 'unsubscribed', channel: 'phone' })]);
    expect(doc.deliveryFailures[0]).toMatchObject({ reason: 'mailbox full', isSenderSide: false });
    expect(doc.imports.map((i) => [i['fileName'], i['action']])).toEqual([
      ['premiers-clients.csv', 'created'],
      ['clients-2026.csv', 'updated'],
    ]);
    expect(doc.imports[1]!['before']).toMatchObject({ firstName: 'Zeph' });
    expect(doc.auditLog.map((a) => a['action'])).toEqual(['consent', 'export']);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('says a contact that is not there was not found', async () => {
    const error = await domainErrorOf(() => call('contacts.exportPerson', { id: 'nobody' }));
    expect(error.code).toBe('NOT_FOUND');
  });
});
