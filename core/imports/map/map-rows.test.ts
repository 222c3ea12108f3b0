import { describe, expect, it } from 'vitest';
import type { ImportField, Mapping } from '../types';
import { detectPreset } from './detect-preset';
import { mapRows, mapTable } from './map-rows';
import { table } from './test-support/table';

const now = new Date('2026-11-25T12:00:00Z');
const options = { fileName: 'contacts.csv', now };
const mapping = (columns: ImportField[], defaults: Partial<Mapping> = {}): Mapping => ({ columns, defaultKind: null, defaultEventType: null, ...defaults });

describe('contact fields', () => {
  it('trims every cell, NBSP and TAB included, and writes names in NFC', () => {
    const t = table(['First', 'Last', 'Email', 'Company'], [['\u00a0Che\u0301rie\t', ' Dupré  ', ' a@example.com\u00a0', '\tAtelier   Exemple ']]);
    const [record] = mapRows(t, mapping(['firstName', 'lastName', 'email', 'company']), options);
    expect(record).toMatchObject({ firstName: 'Chérie', lastName: 'Dupré', email: 'a@example.com', company: 'Atelier Exemple' });
    expect(record!.firstName).toBe('Ch\u00e9rie');
  });

  it('splits a full name only when there is no first or last name', () => {
    const t = table(['Name', 'First'], [['DUPONT Jean', ''], ['Hélène Dupré', 'Léna']]);
    const records = mapRows(t, mapping(['fullName', 'firstName']), options);
    expect(records.map((record) => [record.firstName, record.lastName])).toEqual([
      ['Jean', 'DUPONT'],
      ['Léna', ''],
    ]);
  });

  it('takes the first non-empty email and phone as the main ones and keeps the others', () => {
    const t = table(['E1', 'E2', 'E3', 'P1', 'P2'], [['', 'b@example.com ::: c@example.com', 'B@example.com', '', "'+33612345678"]]);
    const [record] = mapRows(t, mapping(['email', 'email2', 'email2', 'phone', 'phone2']), options);
    expect(record).toMatchObject({ email: 'b@example.com', extraEmails: ['c@example.com'], phone: '+33612345678', extraPhones: [] });
  });

  it('gathers tags from every tag column without repeats', () => {
    const t = table(['Tags', 'Groups'], [['VIP, Gala; vip', 'Gala ::: * myContacts ::: Bénévole']]);
    expect(mapRows(t, mapping(['tags', 'tags']), options)[0]!.tags).toEqual(['VIP', 'Gala', 'Bénévole']);
  });

  it('reads kind, language and country, and uses the file’s kind when a row says none', () => {
    const t = table(['Kind', 'Lang', 'Country'], [['Donatrice', 'Français', 'Belgique'], ['', 'en-GB', 'uk']]);
    const records = mapRows(t, mapping(['kind', 'language', 'country'], { defaultKind: 'customer' }), options);
    expect(records.map((record) => [record.kind, record.language, record.country])).toEqual([
      ['donor', 'fr', 'BE'],
      ['customer', 'en', 'GB'],
    ]);
  });

  it('ignores year-less birthdays without a problem (birthdays are not stored yet)', () => {
    const t = table(['Email', 'Birthday', 'Date de naissance'], [['a@example.com', '--05-21', '03/12']]);
    const match = detectPreset(t.headers);
    expect(match.mapping.columns).toEqual(['email', 'ignore', 'ignore']);
    expect(mapRows(t, match.mapping, options)[0]!.problems).toEqual([]);
  });

  it('joins several notes columns, keeping their line breaks', () => {
    const t = table(['Notes', 'Commentaire'], [['Ligne 1\nLigne 2', 'Autre']]);
    expect(mapRows(t, mapping(['notes', 'notes']), options)[0]!.notes).toBe('Ligne 1\nLigne 2\nAutre');
  });
});

