import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../boot';
import { DomainError } from '../errors';
import { commitImport, ImportCancelled } from './commit-import';
import { getImport, undoImport } from './import-history';
import { planImport, type ImportMode } from './plan-import';
import { suppressionHash } from '../respect/suppression-hash';
import { order, record } from './test-support/records';
import type { ImportRecord } from './types';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const clock = { now: () => new Date(NOW) };
const mapping = { columns: [], defaultKind: null, defaultEventType: null };
const table = { format: 'csv' as const, encoding: 'utf-8', delimiter: ',' };
const hooks = { onProgress: () => {}, isCancelled: () => false };

let dir: string;
let booted: Booted;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-import-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const sqlite = () => booted.database.sqlite;
const plan = (records: ImportRecord[], mode: ImportMode = 'update') =>
  planImport(sqlite(), records, { mode, defaultCountry: 'FR', fileName: 'clients.csv', now: NOW });
const run = (records: ImportRecord[], mode: ImportMode = 'update') =>
  commitImport(sqlite(), plan(records, mode), { fileName: 'clients.csv', table, presetId: 'generic', mapping, mode }, NOW, hooks);
const count = (sql: string): number => sqlite().prepare(sql).pluck().get() as number;
const contactByEmail = (emailKey: string) =>
  sqlite().prepare('SELECT * FROM contacts WHERE email_key = ?').get(emailKey) as Record<string, unknown> | undefined;

describe('planning an import', () => {
  it('creates new people and merges the same person twice in one file', () => {
    const result = plan([
      record({ firstName: 'Jeanne', lastName: 'Martin', email: 'Jeanne.Martin@Example.com' }),
      record({ email: '\u00a0jeanne.martin@example.COM ', company: 'Atelier Lumière', tags: ['vip'] }),
      record({ firstName: 'Paul', email: 'paul@example.com' }),
    ]);
    expect(result.counts).toMatchObject({ rows: 3, create: 2, merged: 1, reject: 0 });
    const jeanne = result.contacts[0]!.values;
    expect(jeanne).toMatchObject({ firstName: 'Jeanne', email: 'Jeanne.Martin@example.com', company: 'Atelier Lumière', tags: ['vip'] });
  });

  it('rejects a row with an invalid email and says which line and why', () => {
    const bad = record({ firstName: 'Zoé', email: 'zoe@@example.com' });
    const result = plan([bad]);
    expect(result.counts.reject).toBe(1);
    expect(result.problems[0]).toMatchObject({ line: bad.line });
    expect(result.problems[0]!.message).toContain('zoe@@example.com');
    expect(result.problems[0]).toMatchObject({ rule: 'email.invalid', params: { value: 'zoe@@example.com' } });
    expect(result.rejected[0]).toMatchObject({ rule: 'email.invalid', params: { value: 'zoe@@example.com' } });
  });

  it('rejects a row that names nobody, naming the rule', () => {
    const nobody = record({ company: 'Sans Nom SARL' });
    const result = plan([nobody]);
    expect(result.counts.reject).toBe(1);
    expect(result.problems).toEqual([
      { line: nobody.line, column: null, message: 'This row has no name, no valid email address and no valid phone number.', rule: 'import.noIdentity' },
    ]);
  });

  it('keeps a contact whose phone is wrong, without the phone, and reports it', () => {
    const row = record({ firstName: 'Lou', email: 'lou@example.com', phone: '12' });
    const result = plan([row]);
    expect(result.counts.create).toBe(1);
    expect(result.contacts[0]!.values?.phone).toBeNull();
    expect(result.problems).toContainEqual(
      expect.objectContaining({ line: row.line, column: 'phone', rule: 'import.phone.invalid', params: { value: '12', country: 'FR' } }),
    );
  });

  it('uses the country of the row, else the default country, for phones', () => {
    const result = plan([record({ email: 'a@example.com', phone: '06 12 34 56 78' }), record({ email: 'b@example.com', phone: '(212) 555-0123', country: 'US' })]);
    expect(result.contacts.map((c) => c.values?.phone)).toEqual(['+33612345678', '+12125550123']);
  });

  it('never brings back an erased or unsubscribed address', () => {
    sqlite().prepare("INSERT INTO suppressions (hash, reason, created_at) VALUES (?, 'erased', 0)").run(suppressionHash('gone@example.com'));
    sqlite().prepare("INSERT INTO suppressions (hash, reason, created_at) VALUES (?, 'unsubscribed', 0)").run(suppressionHash('left@example.com'));
    const result = plan([record({ firstName: 'Gone', email: 'Gone@Example.com' }), record({ firstName: 'Left', email: 'left@example.com' })]);
    // An erased person's row is skipped and counted apart; an unsubscribed address is refused with its reason.
    expect(result.counts).toMatchObject({ create: 0, reject: 1, erasedSkipped: 1 });
    expect(result.rejected.map((r) => r.rule)).toEqual(['import.suppressed']);
  });
});

