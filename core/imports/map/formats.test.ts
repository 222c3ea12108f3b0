import { describe, expect, it } from 'vitest';
import { byEmail, mapFixture } from './test-support/map-fixture';

// Each known export, mapped end to end from its fixture file: the people in it come out with
// their names, raw emails and phones, consent and tags.

const shared = (path: string): URL => new URL(`../../../../shared/fixtures/formats/${path}`, import.meta.url);
const local = (name: string): URL => new URL(`./test-fixtures/${name}`, import.meta.url);
const utc = (iso: string): number => Date.parse(iso);

describe('Google Contacts', () => {
  it('maps the current layout: " ::: " multi-values, labels without Google’s system groups', async () => {
    const { records } = await mapFixture(shared('google-contacts/google-csv.csv'));
    expect(records).toHaveLength(5);
    expect(records.every((record) => record.problems.length === 0)).toBe(true);
    expect(records[0]).toMatchObject({
      firstName: 'Hélène',
      lastName: 'Dupré',
      email: 'helene.dupre@laposte.example',
      extraEmails: ['h.dupre@dupre-fils.example'],
      phone: '+33 6 12 34 56 78',
      extraPhones: ['+33 1 99 00 12 34'],
      company: 'Dupré, Fils & Cie',
      tags: ['VIP', 'Donatrice'],
      country: 'FR',
      notes: 'Allergique aux noix.\nPréfère être appelée le matin ; jamais le dimanche.',
    });
    const lukasz = byEmail(records, 'lukasz.wisniewski@example.net');
    expect(lukasz).toMatchObject({ firstName: 'Łukasz', lastName: 'Wiśniewski', phone: '+41 79 123 45 67', extraPhones: ['+41 22 555 01 23'], tags: [], country: 'CH' });
    expect(byEmail(records, "sean.o'brien@example.com").extraEmails).toEqual(['SEAN.OBRIEN@EXAMPLE.COM']);
    // Chloé has a phone and no address: a contact all the same.
    expect(records[4]).toMatchObject({ firstName: 'Chloé 🌸', lastName: 'Tremblay', email: null, phone: '(514) 555-0199' });
  });

  it('maps the legacy layout', async () => {
    const { records } = await mapFixture(shared('google-contacts/google-csv-legacy.csv'));
    expect(records.map((record) => [record.firstName, record.lastName, record.email])).toEqual([
      ['Hélène', 'Dupré', 'helene.dupre@laposte.example'],
      ['Zoë', 'Van den Broeck', 'zoe.vandenbroeck@example.org'],
      ['Seán', "O'Brien", "sean.o'brien@example.com"],
    ]);
    expect(records[0]!.tags).toEqual(['VIP']);
    expect(records[0]!.company).toBe('Dupré, Fils & Cie');
    expect(records.map((record) => record.country)).toEqual(['FR', 'BE', 'US']);
  });
});

describe('Outlook', () => {
  it('maps the outlook.com export: the mobile is the main phone', async () => {
    const { records } = await mapFixture(shared('outlook/outlook-com-export.csv'));
    expect(records).toHaveLength(4);
    expect(records[0]).toMatchObject({ email: 'helene.dupre@laposte.example', extraEmails: ['h.dupre@dupre-fils.example'], phone: '+33 6 12 34 56 78', extraPhones: ['+33 1 99 00 12 34'], country: 'FR' });
    // No mobile: the business phone becomes the main one.
    expect(byEmail(records, 'lukasz.wisniewski@example.net')).toMatchObject({ phone: '+41 79 123 45 67', company: 'Żółw Software Sàrl', country: 'CH' });
    expect(records.flatMap((record) => record.problems)).toEqual([]);
  });

  it('maps Google’s “Outlook CSV” and drops its myContacts/starred categories', async () => {
    const { records } = await mapFixture(shared('outlook/google-outlook-csv.csv'));
    expect(records.map((record) => [record.firstName, record.email, record.phone, record.country, record.tags])).toEqual([
      ['Hélène', 'helene.dupre@laposte.example', '+33 6 12 34 56 78', 'FR', []],
      ['Zoë', 'zoe.vandenbroeck@example.org', '+32 470 12 34 56', 'BE', []],
      ['Seán', "sean.o'brien@example.com", '+1 (212) 555-0142', 'US', []],
      ['Chloé 🌸', 'chloe.tremblay@example.com', '(514) 555-0199', 'CA', []],
    ]);
  });
});