describe('problems', () => {
  it('reports an invalid date with its line and column and leaves the field empty', () => {
    const t = table(['Email', 'Inscrit le'], [['a@example.com', '31/02/2024'], ['b@example.com', '13/02/2024']]);
    const records = mapRows(t, mapping(['email', 'createdAt']), options);
    expect(records[0]).toMatchObject({
      createdAt: null,
      problems: [{ line: 2, column: 'Inscrit le', message: '“31/02/2024” is not a date.', rule: 'import.notADate', params: { value: '31/02/2024' } }],
    });
    // Contact dates without a time are read at noon (read-cell.ts).
    expect(records[1]).toMatchObject({ createdAt: Date.UTC(2024, 1, 13, 12), problems: [] });
  });

  it('reports an invalid amount and keeps the event without it', () => {
    const t = table(['Email', 'Date', 'Montant'], [['a@example.com', '2024-02-01', 'douze euros']]);
    const [record] = mapRows(t, mapping(['email', 'event.date', 'event.amount'], { defaultEventType: 'donation' }), options);
    expect(record!.problems).toEqual([
      { line: 2, column: 'Montant', message: '“douze euros” is not an amount.', rule: 'import.notAnAmount', params: { value: 'douze euros' } },
    ]);
    expect(record!.events).toEqual([{ type: 'donation', occurredAt: Date.UTC(2024, 1, 1), dateOnly: true, amountMinor: null, currency: null, reference: null, items: [], status: null, link: null }]);
  });

  it('reports unknown countries, languages, kinds, currencies and consent answers', () => {
    const t = table(['Country', 'Lang', 'Kind', 'Currency', 'Opt-in', 'Amount', 'Date'], [['Narnia', 'Klingon', 'martian', 'XYZ', 'perhaps', '5', '2024-01-01']]);
    const [record] = mapRows(t, mapping(['country', 'language', 'kind', 'event.currency', 'consent', 'event.amount', 'event.date'], { defaultEventType: 'order' }), options);
    expect(record).toMatchObject({ country: null, language: null, kind: null, consent: null });
    expect(record!.problems.map((problem) => [problem.line, problem.column, problem.message])).toEqual([
      [2, 'Country', '“Narnia” is not a country we recognise.'],
      [2, 'Lang', '“Klingon” is not a language we recognise.'],
      [2, 'Kind', '“martian” is not a kind of contact (customer, donor or prospect).'],
      [2, 'Currency', '“XYZ” is not a currency code such as EUR or USD.'],
      [2, 'Opt-in', '“perhaps” does not say yes or no to marketing emails.'],
    ]);
    expect(record!.events[0]).toMatchObject({ amountMinor: 500, currency: null });
  });

  it('reports an event with no type, an unknown type, or no date, and adds none of them', () => {
    const t = table(['Type', 'Date', 'Amount'], [['', '2024-01-01', '5'], ['cadeau surprise', '2024-01-01', '5'], ['order', '', '5']]);
    const records = mapRows(t, mapping(['event.type', 'event.date', 'event.amount']), options);
    expect(records.map((record) => record.events)).toEqual([[], [], []]);
    expect(records.map((record) => record.problems.map((problem) => problem.column))).toEqual([[null], ['Type'], ['Date']]);
    expect(records[2]!.problems[0]!.message).toBe('This order has no date, so it was not added to the timeline.');
  });

  it('never throws: short rows, a mapping longer than the header, odd values', () => {
    const t = table(['Email', 'Date'], [['a@example.com'], ['', '', 'extra']]);
    t.rows.push({ line: 9, cells: [] });
    expect(() => mapRows(t, mapping(['email', 'event.date', 'event.amount']), options)).not.toThrow();
  });
});

describe('rows', () => {
  it('skips rows of empty cells and keeps rows that only hold ignored columns', () => {
    const t = table(['Email', 'City'], [[' ', ''], ['', 'Paris'], ['a@example.com', '']]);
    expect(mapRows(t, mapping(['email', 'ignore']), options).map((record) => record.line)).toEqual([3, 4]);
  });
});

describe('consent', () => {
  const columns = mapping(['email', 'consent', 'consentDate']);

  it('dates a given consent from the consent date column', () => {
    const t = table(['Email', 'Newsletter', 'Date consentement'], [['a@example.com', 'oui', '2024-03-01 10:00:00'], ['b@example.com', 'unsubscribed', '2024-03-01']]);
    // Only an explicit opt-out word withdraws consent.
    expect(mapRows(t, columns, options).map((record) => record.consent)).toEqual([
      { state: 'given', at: Date.UTC(2024, 2, 1, 10) },
      { state: 'withdrawn', at: null },
    ]);
  });

  it('reads a “non” as nothing said, and the date beside it as no consent', () => {
    const t = table(['Email', 'Newsletter', 'Date consentement'], [['b@example.com', 'non', '2024-03-01']]);
    // "non" is an unticked opt-in box, not an unsubscribe: withdrawing would put the person on the
    // permanent suppression list and stop the soft opt-in mail allowed to existing customers. But
    // the person did not say yes either, so a date beside the "non" gives no consent.
    expect(mapRows(t, columns, options)[0]!.consent).toBeNull();
  });

  it('takes a consent date alone as consent given, except in a file of people who left', () => {
    const t = table(['Email', 'CONFIRM_TIME'], [['a@example.com', '2024-03-01 10:00:00']]);
    const m = mapping(['email', 'consentDate']);
    expect(mapRows(t, m, options)[0]!.consent).toEqual({ state: 'given', at: Date.UTC(2024, 2, 1, 10) });
    expect(mapRows(t, m, { fileName: 'unsubscribed_members_export_1.csv', now })[0]!.consent).toBeNull();
  });

  it('lets an unsubscribe outweigh a subscription, dated when the file says when', () => {
    const t = table(['Email', 'CONFIRM_TIME', 'UNSUB_TIME'], [['a@example.com', '2021-01-01 10:00:00', '2024-05-06 07:08:09']]);
    const [record] = mapRows(t, mapping(['email', 'consentDate', 'consent']), options);
    expect(record!.consent).toEqual({ state: 'withdrawn', at: Date.UTC(2024, 4, 6, 7, 8, 9) });
  });
});

