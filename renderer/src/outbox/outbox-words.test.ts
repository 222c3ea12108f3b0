import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { formatWhen, programLabel } from './outbox-words';

describe('outbox words', () => {
  it('names the program step in both languages', () => {
    expect(programLabel({ program: 'cart-recovery', step: 2, steps: 3 }, translator('en'))).toBe('Cart 2 of 3');
    expect(programLabel({ program: 'cart-recovery', step: 2, steps: 3 }, translator('fr'))).toBe('Panier 2 sur 3');
    expect(programLabel({ program: 'reactivation', step: 2, steps: 1 }, translator('en'))).toBe('Re-permission');
    expect(programLabel({ program: 'review-request', step: 2, steps: 2 }, translator('fr'))).toBe('Rappel d’avis');
  });

  it('gives a weekday and a 24-hour time for the coming days, the date beyond', () => {
    const now = new Date(2026, 2, 9, 12, 0).getTime();
    expect(formatWhen(new Date(2026, 2, 12, 10, 14).toISOString(), 'en', now)).toBe('Thu 10:14');
    expect(formatWhen(new Date(2026, 2, 12, 10, 14).toISOString(), 'fr', now)).toBe('jeu. 10:14');
    expect(formatWhen(new Date(2026, 5, 12, 9, 0).toISOString(), 'en', now)).toMatch(/Jun 12/);
    expect(formatWhen(new Date(2027, 0, 4, 9, 0).toISOString(), 'en', now)).toMatch(/2027/);
  });
});
