import { describe, expect, it } from 'vitest';
import { guessField } from './presets/guess-field';
import { byEmail, mapFixture } from './test-support/map-fixture';

// Creation dates ("Created At", "customer since", "date d'inscription") and where a person lives
// (state or province, postal code), read from real exports' headers and rows: the first gives the
// 3-year rule a date to count from, the second the recipient's exact time zone.
const shared = (path: string): URL => new URL(`../../../../shared/fixtures/${path}`, import.meta.url);
const local = (name: string): URL => new URL(`./test-fixtures/${name}`, import.meta.url);

describe('creation dates and places in known exports', () => {
  it('Shopify customers: province code and ZIP (without its leading apostrophe)', async () => {
    const { records, presetId } = await mapFixture(shared('formats/shopify/customers_export.csv'));
    expect(presetId).toBe('shopify-customers');
    expect(byEmail(records, 'helene.dupre@laposte.example')).toMatchObject({ country: 'FR', region: null, postalCode: '75002' });
  });

  it('Shopify customers, legacy layout: Province Code and Zip', async () => {
    const { records } = await mapFixture(shared('formats/shopify/customers_export_legacy.csv'));
    expect(byEmail(records, 'helene.dupre@laposte.example')).toMatchObject({ region: null, postalCode: '75002' });
  });

  it('WooCommerce customers: date registered, billing state and postcode', async () => {
    const { records } = await mapFixture(local('woocommerce-customers.csv'));
    expect(byEmail(records, 'guest.buyer@example.com')).toMatchObject({
      country: 'CA', region: 'QC', postalCode: 'H2X 1Y4', createdAt: Date.parse('2025-01-17T18:03:55Z'),
    });
  });

  it('HubSpot and Stripe customers: their creation dates', async () => {
    const hubspot = await mapFixture(local('hubspot-contacts.csv'));
    expect(byEmail(hubspot.records, 'helene.dupre@laposte.example').createdAt).toBe(Date.parse('2024-03-05T10:22:00Z'));
    const stripe = await mapFixture(local('stripe-customers.csv'));
    expect(byEmail(stripe.records, 'helene.dupre@laposte.example').createdAt).toBe(Date.parse('2024-05-02T09:41:00Z'));
  });

  it('Mailchimp: the region it places a subscriber in, and the subscription as the first date', async () => {
    const { records } = await mapFixture(shared('formats/mailchimp/subscribed_members_export_a1b2c3d4e5.csv'));
    expect(byEmail(records, "sean.o'brien@example.com")).toMatchObject({
      country: 'US', region: 'NY', createdAt: Date.parse('2019-06-25T17:40:02Z'),
    });
  });
});

describe('headers of other files', () => {
  it.each([
    ['created_at', 'createdAt'], ['Created At', 'createdAt'], ['Customer since', 'createdAt'], ['Date added', 'createdAt'],
    ["Date d'inscription", 'createdAt'], ['Sign Up', 'createdAt'], ['First Order', 'createdAt'], ['Créé le', 'createdAt'],
    ['Client depuis', 'createdAt'], ['Date de première commande', 'createdAt'],
    ['State', 'region'], ['Province', 'region'], ['Province Code', 'region'], ['Ship to state', 'region'], ['Région', 'region'],
    ['ZIP', 'postalCode'], ['Zip code', 'postalCode'], ['Postal code', 'postalCode'], ['Code postal', 'postalCode'], ['CP', 'postalCode'],
    ['Country/Region', 'country'], ['Adresse postale', 'ignore'],
  ])('%s is read as %s', (header, field) => {
    expect(guessField(header)).toBe(field);
  });
});
