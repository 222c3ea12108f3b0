import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useTempCore } from '../test-support/temp-core';

// WooCommerce Analytics' orders export names each customer by full name only. Each order goes
// to the one contact with exactly that name, else to a contact known by that name only, which
// the next import of the same file finds again: nothing is created or added twice. And the dry
// run announces exactly what the import then does. Real core, real SQLite file.

const T = Date.UTC(2026, 11, 1, 9);
const boot = useTempCore('name-only-orders', { now: () => new Date(T) });

const ordersFile = readFileSync(new URL('./map/test-fixtures/woocommerce-analytics-orders.csv', import.meta.url));

const run = (fileName: string, bytes: Uint8Array, isDryRun: boolean) => {
  const staged = boot().stageFile(fileName, bytes);
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, isDryRun);
};
const csv = (lines: string[]): Uint8Array => new TextEncoder().encode(lines.join('\r\n'));

// The preview's counts and the import's, side by side, for the same file.
const previewThenImport = async (fileName: string, bytes: Uint8Array) => {
  const { preview } = await run(fileName, bytes, true);
  const { commit } = await run(fileName, bytes, false);
  const { create, update, skip, reject, events } = preview.counts;
  return { announced: { created: create, updated: update, skipped: skip, rejected: reject, events }, done: commit! };
};

const sqlite = () => boot().database.sqlite;
const contactsNamed = (first: string, last: string) =>
  sqlite().prepare('SELECT id, email FROM contacts WHERE first_name = ? AND last_name = ? ORDER BY row_id').all(first, last) as { id: string; email: string | null }[];
const ordersOf = (contactId: string) =>
  sqlite().prepare("SELECT reference FROM contact_events WHERE contact_id = ? AND type = 'order' ORDER BY reference").pluck().all(contactId) as string[];
const count = (table: string) => sqlite().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('an orders export that names customers by name only', () => {
  it('attaches orders by exact name, once, however often the file is imported', async () => {
    await run('clients.csv', csv(['Email,First name,Last name', 'jeanne.moreau@example.com,Jeanne,Moreau', 'tom.baker@example.com,Tom,Baker', 'thomas.baker@example.com,Tom,Baker']), false);

    const first = await previewThenImport('wc-orders-report-export.csv', ordersFile);
    expect(first.done).toMatchObject(first.announced);
    // Lucie is new; the two Tom Bakers with addresses cannot be told apart: a third, by name only.
    expect(first.done).toMatchObject({ created: 2, rejected: 0, events: 4 });

    const [jeanne] = contactsNamed('Jeanne', 'Moreau');
    expect(ordersOf(jeanne!.id)).toEqual(['1040', '1042']);
    const toms = contactsNamed('Tom', 'Baker');
    expect(toms.map((tom) => tom.email)).toEqual(['tom.baker@example.com', 'thomas.baker@example.com', null]);
    expect(ordersOf(toms[2]!.id)).toEqual(['1041']);
    const [lucie] = contactsNamed('Lucie', 'Fontaine');
    expect(lucie!.email).toBeNull();
    expect(ordersOf(lucie!.id)).toEqual(['1039']);

    const contacts = count('contacts');
    const events = count('contact_events');
    const again = await previewThenImport('wc-orders-report-export.csv', ordersFile);
    expect(again.done).toMatchObject(again.announced);
    expect(again.done).toMatchObject({ created: 0, events: 0 });
    expect([count('contacts'), count('contact_events')]).toEqual([contacts, events]);
  });
});

describe('a dry run and the import of the same file', () => {
  it('report the same counts when the file repeats an order under another key of the person', async () => {
    await run('people.csv', csv(['Email,Phone,First name', 'ann@example.com,+33 6 12 34 56 78,Ann']), false);
    const file = csv([
      'Email,Phone,Order,Amount,Date',
      'ann@example.com,,A-7,"12,50",2026-11-02',
      ',+33 6 12 34 56 78,A-7,"12,50",2026-11-02',
      'ann@example.com,,A-8,"20,00",2026-11-03',
      'ann@example.com,,A-8,,2026-11-03',
      'bob@example.com,,B-1,"5,00",2026-11-04',
      ',06 98 76 54 32,C-1,"9,00",2026-11-05',
      ',06 98 76 54 32,C-1,"9,00",2026-11-05',
    ]);
    const first = await previewThenImport('orders.csv', file);
    expect(first.done).toMatchObject(first.announced);
    expect(first.done.events).toBe(4);
    expect(count('contact_events')).toBe(4);

    const again = await previewThenImport('orders.csv', file);
    expect(again.done).toMatchObject(again.announced);
    expect(again.done.events).toBe(0);
    expect(count('contact_events')).toBe(4);
  });
});
