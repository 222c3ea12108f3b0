import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callThrough, useTempCore } from '../test-support/temp-core';

// Payment and donation exports imported as an owner does it, through the real import into a real
// SQLite file: who becomes a contact, and the figures the contacts list then shows. The dry run
// announces what the import then does.
const T = Date.UTC(2026, 11, 7, 10);
const clock = { now: () => new Date(T) };
const boot = useTempCore('payment-exports-import', clock);
const call = callThrough(boot);

const run = async (fileName: string, content: Uint8Array | string, isDryRun = false) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const staged = boot().stageFile(fileName, bytes);
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR', fileBasis: null }, isDryRun);
};
const found = async (email: string) => (await call('contacts.list', { search: email })).rows;
const one = async (email: string) => {
  const rows = await found(email);
  expect(rows).toHaveLength(1);
  return rows[0]!;
};
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./map/test-fixtures/${name}`, import.meta.url)));

const SHOP = 'boutique@example.com';
const PAYPAL = [
  '"Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Item Title","Reference Txn ID","Quantity","Country Code","Balance Impact"',
  `"11/02/2026","10:04:11","CET","Léa Martin","Website Payment","Completed","EUR","100.00","-3.15","96.85","lea.martin@example.com","${SHOP}","1AA00000000000001","Lampe Alba","","1","FR","Credit"`,
  `"11/05/2026","09:30:00","CET","Léa Martin","Payment Refund","Completed","EUR","-30.00","0.95","-29.05","${SHOP}","lea.martin@example.com","1AA00000000000002","","1AA00000000000001","","FR","Debit"`,
  `"11/06/2026","14:00:00","CET","Noé Petit","Donation Payment","Completed","EUR","20.00","-0.70","19.30","noe.petit@example.com","${SHOP}","1AA00000000000003","","","1","FR","Credit"`,
].join('\r\n');

describe('a PayPal activity download', () => {
  it('gives the payer one contact with net figures, and the shop’s own address none', async () => {
    const dry = await run('Download.CSV', PAYPAL, true);
    const done = await run('Download.CSV', PAYPAL);
    expect(done.preview.presetId).toBe('paypal');
    expect(done.preview.counts).toMatchObject({ rows: 3, create: 2, reject: 0, events: 3 });
    expect(dry.preview.counts).toEqual(done.preview.counts);

    const lea = await one('lea.martin@example.com');
    expect(lea).toMatchObject({ firstName: 'Léa', lastName: 'Martin' });
    expect(lea.figures).toMatchObject({ lifetimeMinor: 7000, currency: 'EUR' });
    expect((await one('noe.petit@example.com')).figures.lifetimeMinor).toBe(2000);
    expect(await found(SHOP)).toEqual([]);
    expect((await call('contacts.list', {})).total).toBe(2);
  });

  it('learns the shop’s own address from later rows in a file big enough to be written while it is read', async () => {
    // A memo row first, from the shop's address; thousands of payments to it after, from which
    // the import learns that the address is the owner's (over 2 MB: the writer thread's path).
    // Dates in ISO form: a date whose day and month could swap keeps every row until the end.
    const memo = `"2026-11-01","10:00:00","CET","Boutique","General Hold","Completed","EUR","0.00","0.00","0.00","${SHOP}","","0HOLD0000000001","","","","FR","Memo"`;
    const payment = (n: number) =>
      `"2026-11-02","10:04:11","CET","Client ${n} Martin","Website Payment","Completed","EUR","100.00","-3.15","96.85","c${n}@example.com","${SHOP}","1AA${String(n).padStart(14, '0')}","Lampe Alba, abat-jour en lin lavé, grand modèle ${n}","","1","FR","Credit"`;
    const lines = [PAYPAL.split('\r\n')[0]!, memo, ...Array.from({ length: 9000 }, (_, n) => payment(n))];
    const file = lines.join('\r\n');
    expect(file.length).toBeGreaterThan(2_000_000);
    const done = await run('Download.CSV', file);
    expect(done.preview.counts).toMatchObject({ create: 9000, reject: 1 });
    expect(done.preview.problems.map((problem) => problem.message).join(' ')).toContain('is your own address');
    expect(await found(SHOP)).toEqual([]);
  });

  it('adds nothing the second time', async () => {
    await run('Download.CSV', PAYPAL);
    const again = await run('Download.CSV', PAYPAL);
    expect(again.preview.counts).toMatchObject({ create: 0 });
    expect((await one('lea.martin@example.com')).figures.lifetimeMinor).toBe(7000);
  });
});

describe('the owner’s address from Settings', () => {
  it('never becomes a contact, and the preview says why', async () => {
    const business = { name: 'Boutique', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };
    await call('settings.update', { business });
    const result = await run('clients.csv', 'Email,First Name\r\nana@example.com,Ana\r\nClaire@Example.com,Claire\r\n');
    expect(result.preview.counts).toMatchObject({ create: 1, reject: 1 });
    expect(result.preview.problems).toEqual([expect.objectContaining({ line: 3, rule: 'import.ownAddress', params: { email: 'Claire@example.com' } })]);
    expect(await found('claire@example.com')).toEqual([]);
  });
});

describe('a HelloAsso participants export', () => {
  it('makes each payer one contact, with every ticket but the cancelled one in their figures', async () => {
    const dry = await run('participants.csv', fixture('helloasso-participants.csv'), true);
    const done = await run('participants.csv', fixture('helloasso-participants.csv'));
    expect(done.preview.presetId).toBe('helloasso-participants');
    expect(done.preview.counts).toMatchObject({ rows: 4, create: 3, events: 3 });
    expect(dry.preview.counts).toEqual(done.preview.counts);
    expect(done.preview.problems).toEqual([expect.objectContaining({ line: 5, rule: 'import.voidNotCounted' })]);

    expect(await one('helene.dupre@example.com')).toMatchObject({ firstName: 'Hélène', lastName: 'Dupré', figures: { lifetimeMinor: 7000, currency: 'EUR' } });
    expect((await one('karim.bernard@example.com')).figures.lifetimeMinor).toBe(1200);
    expect((await one('camille.roux@example.com')).figures).toMatchObject({ lifetimeMinor: 0, lastOrderAt: null });
    // The children are on their tickets, not contacts of their own.
    expect(await found('Léo')).toEqual([]);
  });
});

describe('a Donorbox JSON file', () => {
  it('makes each donor a contact with their gifts, a refunded one left out', async () => {
    const done = await run('donations.json', fixture('donorbox-donations.json'));
    expect(done.preview).toMatchObject({ format: 'json', presetId: 'donorbox', counts: { rows: 3, create: 2, reject: 0, events: 2 } });
    expect(await one('anais.dharcourt@example.com')).toMatchObject({ kind: 'donor', figures: { lifetimeMinor: 2500 } });
    expect((await one('sam.carter@example.com')).figures).toMatchObject({ lifetimeMinor: 10000, currency: 'USD' });
  });
});
