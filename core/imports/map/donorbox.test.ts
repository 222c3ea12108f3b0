import { describe, expect, it } from 'vitest';
import { detectPreset, rowRuleFor } from './detect-preset';
import { mapTable } from './map-rows';
import { newFileFacts } from './row-rule';
import { testNow } from './test-support/map-fixture';
import { readFixture } from './test-support/read-fixture';

// Donorbox's donations as its API answers them (GET /api/v1/donations, field names from the
// donorbox/donorbox-api wiki): read as JSON, recognised by the nested donor's fields, each
// donation a gift of its donor. Invented donors.

const fixture = new URL('./test-fixtures/donorbox-donations.json', import.meta.url);

const mapped = async () => {
  const parsed = await readFixture(fixture);
  const match = detectPreset(parsed.headers, parsed.rows.map((row) => row.cells));
  const rowRule = rowRuleFor(match.presetId, parsed.headers, newFileFacts());
  return { parsed, match, ...mapTable(parsed, match.mapping, { fileName: 'donations.json', now: testNow, currency: match.currency, rowRule }) };
};

describe('a Donorbox donations file', () => {
  it('is recognised from its flattened columns', async () => {
    const { parsed, match } = await mapped();
    expect(parsed.format).toBe('json');
    expect(match.presetId).toBe('donorbox');
    expect(match.mapping.defaultKind).toBe('donor');
  });

  it('makes the nested donor the contact and each donation a gift', async () => {
    const { records } = await mapped();
    expect(records[0]).toMatchObject({
      line: 2,
      email: 'anais.dharcourt@example.com',
      firstName: 'Anaïs',
      lastName: "d'Harcourt",
      phone: '+33 6 12 34 56 78',
      country: 'FR',
      postalCode: '42000',
      sourceId: '5001',
      kind: 'donor',
      consent: { state: 'given' },
    });
    expect(records[0]!.events).toMatchObject([
      { type: 'donation', amountMinor: 2500, currency: 'EUR', reference: '880001', occurredAt: Date.parse('2026-10-02T08:15:00.000Z'), items: [{ name: 'Hiver solidaire' }] },
    ]);
    expect(records[1]).toMatchObject({ email: 'sam.carter@example.com', country: 'US', consent: null });
    expect(records[1]!.events).toMatchObject([{ amountMinor: 10000, currency: 'USD' }]);
  });

  it('counts a refunded donation in no figure', async () => {
    const { records } = await mapped();
    expect(records[2]).toMatchObject({ email: 'anais.dharcourt@example.com', events: [] });
    expect(records[2]!.problems).toEqual([expect.objectContaining({ rule: 'import.voidNotCounted', params: { status: 'refunded' } })]);
  });
});
