import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callThrough, useTempCore } from '../test-support/temp-core';

// Importing a file again, a day later, into the database it made: every row says what is stored
// already, so nothing is "updated", nothing is written and nothing is left to undo. A file that
// really changes one contact updates that one, and undoing it puts them back. Real core, real
// SQLite file; the clock moves between imports, as it does for a person (a "yes" without a date
// is recorded at the import's time, which is where it went wrong: plan-import.ts toValues).

const T = Date.UTC(2026, 10, 25, 10);
const DAY = 24 * 60 * 60 * 1000;
let now = T;
const boot = useTempCore('reimport-unchanged', { now: () => new Date(now) });
const call = callThrough(boot);

const HEADER = 'contact_id,email,first_name,last_name,phone,company,street,postal_code,city,region,country,language,tags,email_consent,created_at,notes';
const ROWS = [
  'C01,jeanne.martin@example.com,Jeanne,Martin,06 12 34 56 78,Atelier Lumière,3 rue des Lilas,69001,Lyon,,FR,fr,VIP;Parrain/Marraine,yes,2024-09-04T16:15:15Z,Rappeler  lundi',
  'C02,amelie.desmet@example.org,Amélie,De Smet,0470/30.32.31,,15 Rue Neuve,4000,Liège,,BE,nl,,yes,2023-02-19T19:02:37Z,',
  'C03,mkgarcia@example.net,Mary-Kate,García,1-312-555-0170,,85 Elm Street,78701,Austin,TX,US,en,À relancer,no,2023-04-04T19:28:43Z,Adresse de facturation ≠ livraison.',
  'C04,,Paul,Durand,+33 7 81 23 45 67,,,,,,FR,fr,,yes,,',
  // The same person again, by another case of their address: one contact, this row filling gaps.
  'C01,Jeanne.Martin@Example.COM,,,,,,,,,,,Newsletter,,,',
];
const contactsFile = (rows: readonly string[]): Uint8Array => new TextEncoder().encode([HEADER, ...rows].join('\r\n'));

const run = async (fileName: string, bytes: Uint8Array, isDryRun: boolean) => {
  const staged = boot().stageFile(fileName, bytes);
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, isDryRun);
};
// What the dry run says, then what the import did: they must agree.
const dryRunThenImport = async (fileName: string, bytes: Uint8Array) => {
  const { preview } = await run(fileName, bytes, true);
  const { commit } = await run(fileName, bytes, false);
  expect(preview.counts).toMatchObject({ create: commit!.created, update: commit!.updated, skip: commit!.skipped });
  return { counts: preview.counts, importId: commit!.importId };
};

const sqlite = () => boot().database.sqlite;
const all = (sql: string) => sqlite().prepare(sql).all();
const count = (sql: string, ...params: unknown[]) => sqlite().prepare(sql).pluck().get(...params) as number;
// Everything an import may write about people.
const stored = () => ({
  contacts: all('SELECT * FROM contacts ORDER BY id'),
  tags: all('SELECT * FROM contact_tags ORDER BY contact_id, tag'),
  events: all('SELECT * FROM contact_events ORDER BY id'),
  consentChanges: count('SELECT count(*) FROM consent_changes'),
});
const undoRecords = (importId: string) => count('SELECT count(*) FROM import_changes WHERE import_id = ?', importId);
const withoutUpdatedAt = (rows: unknown[]) => rows.map((row) => ({ ...(row as Record<string, unknown>), updated_at: null }));