describe('events', () => {
  it('reads an abandoned cart with its link and status', () => {
    const t = table(['Email', 'Type', 'Date', 'Total', 'Devise', 'Panier', 'Lien', 'Statut'], [
      ['a@example.com', 'Panier abandonné', '2026-11-20T10:00:00Z', '42,00', 'EUR', '2× Bougie', 'https://shop.example/cart/1', 'abandoned'],
    ]);
    const [record] = mapRows(t, mapping(['email', 'event.type', 'event.date', 'event.amount', 'event.currency', 'event.items', 'event.link', 'event.status']), options);
    expect(record!.events).toEqual([
      { type: 'abandoned_cart', occurredAt: Date.UTC(2026, 10, 20, 10), dateOnly: false, amountMinor: 4200, currency: 'EUR', reference: null, items: [{ name: 'Bougie', quantity: 2 }], status: 'abandoned', link: 'https://shop.example/cart/1' },
    ]);
  });

  it('adds a delivery event with the same reference when the row has a delivery date', () => {
    const t = table(['Email', 'Order', 'Date', 'Delivered'], [['a@example.com', 'A-1', '2026-01-02', '2026-01-05']]);
    const [record] = mapRows(t, mapping(['email', 'event.reference', 'event.date', 'event.deliveredAt'], { defaultEventType: 'order' }), options);
    expect(record!.events.map((event) => [event.type, event.reference, event.occurredAt])).toEqual([
      ['order', 'A-1', Date.UTC(2026, 0, 2)],
      // A delivery is an instant: noon of the day when the file gives no time.
      ['delivery', 'A-1', Date.UTC(2026, 0, 5, 12)],
    ]);
  });

  it('reads every date with the order the whole file decides, even when the deciding value comes last', () => {
    const dates = ['03/04/2024', '05/06/2024', ' 07/08/2024', '2024-09-10', '25/12/2024'];
    const t = table(['Email', 'Date', 'Signed up'], dates.map((date, i) => [`p${i}@example.com`, date, i === 1 ? '11/10/2023' : '']));
    const rows = { ...t, rows: t.rows[Symbol.iterator]() };
    const mapped = mapTable(rows, mapping(['email', 'event.date', 'createdAt'], { defaultEventType: 'order' }), options);
    expect(mapped.dateOrder).toMatchObject({ order: 'dmy', basis: 'values' });
    expect(mapped.records.map((record) => new Date(record.events[0]!.occurredAt).toISOString().slice(0, 10))).toEqual([
      '2024-04-03',
      '2024-06-05',
      '2024-08-07',
      '2024-09-10',
      '2024-12-25',
    ]);
    expect(mapped.records[1]!.createdAt).toBe(Date.UTC(2023, 9, 11, 12));
    expect(mapped.records.flatMap((record) => record.problems)).toEqual([]);
  });

  it('reports a date that does not fit the order decided later in the file, once', () => {
    const t = table(['Email', 'Date'], [['a@example.com', '12/31/2024'], ['b@example.com', '13/01/2024'], ['c@example.com', '14/01/2024']]);
    const mapped = mapTable(t, mapping(['email', 'event.date'], { defaultEventType: 'order' }), options);
    expect(mapped.dateOrder.order).toBe('dmy');
    expect(mapped.records[0]!.events).toEqual([]);
    expect(mapped.records[0]!.problems.map((problem) => problem.rule)).toEqual(['import.notADate', 'import.noDate.order']);
    expect(mapped.records[2]!.events[0]!.occurredAt).toBe(Date.UTC(2024, 0, 14));
  });

  it('returns the date order decision with the records', () => {
    const t = table(['Email', 'Date', 'Amount'], [['a@example.com', '02/03/2024', '5']], { delimiter: ';' });
    const mapped = mapTable(t, mapping(['email', 'event.date', 'event.amount'], { defaultEventType: 'donation' }), options);
    expect(mapped.dateOrder).toMatchObject({ order: 'dmy', basis: 'french-file' });
    expect(mapped.records[0]!.events[0]!.occurredAt).toBe(Date.UTC(2024, 2, 2));
  });
});