describe('vCard', () => {
  it('maps cards, and an organisation’s card names no person', async () => {
    const { records } = await mapFixture(shared('vcard/apple-icloud-3.0.vcf'));
    expect(records).toHaveLength(5);
    expect(records[0]).toMatchObject({ firstName: 'Hélène', lastName: 'Dupré', tags: ['VIP', 'Donatrice'], extraPhones: ['+33 1 99 00 12 34'] });
    expect(byEmail(records, 'lukasz.wisniewski@example.net')).toMatchObject({ firstName: '', lastName: '', company: 'Żółw Software Sàrl' });
    expect(records.flatMap((record) => record.problems)).toEqual([]);
  });

  it('reads vCard 4 languages and categories with an escaped comma', async () => {
    const { records } = await mapFixture(shared('vcard/vcard-4.0.vcf'));
    expect(byEmail(records, 'zoe.vandenbroeck@example.org')).toMatchObject({ language: 'nl', tags: ['Bénévole', 'Newsletter, FR'] });
    expect(byEmail(records, 'simon.perreault@viagenie.ca')).toMatchObject({ language: 'fr', country: 'CA', company: 'Viagenie' });
  });
});

describe('Shopify customers', () => {
  it('maps the current export: consent from “Accepts Email Marketing”, Excel’s apostrophes removed', async () => {
    const { records } = await mapFixture(shared('shopify/customers_export.csv'));
    // "Accepts Email Marketing: no" means the box was never ticked, not an unsubscribe: treating it
    // as an opt-out would put the person on the permanent suppression list and stop the soft
    // opt-in mail allowed to existing customers. So "no" leaves consent unsaid (null).
    expect(records.map((record) => [record.email, record.consent, record.sourceId, record.phone, record.extraPhones])).toEqual([
      ['helene.dupre@laposte.example', { state: 'given', at: null }, '7012345678901', '+33612345678', []],
      ['zoe.vandenbroeck@example.org', null, '7012345678902', '+32470123456', []],
      ["sean.o'brien@example.com", { state: 'given', at: null }, '7012345678903', '+12125550142', []],
      ['chloe.tremblay@example.com', null, '7012345678904', '+15145550199', []],
    ]);
    expect(records[0]).toMatchObject({ kind: 'customer', company: 'Dupré, Fils & Cie', tags: ['VIP', 'Donatrice'], country: 'FR' });
    expect(records[1]!.tags).toEqual(['Bénévole', 'Newsletter', 'FR']);
  });

  it('maps the legacy export', async () => {
    const { records } = await mapFixture(shared('shopify/customers_export_legacy.csv'));
    // "Accepts Marketing: no" is an unticked box, not an unsubscribe (see above): consent unsaid.
    expect(records.map((record) => [record.firstName, record.consent === null ? null : record.consent.state, record.country, record.tags])).toEqual([
      ['Hélène', 'given', 'FR', ['VIP', 'Donatrice']],
      ['Łukasz', null, 'CH', []],
      ['Seán', 'given', 'US', ['Lead']],
    ]);
  });
});

describe('Mailchimp', () => {
  it('gives consent at the confirmation time and keeps quoted tags whole', async () => {
    const { records } = await mapFixture(shared('mailchimp/subscribed_members_export_a1b2c3d4e5.csv'));
    expect(records.map((record) => [record.email, record.consent])).toEqual([
      ['helene.dupre@laposte.example', { state: 'given', at: utc('2021-04-03T10:12:40Z') }],
      ['zoe.vandenbroeck@example.org', { state: 'given', at: utc('2023-09-01T08:00:00Z') }],
      ["sean.o'brien@example.com", { state: 'given', at: utc('2019-06-25T17:40:02Z') }],
    ]);
    expect(records.map((record) => record.tags)).toEqual([['VIP', 'Donatrice'], ['Bénévole', 'Newsletter, FR'], ['Lead']]);
    expect(records[0]).toMatchObject({ firstName: 'Hélène', phone: '+33 6 12 34 56 78', country: 'FR', sourceId: 'a1b2c3d4e5' });
    expect(records.flatMap((record) => record.problems)).toEqual([]);
  });
});

describe('WooCommerce', () => {
  it('maps customers; a guest (customer id 0) has no id and takes the billing name', async () => {
    const { records } = await mapFixture(local('woocommerce-customers.csv'));
    expect(records[0]).toMatchObject({ sourceId: '12', firstName: 'Hélène', email: 'helene.dupre@laposte.example', extraEmails: ['compta@dupre-fils.example'], createdAt: utc('2024-05-02T09:41:12Z') });
    expect(records[1]).toMatchObject({ sourceId: null, firstName: 'Marc', lastName: 'Guest', country: 'CA' });
  });

  it('maps orders with their pipe-delimited line items', async () => {
    const { records } = await mapFixture(local('woocommerce-orders.csv'));
    expect(records.map((record) => record.events)).toEqual([
      [{ type: 'order', occurredAt: utc('2025-03-14T10:22:05Z'), dateOnly: false, amountMinor: 3470, currency: 'EUR', reference: '4021', items: [{ name: 'Tasse bleue', quantity: 2 }, { name: 'Tote bag', quantity: 1 }], status: 'completed', link: null }],
      [{ type: 'order', occurredAt: utc('2025-03-15T16:40:00Z'), dateOnly: false, amountMinor: 123450, currency: 'CAD', reference: '4022', items: [{ name: 'Abonnement annuel', quantity: 1 }], status: 'processing', link: null }],
    ]);
  });
});

