import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { readLegalBasis } from './legal-basis';
import { mapRows } from './map-rows';
import { guessField } from './presets/guess-field';
import { table } from './test-support/table';

const now = new Date('2026-11-25T12:00:00Z');
const options = { fileName: 'clients.csv', now };

describe('legal-basis cells', () => {
  it.each([
    ['consent', 'consent'], ['Consentement', 'consent'], ['opt-in', 'consent'], ['Opt in', 'consent'],
    ['soft opt-in', 'soft-opt-in'], ['soft-opt-in', 'soft-opt-in'], ['Client existant', 'soft-opt-in'], ['existing customer', 'soft-opt-in'],
    ['legitimate interest', 'legitimate-interest'], ['Intérêt légitime', 'legitimate-interest'], ['legitimate-interest', 'legitimate-interest'],
    ['charity', 'charity-opt-out'], ['charity opt-out', 'charity-opt-out'], ['Association', 'charity-opt-out'], ['don', 'charity-opt-out'],
    ['transactional', 'transactional'], ['Transactionnel', 'transactional'],
  ])('reads %j as %s', (cell, basis) => {
    expect(readLegalBasis(cell)).toBe(basis);
  });

  it('places no value it cannot be sure of', () => {
    expect(['yes', 'maybe', 'newsletter', 'client'].map(readLegalBasis)).toEqual([null, null, null, null]);
  });
});

describe('legal-basis columns', () => {
  it.each(['legal basis', 'Base légale', 'Lawful basis', 'basis', 'Consent basis', 'base juridique', 'GDPR basis', 'Base RGPD'])('guesses %j as the legal basis', (header) => {
    expect(guessField(header)).toBe('legalBasis');
  });

  it('leaves consent columns as they were', () => {
    expect(['Email consent', 'Accepts Email Marketing', 'Date consentement', 'Database'].map(guessField)).toEqual(['consent', 'consent', 'consentDate', 'ignore']);
  });

  it('records the basis with the consent date of the row, or none when the file gives none', () => {
    const t = table(['Email', 'Base légale', 'Date consentement'], [['a@example.com', 'soft opt-in', '2025-03-01'], ['b@example.com', 'Intérêt légitime', '']]);
    const match = detectPreset(t.headers);
    expect(match.mapping.columns).toEqual(['email', 'legalBasis', 'consentDate']);
    const [a, b] = mapRows(t, match.mapping, options);
    // A consent date without a time is read at noon (read-cell.ts), in UTC here.
    expect(a!.consent).toEqual({ state: 'given', at: Date.parse('2025-03-01T12:00:00Z'), basis: 'soft-opt-in' });
    expect(b!.consent).toEqual({ state: 'given', at: null, basis: 'legitimate-interest' });
  });

  it('keeps an opt-out over any basis, and a basis over an unticked opt-in box', () => {
    const t = table(['Email', 'Legal basis', 'Accepts Email Marketing', 'Unsubscribed'], [
      ['a@example.com', 'consent', '', 'yes'],
      ['b@example.com', 'soft opt-in', 'no', ''],
    ]);
    const [a, b] = mapRows(t, detectPreset(t.headers).mapping, options);
    expect(a!.consent).toMatchObject({ state: 'withdrawn' });
    expect(b!.consent).toMatchObject({ state: 'given', basis: 'soft-opt-in' });
  });

  it('reports a value it cannot place on its line and column, and records no basis', () => {
    const t = table(['Email', 'Legal basis'], [['a@example.com', 'peut-être']]);
    const [record] = mapRows(t, detectPreset(t.headers).mapping, options);
    expect(record!.consent).toBeNull();
    expect(record!.problems).toEqual([
      expect.objectContaining({ line: 2, column: 'Legal basis', rule: 'import.notALegalBasis', params: { value: 'peut-être' } }),
    ]);
  });
});
