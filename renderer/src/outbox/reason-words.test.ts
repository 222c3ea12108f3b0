import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { describeReason } from './reason-words';

const fr = (reason: string) => describeReason(reason, translator('fr'), 'fr');
const en = (reason: string) => describeReason(reason, translator('en'), 'en');

describe('describeReason', () => {
  it('words a cart step in French and keeps the English as core wrote it, capitalised', () => {
    expect(fr('cart 2 of 3, unless they buy or reply')).toBe('Panier 2 sur 3, sauf achat ou réponse');
    expect(en('cart 2 of 3, unless they buy or reply')).toBe('Cart 2 of 3, unless they buy or reply');
  });

  it('shows a moved time in local time and translates the window', () => {
    const reason = 'cart 1 of 3, unless they buy or reply; moved to 2026-03-09 08:00 UTC, inside the send window (weekdays 9:00–18:00)';
    const local = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(Date.UTC(2026, 2, 9, 8));
    expect(fr(reason)).toBe(`Panier 1 sur 3, sauf achat ou réponse ; reporté au ${local}, dans la plage d’envoi (en semaine 9:00–18:00)`);
    expect(en(reason)).not.toContain('UTC');
    expect(fr('cart 1 of 3; moved to 2026-03-09 08:00 UTC, inside the send window (Mon, Tue 9:00–18:00)')).toContain('(lun., mar. 9:00–18:00)');
  });

  it('words the one-message-a-day cap', () => {
    const local = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(Date.UTC(2026, 2, 10, 8));
    expect(fr('review request, 5 days after delivery; moved to 2026-03-10 08:00 UTC: at most one message a day per person')).toContain(
      `reporté au ${local} : un message par jour au plus pour une même personne`,
    );
  });

  it('words stops, missing fields and dates', () => {
    expect(fr('cart 2 of 3; stopped: they ordered on 2026-03-09')).toBe('Panier 2 sur 3 ; arrêté : commande passée le 9 mars 2026');
    expect(fr('cart 3 of 3, unless they buy or reply; missing: the promo code (Settings → Programs), checkout link')).toBe(
      'Panier 3 sur 3, sauf achat ou réponse ; manque : le code promo (Réglages → Programmes), checkout link',
    );
    expect(fr('reactivation, deferred: at least 5 months after the last one (2026-01-02)')).toBe(
      'Réactivation, différée : au moins 5 mois après la précédente (2 janv. 2026)',
    );
  });

  it('leaves a clause it does not know as core wrote it', () => {
    expect(fr('review request, 7 days after delivery; paused by a new rule')).toBe('Demande d’avis, 7 jours après la livraison ; paused by a new rule');
  });
});
