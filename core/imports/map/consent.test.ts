import { describe, expect, it } from 'vitest';
import { isOptOutHeader, readConsentCell } from './consent';

describe('consent cells', () => {
  it.each(['yes', 'Yes', 'OUI', 'true', '1', 'x', '✓', 'subscribed', 'Abonné', 'opt-in', 'Opted in', 'Marketing contact'])('%s gives consent', (value) => {
    expect(readConsentCell(value, false, false)).toBe('given');
  });
  // A plain "no" in an opt-in column (Shopify's "Accepts Email Marketing: no") means the box was
  // never ticked, not an unsubscribe: withdrawing would put the person on the permanent
  // suppression list and stop the soft opt-in mail allowed to existing customers.
  it.each(['no', 'Non', 'n', 'false', 'FAUX', '0', 'not subscribed', 'Non-marketing contact'])('%s is a box left unticked (declined), not an opt-out', (value) => {
    expect(readConsentCell(value, false, false)).toBe('declined');
  });
  it.each(['unsubscribed', 'Désabonnée', 'opt-out', 'Revoked', 'withdrawn', 'refused', 'declined', 'unmarketable'])('%s withdraws it', (value) => {
    expect(readConsentCell(value, false, false)).toBe('withdrawn');
  });
  it('reads opt-out columns the other way round, and a yes there withdraws', () => {
    expect(['EMAIL_BLACKLISTED', 'Unsubscribed from all email', 'UNSUB_TIME', 'Désabonné', 'Opt-out'].every(isOptOutHeader)).toBe(true);
    expect(['Accepts Email Marketing', 'email_consent', 'Marketing contact status'].some(isOptOutHeader)).toBe(false);
    expect(readConsentCell('true', true, false)).toBe('withdrawn');
    expect(readConsentCell('2024-01-02 10:00:00', true, true)).toBe('withdrawn');
    expect(readConsentCell('false', true, false)).toBe('unsaid');
  });
  it('says “unsaid” for pending and “invalid” for anything else', () => {
    expect(readConsentCell('pending', false, false)).toBe('unsaid');
    expect(readConsentCell('maybe', false, false)).toBe('invalid');
  });
});
