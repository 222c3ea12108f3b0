import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { genericMapping } from './presets/generic';
import { isDateLike, isNumberLike } from './value-kinds';

// A loose word match never maps a column to a field of another kind: the values of the first
// rows are checked before a guess is proposed, and the preview says which columns were left out.
// The headers are those of a WooCommerce Analytics export renamed by a plugin, so no preset
// knows them: "Last Active" has the word "last", "Orders" the word "order", "Customer type" "type".

const headers = ['Customer name', 'Last Active', 'Email', 'Orders', 'Customer type', 'Amount'];
const rows = [
  ['Jeanne Moreau', '2026-11-20 14:02:11', 'jeanne.moreau@example.com', '3', 'returning', '81.50'],
  ['Tom Baker', '2026-10-02 09:14:03', 'tom.baker@example.com', '1', 'new', '19.00'],
  ['Ana López', '2026-11-24 18:40:52', 'ana.lopez@example.com', '1', 'new', '45.00'],
];

describe('guessed columns checked against their values', () => {
  it('were word matches alone: the trap this file sets', () => {
    expect(genericMapping(headers).columns).toEqual(['fullName', 'lastName', 'email', 'ignore', 'event.type', 'event.amount']);
  });

  it('leave out a date under a name, a count under an order number and words that are no event type', () => {
    const mapping = genericMapping(headers, rows);
    expect(mapping.columns).toEqual(['fullName', 'ignore', 'email', 'ignore', 'ignore', 'event.amount']);
    expect(mapping.notes).toEqual([
      { column: 'Orders', rule: 'import.leftOut.figure', params: {} },
      { column: 'Last Active', rule: 'import.leftOut.dates', params: { field: 'lastName', value: '2026-11-20 14:02:11' } },
      { column: 'Customer type', rule: 'import.leftOut.notEventTypes', params: { field: 'event.type', value: 'returning' } },
    ]);
  });

  it('leave out a count under an order reference, whatever its header', () => {
    const mapping = genericMapping(['Email', 'Commande', 'Montant'], [
      ['a@example.com', '2', '10,00'],
      ['b@example.com', '1', '12,00'],
      ['c@example.com', '2', '8,00'],
    ]);
    expect(mapping.columns).toEqual(['email', 'ignore', 'event.amount']);
    expect(mapping.notes).toEqual([{ column: 'Commande', rule: 'import.leftOut.counts', params: { field: 'event.reference', value: '2' } }]);
  });

  it('keep real order numbers, names and event types', () => {
    const mapping = genericMapping(['Name', 'Order', 'Type', 'Date'], [
      ['Jeanne Moreau', '1042', 'order', '2026-11-20'],
      ['Tom Baker', '1041', 'refund', '2026-11-18'],
    ]);
    expect(mapping.columns).toEqual(['fullName', 'event.reference', 'event.type', 'event.date']);
    expect(mapping.notes).toEqual([]);
  });

  it('leave out an amount under a company and text under an email, in a preset’s guessed columns too', () => {
    // HubSpot lets a portal add properties: they are guessed, then checked.
    const match = detectPreset(['Record ID', 'Email', 'Lifecycle Stage', 'Company revenue', 'Business email label'], [
      ['101', 'a@example.com', 'customer', '12000', 'work'],
      ['102', 'b@example.com', 'lead', '8500.50', 'home'],
    ]);
    expect(match.presetId).toBe('hubspot');
    expect(match.mapping.columns).toEqual(['sourceId', 'email', 'kind', 'ignore', 'ignore']);
    expect(match.notes).toContainEqual({ column: 'Company revenue', rule: 'import.leftOut.numbers', params: { field: 'company', value: '12000' } });
  });

  it('tell dates and numbers apart as files write them', () => {
    expect(['2026-11-25', '25/11/2026 09:14:03', '2026-11-25T09:14:03Z', '11.25.26'].every(isDateLike)).toBe(true);
    expect(['Moreau', '1042', '€81.50', '12,50'].some(isDateLike)).toBe(false);
    expect(['3', '1 204,00', '€81.50', '(5.00)'].every(isNumberLike)).toBe(true);
    expect(['Moreau', '2026-11-25', 'SW1A 1AA'].some(isNumberLike)).toBe(false);
  });
});
