import { describe, expect, it } from 'vitest';
import { fillKeys, mergeValues, sameValues, type ContactValues } from './contact-values';

const values = (email: string | null, sourceId: string | null): ContactValues => ({
  firstName: '',
  lastName: '',
  email,
  emailKey: email?.toLowerCase() ?? null,
  phone: null,
  phoneNational: null,
  company: '',
  kind: 'customer',
  language: null,
  country: null,
  notes: '',
  consentBasis: null,
  consentSource: null,
  consentAt: null,
  unsubscribedAt: null,
  sourceId,
  tags: [],
  region: null,
  postalCode: null,
  createdAt: null,
});

describe('fillKeys', () => {
  it('gives the email key and customer id mergeValues gives in fill mode, whatever is empty', () => {
    const emails = [null, 'Ann@Example.com', 'bob@example.com'];
    const ids = [null, '', 'C1', 'C2'];
    for (const currentEmail of emails)
      for (const currentId of ids)
        for (const incomingEmail of emails)
          for (const incomingId of ids) {
            const current = values(currentEmail, currentId);
            const incoming = values(incomingEmail, incomingId);
            const merged = mergeValues(current, incoming, 'fill', 0);
            expect(fillKeys({ emailKey: current.emailKey, sourceId: current.sourceId }, incoming)).toEqual({ emailKey: merged.emailKey, sourceId: merged.sourceId });
          }
  });
});

describe('mergeValues and consent said again', () => {
  const NOW = Date.UTC(2026, 10, 26);
  const EARLIER = Date.UTC(2026, 10, 25);
  const withConsent = (basis: ContactValues['consentBasis'], source: string, at: number): ContactValues => ({
    ...values('ana@example.com', null),
    consentBasis: basis,
    consentSource: source,
    consentAt: at,
  });
  const consentOf = (v: ContactValues) => [v.consentBasis, v.consentSource, v.consentAt];

  it('keeps the record when the file says the same basis without a date, or with the same date', () => {
    const current = withConsent('consent', 'import clients.csv', EARLIER);
    expect(consentOf(mergeValues(current, withConsent('consent', 'import clients (1).csv', NOW), 'update', NOW))).toEqual(consentOf(current));
    expect(consentOf(mergeValues(current, withConsent('consent', 'import other.csv', EARLIER), 'update', NOW))).toEqual(consentOf(current));
  });

  it('takes a date of its own, another basis, or a row basis over the owner\'s word for a file', () => {
    const current = withConsent('consent', 'import clients.csv', EARLIER);
    const dated = withConsent('consent', 'import newer.csv', Date.UTC(2025, 0, 1));
    expect(consentOf(mergeValues(current, dated, 'update', NOW))).toEqual(consentOf(dated));
    const soft = withConsent('soft-opt-in', 'import newer.csv', NOW);
    expect(consentOf(mergeValues(current, soft, 'update', NOW))).toEqual(consentOf(soft));
    const declared = withConsent('soft-opt-in', 'declared for the whole file clients.csv', EARLIER);
    expect(consentOf(mergeValues(declared, soft, 'fill', NOW))).toEqual(consentOf(soft));
  });
});

describe('sameValues', () => {
  it('finds a change in any one field or tag, whatever order the keys were written in', () => {
    const base: ContactValues = { ...values('ana@example.com', 'C1'), tags: ['VIP', 'lapsed'], createdAt: 1, consentAt: 2 };
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as ContactValues;
    expect(sameValues(base, reordered)).toBe(true);
    for (const key of Object.keys(base) as (keyof ContactValues)[]) {
      const changed = { ...base, [key]: key === 'tags' ? ['VIP'] : typeof base[key] === 'number' ? 3 : 'other' } as ContactValues;
      expect(sameValues(base, changed), key).toBe(false);
    }
    expect(sameValues(base, { ...base, tags: ['lapsed', 'VIP'] })).toBe(false);
    expect(sameValues(base, { ...base, phone: undefined as unknown as null })).toBe(false);
  });
});