describe('committing an import', () => {
  it('writes contacts, tags, events and the import record', () => {
    const summary = run([
      record({ firstName: 'Jeanne', email: 'jeanne@example.com', tags: ['vip'], events: [order('#1001', NOW - 86_400_000, 2500)] }),
    ]);
    expect(summary).toMatchObject({ created: 1, events: 1 });
    expect(count('SELECT count(*) FROM contact_tags')).toBe(1);
    const event = sqlite().prepare('SELECT * FROM contact_events').get() as Record<string, unknown>;
    expect(event).toMatchObject({ type: 'order', amount_minor: 2500, currency: 'EUR', reference: '#1001', source: 'import', import_id: summary.importId });
    expect(getImport(sqlite(), summary.importId)).toMatchObject({ fileName: 'clients.csv', created: 1, events: 1, undoneAt: null });
  });

  it('does not double events when the same file comes again', () => {
    const rows = () => [record({ email: 'jeanne@example.com', events: [order('#1001', NOW, 2500)] })];
    run(rows());
    const again = run(rows());
    expect(again.events).toBe(0);
    expect(count('SELECT count(*) FROM contact_events')).toBe(1);
  });

  it.each([
    ['update', 'Atelier Neuf', 'Martin-Neuf'],
    ['fill', 'Atelier Neuf', 'Martin'],
    ['skip', '', 'Martin'],
  ] as const)('mode %s: company %s, last name %s', (mode, company, lastName) => {
    run([record({ firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne@example.com' })]);
    const result = run([record({ lastName: 'Martin-Neuf', company: 'Atelier Neuf', email: 'JEANNE@example.com' })], mode);
    expect(result.created).toBe(0);
    expect(contactByEmail('jeanne@example.com')).toMatchObject({ company, last_name: lastName });
  });

  it('never turns an unsubscribed contact back into a subscribed one', () => {
    run([record({ email: 'lea@example.com', consent: { state: 'withdrawn', at: NOW - 1000 } })]);
    expect(contactByEmail('lea@example.com')).toMatchObject({ unsubscribed_at: NOW - 1000, consent_basis: null });
    expect(count('SELECT count(*) FROM suppressions')).toBe(1);
    run([record({ email: 'lea@example.com', consent: { state: 'given', at: NOW } })]);
    expect(contactByEmail('lea@example.com')).toMatchObject({ unsubscribed_at: NOW - 1000, consent_basis: null });
  });

  it('records consent with its source and date', () => {
    run([record({ email: 'max@example.com', consent: { state: 'given', at: NOW - 5000 } })]);
    expect(contactByEmail('max@example.com')).toMatchObject({ consent_basis: 'consent', consent_source: 'import clients.csv', consent_at: NOW - 5000 });
  });

  it('leaves nothing behind when cancelled', () => {
    const rows = Array.from({ length: 1200 }, (_, i) => record({ email: `p${i}@example.com` }));
    let checks = 0;
    const cancelling = { onProgress: () => {}, isCancelled: () => ++checks > 2 };
    expect(() =>
      commitImport(sqlite(), plan(rows), { fileName: 'big.csv', table, presetId: 'generic', mapping, mode: 'update' }, NOW, cancelling),
    ).toThrow(ImportCancelled);
    expect(count('SELECT count(*) FROM contacts')).toBe(0);
    expect(count('SELECT count(*) FROM imports')).toBe(0);
  });

  it('reports progress up to the total', () => {
    const seen: [number, number][] = [];
    const rows = Array.from({ length: 1100 }, (_, i) => record({ email: `p${i}@example.com` }));
    commitImport(sqlite(), plan(rows), { fileName: 'big.csv', table, presetId: 'generic', mapping, mode: 'update' }, NOW, {
      onProgress: (done, total) => seen.push([done, total]),
      isCancelled: () => false,
    });
    expect(seen.at(-1)).toEqual([1100, 1100]);
    expect(seen.length).toBeGreaterThan(2);
  });
});

describe('undoing an import', () => {
  it('removes what it created and restores what it changed, tags included', () => {
    run([record({ firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne@example.com', tags: ['fidèle'] })]);
    const second = run([
      record({ lastName: 'Dupont', email: 'jeanne@example.com', tags: ['salon'], events: [order('#7', NOW, 900)] }),
      record({ firstName: 'Nouveau', email: 'new@example.com' }),
    ]);
    expect(second).toMatchObject({ created: 1, updated: 1, events: 1 });

    const undone = undoImport({ db: booted.database.db, clock, events: booted.events }, second.importId);
    expect(undone.undoneAt).not.toBeNull();
    expect(contactByEmail('new@example.com')).toBeUndefined();
    expect(contactByEmail('jeanne@example.com')).toMatchObject({ last_name: 'Martin' });
    const tags = sqlite().prepare("SELECT tag FROM contact_tags ORDER BY tag").pluck().all();
    expect(tags).toEqual(['fidèle']);
    expect(count('SELECT count(*) FROM contact_events')).toBe(0);
    expect(() => undoImport({ db: booted.database.db, clock, events: booted.events }, second.importId)).toThrow(DomainError);
  });
});
