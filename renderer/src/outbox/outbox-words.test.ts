import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { formatFullWhenBoth, formatWhen, formatWhenBoth, programLabel, theirZoneOf } from './outbox-words';

describe('outbox words', () => {
  it('names the program step in both languages', () => {
    expect(programLabel({ program: 'cart-recovery', step: 2, steps: 3 }, translator('en'))).toBe('Cart 2 of 3');
    expect(programLabel({ program: 'cart-recovery', step: 2, steps: 3 }, translator('fr'))).toBe('Panier 2 sur 3');
    expect(programLabel({ program: 'reactivation', step: 2, steps: 1 }, translator('en'))).toBe('Re-permission');
    expect(programLabel({ program: 'review-request', step: 2, steps: 2 }, translator('fr'))).toBe('Rappel d’avis');
    expect(programLabel({ program: 'checkout-unpaid', step: 1, steps: 3 }, translator('fr'))).toBe('Rappel de paiement 1 sur 3');
    expect(programLabel({ program: 'product-viewed', step: 1, steps: 1 }, translator('en'))).toBe('Product viewed');
    expect(programLabel({ program: 'quote-follow-up', step: 2, steps: 2 }, translator('en'))).toBe('Quote follow-up 2 of 2');
  });

  it('gives a weekday and a 24-hour time for the coming days, the date beyond', () => {
    const now = new Date(2026, 2, 9, 12, 0).getTime();
    expect(formatWhen(new Date(2026, 2, 12, 10, 14).toISOString(), 'en', now)).toBe('Thu 10:14');
    expect(formatWhen(new Date(2026, 2, 12, 10, 14).toISOString(), 'fr', now)).toBe('jeu. 10:14');
    expect(formatWhen(new Date(2026, 5, 12, 9, 0).toISOString(), 'en', now)).toMatch(/Jun 12/);
    expect(formatWhen(new Date(2027, 0, 4, 9, 0).toISOString(), 'en', now)).toMatch(/2027/);
  });
  it('shows a time in the owner\'s zone, and both times for a message read in the recipient\'s', () => {
    const at = '2026-03-16T13:00:00.000Z';
    const now = Date.parse('2026-03-14T12:00:00.000Z');
    expect(formatWhen(at, 'en', now, 'Europe/Paris')).toBe('Mon 14:00');
    expect(formatWhen(at, 'en', now, 'America/New_York')).toBe('Mon 09:00');
    expect(formatWhenBoth(at, 'en', translator('en'), now, 'Europe/Paris', 'America/New_York')).toBe('Mon 09:00 their time, 14:00 yours');
    expect(formatWhenBoth(at, 'fr', translator('fr'), now, 'Europe/Paris', 'America/New_York')).toBe('lun. 09:00 chez la personne, 14:00 chez vous');
    expect(formatWhenBoth(at, 'en', translator('en'), now, 'Europe/Paris', 'Europe/Paris')).toBe('Mon 14:00');
    expect(formatFullWhenBoth(at, 'en', translator('en'), 'Europe/Paris', null)).toBe('Monday, March 16, 2026 at 14:00');
    expect(theirZoneOf('cart 1 of 3; in their time zone (America/New_York)')).toBe('America/New_York');
    expect(theirZoneOf('cart 1 of 3')).toBeNull();
  });
});
