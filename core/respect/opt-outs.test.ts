import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../api';
import { callThrough, useTempCore } from '../test-support/temp-core';
import { suppressContact } from '../reading/mail-effects';
import { phoneSuppressionHash } from './suppression-list';

// Sunday 2026-03-08 10:00 UTC; the clock moves by hand.
const T = Date.UTC(2026, 2, 8, 10, 0);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let now = T;
const clock = { now: () => new Date(now) };
const iso = (ms: number) => new Date(ms).toISOString();

const boot = useTempCore('opt-outs', clock);
const call = callThrough(boot);
const sqlite = () => boot().database.sqlite;

const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };

const setUp = async () => {
  now = T;
  await call('settings.update', { business, promoCode: 'LIVRAISON' });
};

const importCsv = async (fileName: string, lines: string[]) => {
  const staged = boot().stageFile(fileName, new TextEncoder().encode(lines.join('\r\n')));
  await boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR' }, false);
  return (await call('imports.list', {}))[0]!;
};

const find = async (search: string) => (await call('contacts.list', { search })).rows;

const cart = (contactId: string) =>
  call('events.log', { type: 'abandoned_cart', contactId, occurredAt: iso(now - HOUR), amount: '60', currency: 'EUR', items: 'Lampe Alba', link: 'https://shop.example.com/c/1' });

const messagesOf = (contactId: string) =>
  sqlite().prepare('SELECT step, state, reason FROM outbox WHERE contact_id = ? ORDER BY step').all(contactId) as { step: number; state: string; reason: string }[];

const consentRows = (contactId: string) =>
  sqlite().prepare('SELECT basis, source, evidence, consent_at AS consentAt, origin FROM consent_changes WHERE contact_id = ? ORDER BY recorded_at, id').all(contactId) as {
    basis: string | null; source: string; evidence: string; consentAt: number | null; origin: string;
  }[];

const auditRows = (action: string) => sqlite().prepare('SELECT origin, contact_id AS contactId, detail FROM audit_log WHERE action = ?').all(action);

const withConsent = (extra: Partial<MethodInput<'contacts.create'>>): MethodInput<'contacts.create'> => ({
  language: 'fr', country: 'FR', consent: { basis: 'consent', source: 'shop newsletter form', at: iso(T - 30 * DAY) }, ...extra,
});

