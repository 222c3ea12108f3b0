import { describe, expect, it } from 'vitest';
import { callThrough, useTempCore } from '../test-support/temp-core';

// A row found earlier in the file by its customer id or its phone, whose address belongs to
// another stored contact, goes to that contact: filled into the earlier row's contact, the
// address made two contacts share it, and the import stopped on SQLite's unique index.
const T = Date.UTC(2026, 11, 7, 10);
const boot = useTempCore('address-owner', { now: () => new Date(T) });
const call = callThrough(boot);

const run = async (content: string) => {
  const staged = boot().stageFile('clients.csv', new TextEncoder().encode(content));
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR', fileBasis: null }, false);
};
const HEADER = 'Email,Phone,First Name,Last Name,Customer ID,Company';

describe('an address that belongs to a stored contact', () => {
  it('takes its row to that contact, not to the earlier row found by its customer id', async () => {
    await run(`${HEADER}\r\nana@example.com,+33 6 11 22 33 44,Ana,Petit,102,Acme\r\n`);
    const file = `${HEADER}\r\n,+33 6 98 76 54 32,Noé,Martin,100,\r\nana@example.com,,Ana,,100,Atelier\r\n`;
    const done = await run(file);
    expect(done.preview.counts).toMatchObject({ rows: 2, create: 1, update: 1, merged: 0, reject: 0 });
    const ana = (await call('contacts.list', { search: 'ana@example.com' })).rows;
    expect(ana).toEqual([expect.objectContaining({ firstName: 'Ana', lastName: 'Petit', company: 'Atelier' })]);
    const noe = (await call('contacts.list', { search: 'Noé' })).rows;
    expect(noe).toEqual([expect.objectContaining({ email: null, lastName: 'Martin' })]);
  });

  it('takes its row to that contact when the earlier row was found by its phone', async () => {
    await run(`${HEADER}\r\nbo@example.com,+33 6 11 22 33 45,Bo,Durand,,\r\n`);
    const done = await run(`${HEADER}\r\n,+33 6 12 12 12 12,Cy,Roux,,\r\nbo@example.com,+33 6 12 12 12 12,,,,Atelier\r\n`);
    expect(done.preview.counts).toMatchObject({ rows: 2, create: 1, update: 1, merged: 0, reject: 0 });
    expect((await call('contacts.list', { search: 'bo@example.com' })).rows).toEqual([expect.objectContaining({ lastName: 'Durand', company: 'Atelier' })]);
  });
});
