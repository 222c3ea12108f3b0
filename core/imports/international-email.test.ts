import { describe, expect, it } from 'vitest';
import { callThrough, useTempCore } from '../test-support/temp-core';

// exämple.org and xn--exmple-cua.org are one mailbox: an import, the contact form and the
// suppression list must all see one person whichever spelling a file or a person uses.
const NOW = Date.UTC(2026, 10, 25, 10);
const clock = { now: () => new Date(NOW) };
const boot = useTempCore('international-email', clock);
const call = callThrough(boot);

const runImport = async (fileName: string, lines: string[]) => {
  const staged = boot().stageFile(fileName, new TextEncoder().encode(lines.join('\r\n')));
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
};
const emails = async () => (await call('contacts.list', { limit: 50 })).rows.map((c) => c.email);

describe('international domain names at import', () => {
  it('makes one contact of both spellings in one file, shown in Unicode', async () => {
    const result = await runImport('clients.csv', ['Email,First Name', 'anne@xn--exmple-cua.org,Anne', 'Anne@EXÄMPLE.org,']);
    expect(result.preview.counts).toMatchObject({ create: 1, merged: 1, reject: 0 });
    expect(await emails()).toEqual(['anne@exämple.org']);
  });

  it('finds the contact again when the next file spells it the other way', async () => {
    await runImport('a.csv', ['Email,First Name', 'anne@exämple.org,Anne']);
    const second = await runImport('b.csv', ['Email,Company', 'anne@xn--exmple-cua.org,Atelier']);
    expect(second.preview.counts).toMatchObject({ create: 0, update: 1 });
    expect(await emails()).toEqual(['anne@exämple.org']);
  });

  it('rejects a domain that is not valid punycode, with the usual rule', async () => {
    const result = await runImport('bad.csv', ['Email,First Name', 'zoe@xn--zz.org,Zoé']);
    expect(result.preview.counts).toMatchObject({ create: 0, reject: 1 });
    expect(result.preview.problems).toEqual([expect.objectContaining({ line: 2, rule: 'email.invalid', params: { value: 'zoe@xn--zz.org' } })]);
  });
});

describe('international domain names on the suppression list', () => {
  it('keeps an address unsubscribed in punycode away when it comes back in Unicode', async () => {
    const lea = await call('contacts.create', { firstName: 'Léa', email: 'lea@xn--bcher-kva.example' });
    await call('contacts.unsubscribe', { id: lea.id });
    await call('contacts.delete', { id: lea.id });
    const result = await runImport('retour.csv', ['Email,First Name', 'lea@bücher.example,Léa']);
    expect(result.preview.counts).toMatchObject({ create: 0, reject: 1 });
    expect(await emails()).toEqual([]);
  });

  it('keeps an address erased in Unicode away when it comes back in punycode', async () => {
    const max = await call('contacts.create', { firstName: 'Max', email: 'max@bücher.example' });
    await call('contacts.erase', { id: max.id });
    const result = await runImport('retour.csv', ['Email,First Name', 'MAX@XN--BCHER-KVA.EXAMPLE,Max']);
    expect(result.preview.counts).toMatchObject({ create: 0, erasedSkipped: 1 });
    expect(await emails()).toEqual([]);
  });
});