describe('unsubscribe', () => {
  it('records the opt-out, cancels what is planned but never a message being sent, and is idempotent', async () => {
    await setUp();
    const ann = await call('contacts.create', withConsent({ firstName: 'Ann', email: 'ann@example.com', phone: '06 12 34 56 78' }));
    await cart(ann.id);
    await call('outbox.plan', {});
    expect(messagesOf(ann.id).map((m) => m.state)).toEqual(['scheduled', 'scheduled', 'scheduled']);
    const [first, second, third] = sqlite().prepare('SELECT id FROM outbox WHERE contact_id = ? ORDER BY step').pluck().all(ann.id) as string[];
    await call('outbox.approve', { id: first! });
    sqlite().prepare("UPDATE outbox SET state = 'queued' WHERE id = ?").run(second);
    sqlite().prepare("UPDATE outbox SET state = 'sending' WHERE id = ?").run(third);

    now = T + 2 * HOUR;
    const after = await call('contacts.unsubscribe', { id: ann.id });
    expect(after.unsubscribedAt).toBe(iso(now));
    expect(after.suppressed).toBe('unsubscribed');
    expect(messagesOf(ann.id).map((m) => m.state)).toEqual(['cancelled', 'cancelled', 'sending']);
    // Cancelled at once, then re-planned after the change with the planner's own words.
    expect(messagesOf(ann.id)[0]!.reason).toMatch(/; cancelled: (they unsubscribed|the person unsubscribed or is on the suppression list)$/);
    // Address and number, each in its own namespace.
    expect(sqlite().prepare('SELECT channel, reason FROM suppressions ORDER BY channel').all()).toEqual([
      { channel: 'email', reason: 'unsubscribed' },
      { channel: 'phone', reason: 'unsubscribed' },
    ]);
    expect(sqlite().prepare('SELECT 1 FROM suppressions WHERE hash = ?').get(phoneSuppressionHash('+33612345678'))).toBeDefined();
    const history = await call('contacts.consentHistory', { id: ann.id });
    expect(history.changes[0]).toMatchObject({ basis: null, origin: 'cli', evidence: 'unsubscribed on 2026-03-08 through the relance unsubscribe command' });
    expect(history.changes[1]).toMatchObject({ basis: 'consent', source: 'shop newsletter form' });
    expect(history.allowedPrograms).toEqual([]);
    expect(auditRows('unsubscribe')).toEqual([{ origin: 'cli', contactId: ann.id, detail: 'cancelled=2; suppressed=email+phone' }]);

    now += HOUR;
    const again = await call('contacts.unsubscribe', { id: ann.id });
    expect(again.unsubscribedAt).toBe(iso(T + 2 * HOUR));
    expect(consentRows(ann.id)).toHaveLength(2);
    expect(auditRows('unsubscribe')).toHaveLength(1);
    // The planner keeps it so: nothing comes back.
    await call('outbox.plan', {});
    expect(messagesOf(ann.id).map((m) => m.state)).toEqual(['cancelled', 'cancelled', 'sending']);
  });

  it('survives deleting the contact, undoing the import and importing the file again', async () => {
    await setUp();
    const file = ['Email,First name,Accepts Marketing', 'bea@example.com,Béa,yes', 'cid@example.com,Cid,yes'];
    const first = await importCsv('customers.csv', file);
    const [bea] = await find('bea');
    await call('contacts.unsubscribe', { id: bea!.id });
    await call('imports.undo', { id: first.id });
    expect(await find('bea')).toEqual([]);

    const second = await importCsv('customers.csv', file);
    expect(second).toMatchObject({ created: 1, rejected: 1 });
    expect(await find('bea')).toEqual([]);
    // Nor by hand: the form says so, and nothing is planned for her.
    const byHand = await call('contacts.create', withConsent({ firstName: 'Béa', email: 'BEA@example.com' }));
    expect(byHand).toMatchObject({ suppressed: 'unsubscribed', unsubscribedAt: null });
    await cart(byHand.id);
    await call('outbox.plan', {});
    expect(messagesOf(byHand.id).filter((m) => m.state !== 'cancelled')).toEqual([]);

    await call('contacts.delete', { id: byHand.id });
    await importCsv('customers-again.csv', file);
    expect(await find('bea')).toEqual([]);
  });

  it('keeps an opt-out when an import that updated the contact is undone', async () => {
    await setUp();
    const dan = await call('contacts.create', withConsent({ firstName: 'Dan', email: 'dan@example.com' }));
    const update = await importCsv('update.csv', ['Email,First name,Company', 'dan@example.com,Dan,Dan & Co']);
    await call('contacts.unsubscribe', { id: dan.id });
    await call('imports.undo', { id: update.id });
    const back = await call('contacts.get', { id: dan.id });
    expect(back).toMatchObject({ company: '', unsubscribedAt: iso(T), suppressed: 'unsubscribed' });
  });
});

describe('people reached by phone', () => {
  it('an opt-out of a person without an address keeps them out after undo and re-import', async () => {
    await setUp();
    const file = ['First name,Last name,Phone', 'Eve,Dupont,06 98 76 54 32'];
    const first = await importCsv('phones.csv', file);
    const [eve] = await find('eve');
    await call('contacts.unsubscribe', { id: eve!.id });
    await call('imports.undo', { id: first.id });
    const again = await importCsv('phones.csv', file);
    expect(again).toMatchObject({ created: 0, rejected: 1 });
    expect(await find('eve')).toEqual([]);
  });

  it('an import whose opt-out column says so puts the number on the list, and re-import keeps them out', async () => {
    await setUp();
    const file = ['First name,Phone,Accepts Marketing', 'Fay,06 11 22 33 44,unsubscribed'];
    const first = await importCsv('leavers.csv', file);
    const [fay] = await find('fay');
    expect(fay).toMatchObject({ unsubscribedAt: iso(T), suppressed: 'unsubscribed' });
    expect(sqlite().prepare("SELECT count(*) FROM suppressions WHERE channel = 'phone' AND hash = ?").pluck().get(phoneSuppressionHash('+33611223344'))).toBe(1);
    expect(consentRows(fay!.id)).toEqual([
      { basis: null, source: 'opt-out', evidence: 'opted out, in leavers.csv of 2026-03-08', consentAt: T, origin: 'import' },
    ]);
    await call('imports.undo', { id: first.id });
    expect(await importCsv('leavers.csv', file)).toMatchObject({ created: 0, rejected: 1 });
  });

  it('the planner holds a contact whose number alone is on the list, whatever their address', async () => {
    await setUp();
    const gil = await call('contacts.create', withConsent({ firstName: 'Gil', phone: '06 55 44 33 22' }));
    await call('contacts.unsubscribe', { id: gil.id });
    await call('contacts.delete', { id: gil.id });
    const back = await call('contacts.create', withConsent({ firstName: 'Gil', email: 'gil.new@example.com', phone: '+33655443322' }));
    expect(back.suppressed).toBe('unsubscribed');
    await cart(back.id);
    await call('outbox.plan', {});
    expect(messagesOf(back.id).filter((m) => m.state !== 'cancelled')).toEqual([]);
  });
});

