import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { isFromOutbox, outboxNote } from './outbox-event-words';

describe('outboxNote', () => {
  it('words what sending wrote in the window’s language', () => {
    expect(outboxNote('Cart 1 of 3 sent', translator('en'))).toBe('Cart 1 of 3 sent');
    expect(outboxNote('Cart 2 of 3 sent', translator('fr'))).toBe('Envoyé : Panier 2 sur 3');
    expect(outboxNote('Review request 2 of 2 sent', translator('en'))).toBe('Review reminder sent');
    expect(outboxNote('Reactivation sent', translator('fr'))).toBe('Envoyé : Réactivation');
    expect(outboxNote('Payment reminder 1 of 3 sent', translator('fr'))).toBe('Envoyé : Rappel de paiement 1 sur 3');
    expect(outboxNote('Quote follow-up 2 of 2 sent', translator('en'))).toBe('Quote follow-up 2 of 2 sent');
    expect(outboxNote('Product viewed sent', translator('fr'))).toBe('Envoyé : Produit consulté');
    expect(outboxNote('The address bounced: 550 5.1.1 No such user', translator('fr'))).toBe('L’adresse est en échec (rebond) : 550 5.1.1 No such user');
  });

  it('shows any other note as written', () => {
    expect(outboxNote('Sent by hand from my phone', translator('fr'))).toBe('Sent by hand from my phone');
  });
});

describe('isFromOutbox', () => {
  it('is true of what sending wrote, not of what the owner logged or imported', () => {
    expect(isFromOutbox({ source: 'outbox' })).toBe(true);
    expect(isFromOutbox({ source: 'manual' })).toBe(false);
    expect(isFromOutbox({ source: 'import' })).toBe(false);
  });
});