describe('HelloAsso', () => {
  it('maps payers as donors with their donations (French dates and decimal commas)', async () => {
    const { records, dateOrder } = await mapFixture(local('helloasso-paiements.csv'));
    expect(dateOrder.order).toBe('dmy');
    expect(records[0]).toMatchObject({ firstName: 'Hélène', lastName: 'Dupré', email: 'helene.dupre@laposte.example', kind: 'donor', country: 'FR' });
    expect(records[0]!.events).toEqual([
      { type: 'donation', occurredAt: utc('2026-04-03T18:23:13Z'), dateOnly: false, amountMinor: 4500, currency: 'EUR', reference: '82810', items: [], status: 'Payé', link: null },
    ]);
    expect(records[1]!.events[0]).toMatchObject({ occurredAt: utc('2024-02-29T09:00:00Z'), amountMinor: 100000 });
    expect(records[1]!.company).toBe('Les Amis de la Forêt');
  });
});

describe('Stripe', () => {
  it('maps payments as orders, in the payment’s currency', async () => {
    const { records } = await mapFixture(local('stripe-payments.csv'));
    expect(records.map((record) => [record.firstName, record.lastName, record.email, record.sourceId, record.country])).toEqual([
      ['Hélène', 'Dupré', 'helene.dupre@laposte.example', 'cus_00000000000001', 'FR'],
      ['Seán', "O'Brien", "sean.o'brien@example.com", 'cus_00000000000002', 'US'],
    ]);
    expect(records[1]!.events).toEqual([
      { type: 'order', occurredAt: utc('2025-12-03T08:05:00Z'), dateOnly: false, amountMinor: 8999, currency: 'USD', reference: 'ch_0000000000000002', items: [], status: 'Refunded', link: null },
    ]);
  });

  it('maps customers', async () => {
    const { records } = await mapFixture(local('stripe-customers.csv'));
    expect(records[0]).toMatchObject({ sourceId: 'cus_00000000000001', firstName: 'Hélène', lastName: 'Dupré', notes: 'Cliente fidèle', createdAt: utc('2024-05-02T09:41:00Z'), kind: 'customer' });
  });
});

describe('PayPal', () => {
  it('reads the event type from PayPal’s “Type”, month-first US dates and the time in its zone (10:04:11 PST)', async () => {
    const { records, dateOrder } = await mapFixture(local('paypal-activity.csv'));
    expect(dateOrder.order).toBe('mdy');
    expect(records[0]!.events[0]).toMatchObject({ type: 'donation', occurredAt: utc('2025-11-28T18:04:11Z'), amountMinor: 5000, currency: 'USD', reference: '1AB00000000000001' });
    expect(records[1]!.events[0]).toMatchObject({ type: 'order', amountMinor: 123450, currency: 'CAD', items: [{ name: 'Calendrier 2026', quantity: 3 }] });
  });

  it('reports a row that is no customer event rather than dropping it', async () => {
    const { records } = await mapFixture(local('paypal-activity.csv'));
    expect(records[2]!.events).toEqual([]);
    expect(records[2]!.problems).toEqual([
      {
        line: 4,
        column: 'Type',
        message: '“General Withdrawal” is not a kind of event (order, donation, abandoned cart, delivery or refund).',
        rule: 'import.notAnEventType',
        params: { value: 'General Withdrawal' },
      },
    ]);
  });
});

describe('HubSpot', () => {
  it('reads the marketing contact status, the unsubscribe flag and the lifecycle stage', async () => {
    const { records } = await mapFixture(local('hubspot-contacts.csv'));
    expect(records.map((record) => [record.sourceId, record.consent?.state, record.kind, record.company])).toEqual([
      ['101', 'given', 'customer', 'Dupré, Fils & Cie'],
      ['102', 'withdrawn', 'prospect', 'Acme "Widgets" Inc.'],
    ]);
    expect(records[0]!.createdAt).toBe(utc('2024-03-05T10:22:00Z'));
  });
});

describe('Brevo', () => {
  it('reads EMAIL_BLACKLISTED as a withdrawal and DOUBLE_OPT-IN as consent', async () => {
    const { records } = await mapFixture(local('brevo-contacts.csv'));
    expect(records.map((record) => [record.email, record.firstName, record.phone, record.consent])).toEqual([
      ['helene.dupre@laposte.example', 'Hélène', '+33612345678', { state: 'given', at: null }],
      ['zoe.vandenbroeck@example.org', 'Zoë', '+32470123456', { state: 'withdrawn', at: null }],
      // Not blacklisted says nothing about consent given.
      ["sean.o'brien@example.com", 'Seán', null, null],
    ]);
  });
});