describe('an opt-out read from the mailbox', () => {
  it('puts the number on the list beside the address and writes the consent history once', async () => {
    await setUp();
    const ola = await call('contacts.create', withConsent({ firstName: 'Ola', email: 'ola@example.com', phone: '06 22 33 44 55' }));
    suppressContact(sqlite(), ola.id, 'unsubscribed', T + HOUR);
    suppressContact(sqlite(), ola.id, 'unsubscribed', T + 2 * HOUR);
    expect(sqlite().prepare('SELECT 1 FROM suppressions WHERE hash = ?').get(phoneSuppressionHash('+33622334455'))).toBeDefined();
    expect(consentRows(ola.id).slice(1)).toEqual([
      { basis: null, source: 'opt-out', evidence: 'unsubscribed on 2026-03-08 through a message read in the mailbox', consentAt: T + HOUR, origin: 'mailbox' },
    ]);
    // A bounce is about the address only: the number stays off the list.
    const pia = await call('contacts.create', withConsent({ firstName: 'Pia', email: 'pia@example.com', phone: '06 22 33 44 66' }));
    suppressContact(sqlite(), pia.id, 'bounced', T + HOUR);
    expect(sqlite().prepare('SELECT 1 FROM suppressions WHERE hash = ?').get(phoneSuppressionHash('+33622334466'))).toBeUndefined();
    expect(consentRows(pia.id)).toHaveLength(1);
  });
});

describe('consent history', () => {
  it('adds a row for every change of basis, source or date by hand, never overwriting', async () => {
    await setUp();
    const hal = await call('contacts.create', withConsent({ firstName: 'Hal', email: 'hal@example.com' }));
    await call('contacts.update', { id: hal.id, patch: { company: 'Hal SARL' } });
    now += HOUR;
    await call('contacts.update', { id: hal.id, patch: { consent: { basis: 'soft-opt-in', source: 'bought in the shop', at: iso(T - DAY) } } });
    now += HOUR;
    await call('contacts.update', { id: hal.id, patch: { consent: null } });
    expect(consentRows(hal.id)).toEqual([
      { basis: 'consent', source: 'shop newsletter form', evidence: 'entered from the command line', consentAt: T - 30 * DAY, origin: 'cli' },
      { basis: 'soft-opt-in', source: 'bought in the shop', evidence: 'entered from the command line', consentAt: T - DAY, origin: 'cli' },
      { basis: null, source: '', evidence: 'legal basis removed, entered from the command line', consentAt: null, origin: 'cli' },
    ]);
    const history = await call('contacts.consentHistory', { id: hal.id });
    expect(history.changes.map((c) => c.basis)).toEqual([null, 'soft-opt-in', 'consent']);
    expect(auditRows('consent')).toHaveLength(3);
  });

  it('says which programs the basis lets write to the contact', async () => {
    await setUp();
    const ida = await call('contacts.create', withConsent({ firstName: 'Ida', email: 'ida@example.com' }));
    expect((await call('contacts.consentHistory', { id: ida.id })).allowedPrograms).toEqual(['cart-recovery', 'reactivation', 'review-request', 'checkout-unpaid', 'product-viewed', 'quote-follow-up']);
    await call('contacts.update', { id: ida.id, patch: { consent: { basis: 'soft-opt-in', source: 'till', at: null } } });
    expect((await call('contacts.consentHistory', { id: ida.id })).allowedPrograms).toEqual([]);
    await call('events.log', { type: 'order', contactId: ida.id, amount: '20', currency: 'EUR' });
    expect((await call('contacts.consentHistory', { id: ida.id })).allowedPrograms).toEqual(['cart-recovery', 'reactivation', 'review-request', 'checkout-unpaid', 'product-viewed', 'quote-follow-up']);
    await call('contacts.update', { id: ida.id, patch: { kind: 'donor', consent: { basis: 'charity-opt-out', source: 'gift form', at: null } } });
    expect((await call('contacts.consentHistory', { id: ida.id })).allowedPrograms).toEqual(['reactivation']);
  });

  it('an import records a "yes" with its date, or the import date and that none was given', async () => {
    await setUp();
    now = T + 5 * HOUR;
    await importCsv('shop.csv', ['Email,First name,Accepts Marketing,Consent date', 'jo@example.com,Jo,yes,', 'kim@example.com,Kim,yes,2025-06-01']);
    const [jo] = await find('jo');
    const [kim] = await find('kim');
    expect(consentRows(jo!.id)).toEqual([
      {
        basis: 'consent', source: 'import shop.csv', origin: 'import', consentAt: T + 5 * HOUR,
        evidence: "accepted marketing: yes, in shop.csv of 2026-03-08, date not given (the import's date is recorded)",
      },
    ]);
    expect(consentRows(kim!.id)).toEqual([
      { basis: 'consent', source: 'import shop.csv', origin: 'import', consentAt: Date.UTC(2025, 5, 1, 10), evidence: 'accepted marketing: yes, in shop.csv of 2026-03-08' },
    ]);
    expect(auditRows('consent')).toEqual([{ origin: 'import', contactId: null, detail: expect.stringMatching(/^import=[\w-]+; changes=2$/) }]);
    // An import that changes nothing of the consent adds no row; one that sets it on a stored contact does.
    const lea = await call('contacts.create', { firstName: 'Léa', email: 'lea@example.com' });
    now += HOUR;
    await importCsv('shop-2.csv', ['Email,First name,Accepts Marketing,Consent date', 'jo@example.com,Jo,,', 'lea@example.com,Léa,yes,2026-01-02']);
    expect(consentRows(jo!.id)).toHaveLength(1);
    expect(consentRows(lea.id)).toMatchObject([{ basis: 'consent', evidence: 'accepted marketing: yes, in shop-2.csv of 2026-03-08', origin: 'import' }]);
  });

  it('names the export the file was recognised as', async () => {
    await setUp();
    await importCsv('customers_export.csv', [
      'First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Country Code,Phone,Total Spent,Total Orders,Tags',
      'Max,Petit,max@example.com,yes,,FR,,10.00,1,',
    ]);
    const [max] = await find('max');
    expect(consentRows(max!.id)[0]!.evidence).toMatch(/^accepted marketing: yes, in customers_export\.csv \(Shopify customers[^)]*\) of 2026-03-08, date not given/);
  });
});

