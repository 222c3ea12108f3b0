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

  it('leaves the earlier row its customer id: a later row with it goes to that row, not to the address’s owner', async () => {
    await run(`${HEADER}\r\nana@example.com,+33 6 11 22 33 44,Ana,Petit,102,Acme\r\n`);
    const file = `${HEADER}\r\n,+33 6 98 76 54 32,Noé,Martin,100,\r\nana@example.com,,Ana,,100,Atelier\r\n,,Noé,Martin,100,NoeCo\r\n`;
    const done = await run(file);
    expect(done.preview.counts).toMatchObject({ rows: 3, create: 1, update: 1, merged: 1, reject: 0 });
    expect((await call('contacts.list', { search: 'Noé' })).rows).toEqual([expect.objectContaining({ email: null, company: 'NoeCo' })]);
  });

  it('fills nothing when the earlier row has an address of its own: the rows are one person, as before', async () => {
    await run(`${HEADER}\r\nana@example.com,+33 6 11 22 33 44,Ana,Petit,102,Acme\r\n`);
    const done = await run(`${HEADER}\r\nbob@example.com,,Bob,Martin,100,\r\nana@example.com,,Ana,,100,Atelier\r\n`);
    expect(done.preview.counts).toMatchObject({ rows: 2, create: 1, update: 0, merged: 1, reject: 0 });
    expect((await call('contacts.list', { search: 'bob@example.com' })).rows).toEqual([expect.objectContaining({ company: 'Atelier' })]);
    expect((await call('contacts.list', { search: 'ana@example.com' })).rows).toEqual([expect.objectContaining({ company: 'Acme' })]);
  });
});

describe('an address that was unsubscribed, its contact deleted since', () => {
  it('is not brought back by a row found by the customer id of an earlier row', async () => {
    const ana = await call('contacts.create', { firstName: 'Ana', email: 'ana@example.com', language: 'fr', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null } });
    await call('contacts.unsubscribe', { id: ana.id });
    await call('contacts.delete', { id: ana.id });
    const done = await run(`${HEADER}\r\n,+33 6 98 76 54 32,Noé,Martin,100,\r\nana@example.com,,Ana,,100,Atelier\r\n`);
    expect(done.preview.counts).toMatchObject({ rows: 2, create: 1, merged: 0, reject: 1 });
    expect(done.preview.problems.map((problem) => problem.rule)).toContain('import.suppressed');
    expect((await call('contacts.list', { search: 'ana@example.com' })).rows).toEqual([]);
    expect((await call('contacts.list', { search: 'Noé' })).rows).toEqual([expect.objectContaining({ email: null })]);
  });

  it('nor is a number someone without an address opted out with', async () => {
    const paco = await call('contacts.create', { firstName: 'Paco', phone: '+33 6 12 34 56 78', language: 'fr', country: 'FR', consent: { basis: 'consent', source: 'shop', at: null } });
    await call('contacts.unsubscribe', { id: paco.id });
    await call('contacts.delete', { id: paco.id });
    const done = await run(`${HEADER}\r\n,,Noé,Martin,100,\r\n,+33 6 12 34 56 78,Paco,,100,\r\n`);
    expect(done.preview.counts).toMatchObject({ rows: 2, create: 1, merged: 0, reject: 1 });
    expect(done.preview.problems.map((problem) => problem.rule)).toContain('import.suppressedPhone');
    expect((await call('contacts.list', { search: 'Noé' })).rows).toEqual([expect.objectContaining({ phone: null })]);
  });
});

