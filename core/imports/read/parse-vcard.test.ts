import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedTable } from '../types';
import { parseVcard, vcardHeaders } from './parse-vcard';
import { readTable } from './read-table';

const read = (name: string) =>
  readTable(new Uint8Array(readFileSync(new URL(`../../../../shared/fixtures/formats/vcard/${name}`, import.meta.url))), name);

// One row as an object keyed by the fixed vCard column names, empty cells left out.
const card = (table: ParsedTable, index: number): Record<string, string> =>
  Object.fromEntries(vcardHeaders.map((header, i) => [header, table.rows[index]!.cells[i]!]).filter(([, value]) => value !== ''));

const vcf = (...lines: string[]): ParsedTable => parseVcard(lines.join('\r\n'), 'utf-8');

describe('vCard 3.0 from Apple iCloud', () => {
  it('gives one row per card with the fixed headers', async () => {
    const table = await read('apple-icloud-3.0.vcf');
    expect(table).toMatchObject({ format: 'vcard', encoding: 'utf-8', delimiter: null, problems: [] });
    expect(table.headers).toEqual(vcardHeaders);
    expect(table.rows.map((row) => row.line)).toEqual([1, 26, 39, 56, 72]);
  });

  it('reads names, several e-mails and phones, escapes and folded lines', async () => {
    const table = await read('apple-icloud-3.0.vcf');
    expect(card(table, 0)).toEqual({
      'First name': 'Hélène',
      'Last name': 'Dupré',
      'Full name': 'Hélène Dupré',
      'Email 1': 'helene.dupre@laposte.example',
      'Email 2': 'h.dupre@dupre-fils.example',
      'Phone 1': '+33 6 12 34 56 78',
      'Phone 2': '+33 1 99 00 12 34',
      Company: 'Dupré, Fils & Cie',
      // \n and \; unescaped, and the line folded after "le d" joined back.
      Notes: 'Allergique aux noix.\nPréfère être appelée le matin ; jamais le dimanche.',
      Categories: 'VIP, Donatrice',
      Birthday: '1984-03-12',
      // From the folded ADR line: "…;\r\n Paris;;75002;France".
      Country: 'France',
    });
  });

  it('reads item groups and the year-less birthday Apple marks with X-APPLE-OMIT-YEAR', async () => {
    const table = await read('apple-icloud-3.0.vcf');
    expect(card(table, 1)).toMatchObject({
      'Phone 1': '+32 470 12 34 56',
      // item1.TEL with its X-ABLabel "Ferme 🐄".
      'Phone 2': '+32 9 555 01 23',
      Birthday: '--05-21',
      Notes: 'Merci pour tout 🙏 — bénévole depuis 2019 🎉',
    });
    // A company card (empty N) keeps its FN; the base64 photo is ignored.
    expect(card(table, 2)).toEqual({
      'Full name': 'Żółw Software Sàrl',
      'Email 1': 'lukasz.wisniewski@example.net',
      'Phone 1': '+41 79 123 45 67',
      Company: 'Żółw Software Sàrl',
      Country: 'Switzerland',
    });
    expect(card(table, 3)).toMatchObject({ Company: 'Acme "Widgets" Inc.', Notes: 'He said "call after 6pm, not before".' });
    // item2.EMAIL and item1.TEL; FN spaces are the mapping's to trim.
    expect(card(table, 4)).toMatchObject({
      'First name': 'Chloé 🌸',
      'Full name': ' Chloé 🌸  Tremblay',
      'Email 1': 'chloe.tremblay@example.com',
      'Phone 1': '(514) 555-0199',
      Country: 'Canada',
    });
  });
});

describe('vCard 4.0', () => {
  it('reads RFC 6350 cards and skips the group card, saying so', async () => {
    const table = await read('vcard-4.0.vcf');
    expect(table.rows.map((row) => row.line)).toEqual([1, 22, 45, 57]);
    expect(table.problems).toEqual([
      {
        line: 66,
        column: null,
        message: 'The card at line 66 is a group (Conseil d’administration), not a person; it was skipped.',
        rule: 'import.cardNamedGroup',
        params: { line: '66', name: 'Conseil d’administration' },
      },
    ]);
  });

  it('reads tel: URIs, PREF, LANG and year-less --MMDD birthdays', async () => {
    const table = await read('vcard-4.0.vcf');
    expect(card(table, 0)).toEqual({
      'First name': 'Simon',
      'Last name': 'Perreault',
      'Full name': 'Simon Perreault',
      'Email 1': 'simon.perreault@viagenie.ca',
      'Phone 1': '+1-418-656-9254 ext. 102',
      'Phone 2': '+1-418-262-6501',
      Company: 'Viagenie',
      Birthday: '--02-03',
      Language: 'fr',
      Country: 'Canada',
    });
    expect(card(table, 1)).toMatchObject({
      'Email 1': 'helene.dupre@laposte.example',
      'Email 2': 'h.dupre@dupre-fils.example',
      'Phone 1': '+33612345678',
      'Phone 2': '+33199001234',
      Birthday: '1984-03-12',
      Language: 'fr',
      Country: 'France',
    });
    expect(card(table, 2)).toMatchObject({ Birthday: '--05-21', Language: 'nl', Categories: '"Bénévole","Newsletter, FR"' });
    expect(card(table, 3)).toMatchObject({ 'Full name': 'Żółw Software Sàrl', Country: 'Suisse' });
  });
});