describe('a person on the suppression list added by hand', () => {
  it('plans nothing for them until a new consent with its source and a later date, which lifts the opt-out', async () => {
    await setUp();
    const ned = await call('contacts.create', withConsent({ firstName: 'Ned', email: 'ned@example.com', phone: '0611111111' }));
    await call('contacts.unsubscribe', { id: ned.id });
    await call('contacts.delete', { id: ned.id });

    now = T + 10 * DAY;
    const back = await call('contacts.create', withConsent({ firstName: 'Ned', email: 'ned@example.com' }));
    expect(back.suppressed).toBe('unsubscribed');
    await cart(back.id);
    await call('outbox.plan', {});
    expect(messagesOf(back.id).filter((m) => m.state !== 'cancelled')).toEqual([]);

    // A consent dated before the opt-out, or without a source, is no new evidence.
    await call('contacts.update', { id: back.id, patch: { consent: { basis: 'consent', source: 'old form', at: iso(T - DAY) } } });
    await call('contacts.update', { id: back.id, patch: { consent: { basis: 'consent', source: '', at: iso(T + 9 * DAY) } } });
    expect((await call('contacts.get', { id: back.id })).suppressed).toBe('unsubscribed');

    const lifted = await call('contacts.update', { id: back.id, patch: { consent: { basis: 'consent', source: 'signed up again at the shop', at: iso(T + 9 * DAY) } } });
    expect(lifted).toMatchObject({ suppressed: null, unsubscribedAt: null });
    expect(consentRows(back.id).at(-1)).toMatchObject({ basis: 'consent', evidence: 'entered from the command line; this new consent lifts the opt-out of 2026-03-08' });
    expect(auditRows('consent').at(-1)).toMatchObject({ contactId: back.id, detail: 'basis=consent; opt-out lifted' });
    // Only this contact's address leaves the list; the number they no longer give stays.
    expect(sqlite().prepare('SELECT count(*) FROM suppressions').pluck().get()).toBe(1);
    await call('outbox.plan', {});
    expect(messagesOf(back.id).filter((m) => m.state === 'scheduled').length).toBeGreaterThan(0);
  });
});