describe('importing the same file again', () => {
  it('updates nobody, writes nothing and leaves nothing to undo', async () => {
    now = T;
    const first = await dryRunThenImport('contacts.csv', contactsFile(ROWS));
    expect(first.counts).toMatchObject({ create: 4, update: 0, merged: 1 });
    const before = stored();

    now = T + DAY;
    const again = await dryRunThenImport('contacts.csv', contactsFile(ROWS));
    expect(again.counts).toMatchObject({ create: 0, update: 0, skip: 4, merged: 1, reject: 0 });
    expect(stored()).toEqual(before);
    expect(undoRecords(again.importId)).toBe(0);
  });

  it('updates exactly the contact whose values changed, and undo puts them back', async () => {
    now = T;
    await dryRunThenImport('contacts.csv', contactsFile(ROWS));
    const before = stored();

    now = T + DAY;
    const changed = ROWS.map((row) => row.replace('Atelier Lumière', 'Atelier Lumière & Fils'));
    const second = await dryRunThenImport('contacts.csv', contactsFile(changed));
    expect(second.counts).toMatchObject({ create: 0, update: 1, skip: 3 });
    expect(undoRecords(second.importId)).toBe(1);
    const jeanne = sqlite().prepare("SELECT company, consent_at FROM contacts WHERE email_key = 'jeanne.martin@example.com'").get();
    // Her consent stays as first recorded: the file still gives it no date.
    expect(jeanne).toEqual({ company: 'Atelier Lumière & Fils', consent_at: T });

    now = T + 2 * DAY;
    await call('imports.undo', { id: second.importId });
    const after = stored();
    expect(withoutUpdatedAt(after.contacts)).toEqual(withoutUpdatedAt(before.contacts));
    expect(after.tags).toEqual(before.tags);
  });

  it('takes a consent date the file now gives, or a new tag, as a change', async () => {
    now = T;
    await dryRunThenImport('contacts.csv', contactsFile(ROWS));
    now = T + DAY;
    const consentFile = new TextEncoder().encode(['email,accepts_marketing,consent_date', 'amelie.desmet@example.org,yes,2022-05-01T08:00:00Z'].join('\r\n'));
    const dated = await dryRunThenImport('consents.csv', consentFile);
    expect(dated.counts).toMatchObject({ update: 1 });
    expect(count("SELECT consent_at FROM contacts WHERE email_key = 'amelie.desmet@example.org'")).toBe(Date.UTC(2022, 4, 1, 8));

    // A tag already there in another case is the same tag; a new one is a change.
    const tagsFile = (tags: string) => new TextEncoder().encode(['email,tags', `jeanne.martin@example.com,${tags}`].join('\r\n'));
    expect((await dryRunThenImport('tags.csv', tagsFile('vip;NEWSLETTER'))).counts).toMatchObject({ update: 0, skip: 1 });
    expect((await dryRunThenImport('tags.csv', tagsFile('vip;Salon 2026'))).counts).toMatchObject({ update: 1 });
  });

  it('keeps the consent first recorded when another file says "yes" again without a date', async () => {
    now = T;
    await dryRunThenImport('contacts.csv', contactsFile(ROWS));
    const before = stored();
    now = T + DAY;
    const again = await dryRunThenImport('contacts (1).csv', contactsFile(ROWS));
    expect(again.counts).toMatchObject({ update: 0, skip: 4 });
    expect(stored()).toEqual(before);
  });
});

// Exports of the tools the presets recognise, each imported twice a day apart.
const SHARED = '../shared/fixtures/formats';
const PRESETS = 'core/imports/map/test-fixtures';
const exportsOf = [
  `${SHARED}/shopify/customers_export.csv`,
  `${SHARED}/shopify/customers_export_legacy.csv`,
  `${SHARED}/shopify/orders_export.csv`,
  `${SHARED}/mailchimp/subscribed_members_export_a1b2c3d4e5.csv`,
  `${SHARED}/google-contacts/google-csv.csv`,
  `${SHARED}/outlook/outlook-com-export.csv`,
  `${SHARED}/vcard/vcard-4.0.vcf`,
  `${PRESETS}/woocommerce-customers.csv`,
  `${PRESETS}/woocommerce-orders.csv`,
  `${PRESETS}/helloasso-paiements.csv`,
  `${PRESETS}/helloasso-participants.csv`,
  `${PRESETS}/brevo-contacts.csv`,
  `${PRESETS}/hubspot-contacts.csv`,
  `${PRESETS}/stripe-customers.csv`,
  `${PRESETS}/paypal-activity.csv`,
  `${PRESETS}/donorbox-donations.json`,
];

describe('importing an export again', () => {
  it.each(exportsOf)('changes nothing the second time: %s', async (path) => {
    const bytes = new Uint8Array(readFileSync(path));
    now = T;
    const first = await dryRunThenImport(basename(path), bytes);
    expect(first.counts.create).toBeGreaterThan(0);
    const before = stored();

    now = T + DAY;
    const again = await dryRunThenImport(basename(path), bytes);
    expect(again.counts).toMatchObject({ create: 0, update: 0, events: 0 });
    expect(stored()).toEqual(before);
    expect(undoRecords(again.importId)).toBe(0);
  });
});