describe('vCard details', () => {
  it('orders e-mails by preference and keeps three, saying how many there were', () => {
    const table = vcf(
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Ana Lima',
      'EMAIL:a@example.com',
      'EMAIL;PREF=2:b@example.com',
      'EMAIL;PREF=1:c@example.com',
      'EMAIL:d@example.com',
      'END:VCARD',
    );
    expect(card(table, 0)).toMatchObject({ 'Email 1': 'c@example.com', 'Email 2': 'b@example.com', 'Email 3': 'a@example.com' });
    expect(table.problems).toEqual([
      {
        line: 1,
        column: null,
        message: 'The card at line 1 has 4 e-mail addresses; only the first 3 were kept.',
        rule: 'import.cardTooManyEmails',
        params: { line: '1', count: '4', kept: '3' },
      },
    ]);
  });

  it('decodes vCard 2.1 quoted-printable with its charset, soft line breaks included', () => {
    const table = vcf(
      'BEGIN:VCARD',
      'VERSION:2.1',
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dupr=C3=A9;H=C3=A9l=C3=A8ne;;;',
      'FN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:H=E9l=E8ne Dupr=E9',
      'NOTE;ENCODING=QUOTED-PRINTABLE:Premi=C3=A8re ligne=0D=0ASeconde =',
      'ligne',
      'TEL;CELL;PREF:+33612345678',
      'END:VCARD',
    );
    expect(card(table, 0)).toEqual({
      'First name': 'Hélène',
      'Last name': 'Dupré',
      'Full name': 'Hélène Dupré',
      'Phone 1': '+33612345678',
      Notes: 'Première ligne\r\nSeconde ligne',
    });
  });

  it('unescapes \\, \\; \\n \\\\ and keeps escaped commas inside N components', () => {
    const table = vcf(
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Smith\\, Jr;John,Paul;;;',
      'FN:John Smith',
      'NOTE:a\\\\b\\nc\\;d\\,e',
      'CATEGORIES:One,Two',
      'CATEGORIES:Three',
      'BDAY:--04-15',
      'END:VCARD',
    );
    expect(card(table, 0)).toMatchObject({
      'First name': 'John Paul',
      'Last name': 'Smith, Jr',
      Notes: 'a\\b\nc;d,e',
      Categories: 'One, Two, Three',
      Birthday: '--04-15',
    });
  });

  it('reads LF line endings, TAB folding, lower-case names and quoted parameters', () => {
    const table = parseVcard(
      'begin:vcard\nversion:3.0\nfn:Bo\n\tb Stone\nitem1.email;type="internet,work":bob@example.com\nend:vcard\n',
      'utf-8',
    );
    expect(card(table, 0)).toEqual({ 'Full name': 'Bob Stone', 'Email 1': 'bob@example.com' });
  });

  it('skips a card without name, e-mail or phone, and reads an unended card', () => {
    const table = vcf('BEGIN:VCARD', 'VERSION:3.0', 'N:;;;;', 'NOTE:nothing else', 'END:VCARD', 'BEGIN:VCARD', 'FN:Last one');
    expect(table.rows.map((row) => row.line)).toEqual([6]);
    expect(table.problems.map((problem) => problem.line)).toEqual([1, 6]);
    expect(table.problems[0]!.message).toContain('no name, e-mail address or phone number');
    expect(table.problems[1]!.message).toContain('no END:VCARD');
  });

  it('is chosen by content whatever the extension, and says when a .vcf has no card', async () => {
    const bytes = new TextEncoder().encode('\ufeff\r\nBEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\n');
    const table = await readTable(bytes, 'contacts.txt');
    expect(table).toMatchObject({ format: 'vcard', encoding: 'utf-8-bom', rows: [{ line: 2 }] });
    const empty = await readTable(new TextEncoder().encode('hello'), 'contacts.vcf');
    expect(empty).toMatchObject({ format: 'vcard', rows: [], problems: [{ line: 1, message: expect.stringContaining('no contact cards') }] });
  });
});
