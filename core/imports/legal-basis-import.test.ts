import { describe, expect, it } from 'vitest';
import { refreshOutbox } from '../outbox/refresh-outbox';
import { callThrough, useTempCore } from '../test-support/temp-core';

// A file's legal-basis column, as an owner imports it: the basis lands on the contact with the
// file as evidence, and the programs it allows plan their messages instead of waiting in
// "needs attention". Real core, real SQLite file.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-03-09, 10:00 in Paris: inside the default send window.
const T = Date.UTC(2026, 2, 9, 9);
const clock = { now: () => new Date(T) };
const iso = (ms: number) => new Date(ms).toISOString();

const boot = useTempCore('legal-basis-import', clock);
const call = callThrough(boot);
const ctx = () => ({ db: boot().database.db, clock });
const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

const importCsv = async (fileName: string, lines: string[]) => {
  const staged = boot().stageFile(fileName, new TextEncoder().encode(lines.join('\r\n')));
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
};
const idOf = async (email: string) => (await call('contacts.list', { search: email })).rows[0]!.id;
const cartStates = (contactId: string) =>
  boot().database.sqlite.prepare(`SELECT state, reason FROM outbox WHERE contact_id = ? AND program = 'cart-recovery' ORDER BY step`).all(contactId) as
    { state: string; reason: string }[];

const FILE = [
  'Email,First Name,Kind,Base légale,Date consentement',
  'sam@client.fr,Sam,customer,soft opt-in,',
  'ines@client.fr,Inès,customer,Consentement,2025-06-01',
  'nora@client.fr,Nora,customer,,',
  'paul@client.fr,Paul,customer,peut-être,',
];

describe('a legal-basis column at import', () => {
  it('records each basis with the file as evidence, and the consent date when the row has one', async () => {
    const result = await importCsv('clients.csv', FILE);
    expect(result.preview.mapping.columns).toEqual(['email', 'firstName', 'kind', 'legalBasis', 'consentDate']);
    expect(result.preview.problems).toEqual([expect.objectContaining({ line: 5, column: 'Base légale', rule: 'import.notALegalBasis', params: { value: 'peut-être' } })]);

    const sam = await call('contacts.get', { id: await idOf('sam@client.fr') });
    expect(sam.consent).toEqual({ basis: 'soft-opt-in', source: 'import clients.csv', at: iso(T) });
    const history = await call('contacts.consentHistory', { id: sam.id });
    expect(history.changes).toEqual([
      expect.objectContaining({ basis: 'soft-opt-in', origin: 'import', evidence: expect.stringMatching(/^legal basis: soft-opt-in, in clients\.csv .*date not given/) }),
    ]);

    const ines = await call('contacts.get', { id: await idOf('ines@client.fr') });
    // A date without a time is that day at noon in the owner's zone (Europe/Paris by default).
    expect(ines.consent).toMatchObject({ basis: 'consent', at: '2025-06-01T10:00:00.000Z' });
    for (const email of ['nora@client.fr', 'paul@client.fr']) expect((await call('contacts.get', { id: await idOf(email) })).consent).toBeNull();
  });

  it('lets a soft opt-in customer’s abandoned cart be planned, while a customer without a basis needs attention', async () => {
    await call('settings.update', { business, promoCode: 'LIVRAISON' });
    await importCsv('clients.csv', FILE);
    const [sam, nora] = [await idOf('sam@client.fr'), await idOf('nora@client.fr')];
    for (const [id, n] of [[sam, 1], [nora, 2]] as const) {
      await call('events.log', { type: 'order', contactId: id, occurredAt: iso(T - 20 * DAY), amount: '80', currency: 'EUR', reference: `#${n}`, items: 'Lampe' });
      await call('events.log', { type: 'abandoned_cart', contactId: id, occurredAt: iso(T - HOUR), amount: '60', currency: 'EUR', items: 'Lampe Alba', link: `https://shop.example.com/c/${n}` });
    }
    refreshOutbox(ctx());
    expect(cartStates(sam).map((m) => m.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    const noras = cartStates(nora);
    expect(noras.length).toBeGreaterThan(0);
    for (const message of noras) expect(message).toMatchObject({ state: 'needs-attention', reason: expect.stringContaining('needs a legal basis') });
  });
});
