import { describe, expect, it } from 'vitest';
import { callThrough, useTempCore } from '../test-support/temp-core';

// A file's rows go through the contact form's rules on the whole import path: a real file is
// staged, previewed (dry run) and imported; what the form would refuse is cleaned, the row
// imported, and the dry run warns exactly as the import does.
const boot = useTempCore('field-rules-import', { now: () => new Date(Date.UTC(2026, 11, 1, 9)) });
const call = callThrough(boot);

const csv = [
  'First name,Last name,Email,Notes,Notes,Company,company,Cart link,Cart date',
  `"Ana\r\nMaria\u0007",Duval,ana@example.com,${'x'.repeat(100_000)},second note,Atelier,Other Ltd,javascript:fetch('https://evil.example'),2026-11-20`,
  'Ben,Okafor,ben@example.com,,,,,https://shop.example.com/cart/7,2026-11-21',
].join('\n');

const run = (isDryRun: boolean) => {
  const staged = boot().stageFile('contacts.csv', Buffer.from(`\uFEFF${csv}`, 'utf8'));
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, isDryRun);
};
const warnings = (problems: { line: number; column: string | null; rule?: string }[]) => problems.map((p) => [p.line, p.column, p.rule]).filter(([, , rule]) => rule !== 'import.quoteInside');

describe('an import by the contact form’s rules', () => {
  it('cleans and reports instead of storing what the form refuses, and the dry run says the same', async () => {
    const dry = await run(true);
    const done = await run(false);
    const expected = [
      [2, 'First name', 'import.controlCharacters'],
      [2, 'Notes', 'import.tooLong'],
      [2, 'Notes', 'import.noteLeftOut'],
      [2, 'Cart link', 'import.notAWebLink'],
    ];
    expect(warnings(dry.preview.problems)).toEqual(expected);
    expect(warnings(done.preview.problems)).toEqual(expected);
    expect(done.preview.counts).toMatchObject({ create: 2, reject: 0 });
    // The second "company" column is left out, and the preview says so.
    expect(done.preview.columnNotes).toEqual([
      { column: 'company', rule: 'import.leftOut.duplicate', params: { field: 'company', index: '6', position: '7', firstPosition: '6' } },
    ]);

    const { rows } = await call('contacts.list', { search: 'ana@example.com' });
    const ana = rows[0]!;
    expect(ana).toMatchObject({ firstName: 'Ana Maria', lastName: 'Duval', company: 'Atelier' });
    expect(ana.notes).toHaveLength(20_000);
    // Whatever the import stored, the form saves again as it is.
    const saved = await call('contacts.update', { id: ana.id, patch: { firstName: ana.firstName, lastName: ana.lastName, company: ana.company, notes: ana.notes, tags: ana.tags } });
    expect(saved.notes).toBe(ana.notes);

    const anaCart = (await call('timeline.list', { contactId: ana.id })).rows.find((event) => event.type === 'abandoned_cart');
    expect(anaCart).toMatchObject({ link: null });
    const ben = (await call('contacts.list', { search: 'ben@example.com' })).rows[0]!;
    const benCart = (await call('timeline.list', { contactId: ben.id })).rows.find((event) => event.type === 'abandoned_cart');
    expect(benCart).toMatchObject({ link: 'https://shop.example.com/cart/7' });
  });
});
