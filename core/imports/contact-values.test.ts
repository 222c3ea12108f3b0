import { describe, expect, it } from 'vitest';
import { fillKeys, mergeValues, type ContactValues } from './contact-values';

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
