import { describe, expect, it } from 'vitest';
import { contactLimits, contactInputSchema, eventLimits } from '../../../api';
import { detectPreset } from './detect-preset';
import { mapRows } from './map-rows';
import { table } from './test-support/table';

// The contact form's rules hold for a file's rows too: a value the form would refuse is cleaned,
// the row imported, and a warning names the line and the column.

const mapped = (headers: string[], rows: string[][]) => mapRows(table(headers, rows), detectPreset(headers).mapping, { fileName: 'x.csv', now: new Date('2026-11-25T12:00:00Z') });
const rulesOf = (record: { problems: { rule?: string; column: string | null; line: number }[] }) => record.problems.map((p) => [p.line, p.column, p.rule]);

describe('link columns', () => {
  const headers = ['Email', 'Cart link', 'Cart date'];
  it('keep only https: and http: links, and say which were left out', () => {
    const links = ['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'JavaScript:alert(1)', 'https://shop.example.com/cart/1', 'http://shop.example.com/cart/2'];
    const records = mapped(headers, links.map((link, i) => [`p${i}@example.com`, link, '2026-11-01']));
    expect(records.map((r) => r.events[0]?.link ?? null)).toEqual([null, null, null, null, 'https://shop.example.com/cart/1', 'http://shop.example.com/cart/2']);
    expect(records.slice(0, 4).map((r) => rulesOf(r))).toEqual([2, 3, 4, 5].map((line) => [[line, 'Cart link', 'import.notAWebLink']]));
    // The row is imported all the same, its cart too.
    expect(records[0]!.events[0]).toMatchObject({ type: 'abandoned_cart' });
    expect(records.slice(4).flatMap((r) => r.problems)).toEqual([]);
  });
});

describe('values over the form’s maximum', () => {
  it('are cut to it, with a warning naming line and column, and the contact passes the form', () => {
    const long = 'x'.repeat(100_000);
    const headers = ['First Name', 'Last Name', 'Company', 'Email', 'Notes', 'Tags', 'Postal code'];
    const [record] = mapped(headers, [[long, 'Durand', long, 'ana@example.com', long, `short, ${'t'.repeat(80)}`, '75001-75002-75003-75004']]);
    expect(record!.firstName).toHaveLength(contactLimits.firstName);
    expect(record!.company).toHaveLength(contactLimits.company);
    expect(record!.notes).toHaveLength(contactLimits.notes);
    expect(record!.tags).toEqual(['short', 't'.repeat(contactLimits.tag)]);
    expect(record!.postalCode).toHaveLength(contactLimits.postalCode);
    expect(rulesOf(record!)).toEqual([
      [2, 'First Name', 'import.tooLong'],
      [2, 'Company', 'import.tooLong'],
      [2, 'Notes', 'import.tooLong'],
      [2, 'Tags', 'import.tooLong'],
      [2, 'Postal code', 'import.tooLong'],
    ]);
    expect(record!.problems[0]!.params).toEqual({ length: '100000', max: '200', kept: '200' });
    const form = contactInputSchema.safeParse({ firstName: record!.firstName, lastName: record!.lastName, company: record!.company, notes: record!.notes, tags: record!.tags, postalCode: record!.postalCode });
    expect(form.success).toBe(true);
  });

  it('counts notes from several columns together', () => {
    const headers = ['Email', 'Notes', 'Comments'];
    const half = 'n'.repeat(contactLimits.notes / 2);
    const [record] = mapRows(table(headers, [['ana@example.com', half, half]]), { columns: ['email', 'notes', 'notes'], defaultKind: null, defaultEventType: null }, { fileName: 'x.csv', now: new Date() });
    expect(record!.notes.length).toBe(contactLimits.notes);
    expect(rulesOf(record!)).toEqual([[2, 'Comments', 'import.tooLong']]);
  });

  it('cuts an order reference and leaves out tags past the most a contact takes', () => {
    const headers = ['Email', 'Order number', 'Order date', 'Tags'];
    const tags = Array.from({ length: 60 }, (_, i) => `tag${i}`).join(', ');
    const [record] = mapped(headers, [['ana@example.com', 'R'.repeat(300), '2026-11-01', tags]]);
    expect(record!.events[0]!.reference).toHaveLength(eventLimits.reference);
    expect(record!.tags).toHaveLength(contactLimits.tags);
    expect(rulesOf(record!)).toEqual([
      [2, 'Order number', 'import.tooLong'],
      [2, 'Tags', 'import.tooManyTags'],
    ]);
  });
});

describe('control characters in names', () => {
  it('are removed with a warning; anything else is kept as given', () => {
    const headers = ['First Name', 'Last Name', 'Company', 'Email'];
    const rlo = 'Ann\u202Ea';
    const records = mapped(headers, [
      ['Jean\r\nPaul', 'Du\u0000rand', 'Atelier\u001b[31m Rouge', 'jp@example.com'],
      [rlo, 'Smith\u0085', 'Café « Lumière »', 'ann@example.com'],
    ]);
    expect(records[0]).toMatchObject({ firstName: 'Jean Paul', lastName: 'Durand', company: 'Atelier[31m Rouge' });
    expect(rulesOf(records[0]!)).toEqual([
      [2, 'First Name', 'import.controlCharacters'],
      [2, 'Last Name', 'import.controlCharacters'],
      [2, 'Company', 'import.controlCharacters'],
    ]);
    // A bidi override is no control character: stored as given, shown isolated.
    expect(records[1]).toMatchObject({ firstName: rlo, lastName: 'Smith', company: 'Café « Lumière »' });
    expect(rulesOf(records[1]!)).toEqual([[3, 'Last Name', 'import.controlCharacters']]);
  });
});

describe('two columns with the same header', () => {
  it('keeps both when the field takes several values', () => {
    const headers = ['Email', 'email ', 'Notes', 'NOTES'];
    const match = detectPreset(headers);
    const [record] = mapRows(table(headers, [['a@example.com', 'b@example.com', 'first note', 'second note']]), match.mapping, { fileName: 'x.csv', now: new Date() });
    expect(record).toMatchObject({ email: 'a@example.com', extraEmails: ['b@example.com'], notes: 'first note\nsecond note' });
    expect(match.notes).toEqual([]);
  });

  it('keeps a second tags column the guess would leave out', () => {
    const headers = ['Email', 'Tags', 'tags'];
    const match = detectPreset(headers);
    const [record] = mapRows(table(headers, [['a@example.com', 'vip', 'newsletter']]), match.mapping, { fileName: 'x.csv', now: new Date() });
    expect(record!.tags).toEqual(['vip', 'newsletter']);
  });

  it('leaves out the second of a field that takes one, and says so', () => {
    const headers = ['First name', 'Email', 'Company', 'company'];
    const match = detectPreset(headers);
    expect(match.mapping.columns).toEqual(['firstName', 'email', 'company', 'ignore']);
    expect(match.notes).toEqual([
      { column: 'company', rule: 'import.leftOut.duplicate', params: { field: 'company', index: '3', position: '4', firstPosition: '3' } },
    ]);
  });
});
