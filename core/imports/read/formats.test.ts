import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../types';
import { readTable } from './read-table';

// The export formats in shared/fixtures/formats read with no problem and the vendor's own
// header row. (outlook/outlook-desktop-field-names.txt is a commented list of field names, one
// per line, not a table, so it is not read here; vCard has its own test.)
const read = (path: string) =>
  readTable(new Uint8Array(readFileSync(new URL(`../../../../shared/fixtures/formats/${path}`, import.meta.url))), path.split('/').pop()!);

const cell = (table: ParsedTable, rowIndex: number, header: string): string => table.rows[rowIndex]!.cells[table.headers.indexOf(header)]!;

type Case = { path: string; encoding: string; width: number; first: string[]; rows: number };

const cases: Case[] = [
  { path: 'google-contacts/google-csv.csv', encoding: 'utf-8-bom', width: 48, first: ['First Name', 'Middle Name', 'Last Name'], rows: 5 },
  { path: 'google-contacts/google-csv-legacy.csv', encoding: 'utf-8', width: 81, first: ['Name', 'Given Name', 'Additional Name'], rows: 3 },
  { path: 'outlook/outlook-com-export.csv', encoding: 'utf-8', width: 61, first: ['First Name', 'Middle Name', 'Last Name', 'Title'], rows: 4 },
  { path: 'outlook/google-outlook-csv.csv', encoding: 'utf-8', width: 67, first: ['First Name', 'Middle Name', 'Last Name', 'Title'], rows: 4 },
  { path: 'shopify/customers_export.csv', encoding: 'utf-8', width: 20, first: ['Customer ID', 'First Name', 'Last Name', 'Email'], rows: 4 },
  { path: 'shopify/customers_export_legacy.csv', encoding: 'utf-8', width: 19, first: ['First Name', 'Last Name', 'Email', 'Company'], rows: 3 },
  { path: 'shopify/orders_export.csv', encoding: 'utf-8', width: 79, first: ['Name', 'Email', 'Financial Status', 'Paid at'], rows: 3 },
  {
    path: 'mailchimp/subscribed_members_export_a1b2c3d4e5.csv',
    encoding: 'utf-8',
    width: 23,
    first: ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number'],
    rows: 3,
  },
];

describe('export formats', () => {
  it.each(cases)('$path reads cleanly with its header row', async ({ path, encoding, width, first, rows }) => {
    const table = await read(path);
    expect(table).toMatchObject({ format: 'csv', encoding, delimiter: ',', problems: [] });
    expect(table.headers).toHaveLength(width);
    expect(table.headers.slice(0, first.length)).toEqual(first);
    expect(table.rows).toHaveLength(rows);
    for (const row of table.rows) expect(row.cells).toHaveLength(width);
  });

  it('Google CSV: multi-values with ::: and multi-line addresses stay in their cells', async () => {
    const table = await read('google-contacts/google-csv.csv');
    expect(table.rows.map((row) => row.line)).toEqual([2, 8, 11, 14, 19]);
    expect(cell(table, 0, 'Labels')).toBe('VIP ::: Donatrice ::: * myContacts ::: * starred');
    expect(cell(table, 0, 'Address 1 - Formatted')).toBe('12 rue de la Paix\nBâtiment B, 3ᵉ étage\n75002 Paris\nFrance');
    expect(cell(table, 2, 'Phone 1 - Value')).toBe('+41 79 123 45 67 ::: +41 22 555 01 23');
    expect(cell(table, 1, 'Birthday')).toBe('--05-21');
  });

  it('Outlook: the last column (Notes) keeps its line break', async () => {
    const table = await read('outlook/outlook-com-export.csv');
    expect(table.headers.at(-1)).toBe('Notes');
    expect(cell(table, 0, 'Notes')).toBe('Allergique aux noix.\nPréfère être appelée le matin ; jamais le dimanche.');
    expect(cell(table, 2, 'Company')).toBe('Żółw Software Sàrl');
  });

  it("Shopify: the apostrophe Excel-guards (\"'+33612345678\") are left for the mapping", async () => {
    const table = await read('shopify/customers_export.csv');
    expect(cell(table, 0, 'Phone')).toBe("'+33612345678");
    expect(cell(table, 2, 'Default Address Company')).toBe('Acme "Widgets" Inc.');
    const orders = await read('shopify/orders_export.csv');
    expect(cell(orders, 1, 'Lineitem name')).toBe('Carte cadeau 20 €');
    expect(cell(orders, 2, 'Lineitem name')).toBe('Widget, "Deluxe" edition');
  });

  it('Mailchimp: quoted tags with doubled quotes', async () => {
    const table = await read('mailchimp/subscribed_members_export_a1b2c3d4e5.csv');
    expect(cell(table, 0, 'TAGS')).toBe('"VIP","Donatrice"');
    expect(cell(table, 1, 'TAGS')).toBe('"Bénévole","Newsletter, FR"');
  });
});
