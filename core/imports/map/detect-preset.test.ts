import { describe, expect, it } from 'vitest';
import { importFields } from '../types';
import { detectPreset, presetById, presetChoices } from './detect-preset';
import { readFixture } from './test-support/read-fixture';

const shared = (path: string): URL => new URL(`../../../../shared/fixtures/${path}`, import.meta.url);
const local = (name: string): URL => new URL(`./test-fixtures/${name}`, import.meta.url);

const fixtures: [URL, string][] = [
  [shared('formats/google-contacts/google-csv.csv'), 'google-contacts'],
  [shared('formats/google-contacts/google-csv-legacy.csv'), 'google-contacts-legacy'],
  [shared('formats/outlook/outlook-com-export.csv'), 'outlook'],
  [shared('formats/outlook/google-outlook-csv.csv'), 'outlook'],
  [shared('formats/vcard/apple-icloud-3.0.vcf'), 'vcard'],
  [shared('formats/vcard/vcard-4.0.vcf'), 'vcard'],
  [shared('formats/shopify/customers_export.csv'), 'shopify-customers'],
  [shared('formats/shopify/customers_export_legacy.csv'), 'shopify-customers-legacy'],
  [shared('formats/shopify/orders_export.csv'), 'shopify-orders'],
  [shared('formats/mailchimp/subscribed_members_export_a1b2c3d4e5.csv'), 'mailchimp'],
  [local('woocommerce-customers.csv'), 'woocommerce-customers'],
  [local('woocommerce-orders.csv'), 'woocommerce-orders'],
  [local('helloasso-paiements.csv'), 'helloasso'],
  [local('stripe-payments.csv'), 'stripe-payments'],
  [local('stripe-customers.csv'), 'stripe-customers'],
  [local('paypal-activity.csv'), 'paypal'],
  [local('hubspot-contacts.csv'), 'hubspot'],
  [local('brevo-contacts.csv'), 'brevo'],
  [shared('edge-cases/fr-excel-semicolon-cp1252.csv'), 'generic'],
  [shared('edge-cases/utf8-bom.csv'), 'generic'],
];

describe('detectPreset on real export headers', () => {
  it.each(fixtures)('%s is recognised', async (url, presetId) => {
    const table = await readFixture(url);
    const match = detectPreset(table.headers);
    expect(match.presetId).toBe(presetId);
    expect(match.mapping.columns).toHaveLength(table.headers.length);
    for (const field of match.mapping.columns) expect(importFields).toContain(field);
  });

  it('recognises the Outlook desktop field names (Evolution’s list)', async () => {
    const { readFileSync } = await import('node:fs');
    const names = readFileSync(shared('formats/outlook/outlook-desktop-field-names.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'));
    const match = detectPreset(names);
    expect(match.presetId).toBe('outlook');
    expect(match.mapping.columns[names.indexOf('E-mail Address')]).toBe('email');
    expect(match.mapping.columns[names.indexOf('Mobile Phone')]).toBe('phone');
    expect(match.mapping.columns[names.indexOf('Categories')]).toBe('tags');
  });
});

describe('detectPreset matches names, not positions', () => {
  it('ignores case, spacing, accents and a BOM', () => {
    const headers = ['\uFEFFfirst name', 'LAST  NAME', ' e-mail 1 - value ', 'Labels'];
    const match = detectPreset(headers);
    expect(match.presetId).toBe('google-contacts');
    expect(match.mapping.columns).toEqual(['firstName', 'lastName', 'email', 'tags']);
  });

  it('accepts the columns of an export in any order and with some missing', () => {
    const headers = ['Tags', 'Email', 'Accepts Email Marketing', 'Last Name', 'First Name', 'Total Spent'];
    const match = detectPreset(headers);
    expect(match.presetId).toBe('shopify-customers');
    expect(match.mapping.columns).toEqual(['tags', 'email', 'consent', 'lastName', 'firstName', 'ignore']);
  });

  it('prefers the preset that explains more of the file', () => {
    // Both Shopify customer layouts fit; the current one knows every column here.
    const headers = ['Customer ID', 'First Name', 'Last Name', 'Email', 'Accepts Email Marketing', 'Accepts Marketing', 'Default Address Country Code', 'Total Spent'];
    expect(detectPreset(headers).presetId).toBe('shopify-customers');
  });

  it('keeps a Mailchimp audience’s own merge fields, guessed by name', () => {
    const match = detectPreset(['Email Address', 'First Name', 'Company', 'Langue', 'CONFIRM_TIME', 'MEMBER_RATING']);
    expect(match.presetId).toBe('mailchimp');
    expect(match.mapping.columns).toEqual(['email', 'firstName', 'company', 'language', 'consentDate', 'ignore']);
  });

  it('falls back to the generic preset for a plain spreadsheet', () => {
    const match = detectPreset(['Email', 'First Name', 'Last Name', 'Notes']);
    expect(match.presetId).toBe('generic');
    expect(match.mapping).toEqual({ columns: ['email', 'firstName', 'lastName', 'notes'], defaultKind: null, defaultEventType: null });
  });

  it('sets the defaults that go with a layout', () => {
    expect(detectPreset(['Name', 'Email', 'Financial Status', 'Lineitem name', 'Lineitem quantity']).mapping).toMatchObject({
      defaultKind: 'customer',
      defaultEventType: 'order',
    });
    const helloAsso = detectPreset(['Date', 'Montant', 'Nom', 'Prénom', 'Email', 'Statut']);
    expect(helloAsso.presetId).toBe('helloasso');
    expect(helloAsso.mapping).toMatchObject({ defaultKind: 'donor', defaultEventType: 'donation' });
  });
});

describe('presetById', () => {
  it('applies a preset the person chose, even when the file lacks its required columns', () => {
    const match = presetById('shopify-orders', ['Name', 'Email', 'Total']);
    expect(match).toMatchObject({ presetId: 'shopify-orders', mapping: { columns: ['event.reference', 'email', 'event.amount'], defaultEventType: 'order' } });
  });

  it('knows the generic preset and refuses an unknown id', () => {
    expect(presetById('generic', ['Courriel'])?.mapping.columns).toEqual(['email']);
    expect(presetById('no-such-preset', ['Email'])).toBeNull();
  });

  it('lists every preset once for a menu', () => {
    const ids = presetChoices().map((choice) => choice.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('generic');
  });
});
