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

  it('says a time moved into the recipient\'s window in both zones, never one that seems outside it', () => {
    // Monday 16 March 2026, 13:00 UTC: 9:00 in New York, 14:00 in Paris.
    const reason = 'cart 1 of 3; moved to 2026-03-16 13:00 UTC, inside the send window (weekdays 9:00–18:00, America/New_York time); in their time zone (America/New_York)';
    const paris = (text: string, language: 'fr' | 'en') => describeReason(text, translator(language), language, 'scheduled', 'Europe/Paris');
    expect(paris(reason, 'en')).toBe(
      'Cart 1 of 3; moved to Monday, March 16, 2026 at 09:00 their time, 14:00 yours, inside the send window (weekdays 9:00–18:00, their time); in their time zone (America/New_York)',
    );
    expect(paris(reason, 'fr')).toBe(
      'Panier 1 sur 3 ; reporté au lundi 16 mars 2026 à 09:00 chez la personne, 14:00 chez vous, dans la plage d’envoi (en semaine 9:00–18:00, heure de la personne) ; dans le fuseau horaire de la personne (America/New_York)',
    );
    // A window read in the owner's zone: the moved time in that zone, whatever this computer's is.
    expect(paris('cart 1 of 3; moved to 2026-03-16 08:00 UTC, inside the send window (weekdays 9:00–18:00)', 'en')).toContain('March 16, 2026 at 09:00, inside');
  });

  it('words a message held by a restored backup', () => {
    expect(fr('cart 1 of 3; on hold: restored from a backup, check before sending')).toBe('Panier 1 sur 3 ; en attente : restauré depuis une sauvegarde, vérifiez avant d’envoyer');
    expect(en('cart 1 of 3; on hold: restored from a backup, check before sending')).toBe('Cart 1 of 3; on hold: restored from a backup, check before sending');
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

  it('words what sending wrote on a message, the server’s codes kept as they are', () => {
    expect(fr('cart 1 of 3, unless they buy or reply; the server asked to try again later (451 4.7.1); tried 2 times')).toBe(
      'Panier 1 sur 3, sauf achat ou réponse ; le serveur a demandé de réessayer plus tard (451 4.7.1) ; 2 essais',
    );
    expect(fr('cart 2 of 3; the connection was cut after the message was handed over: it may have arrived; check your Sent folder, then send it again or drop it')).toBe(
      'Panier 2 sur 3 ; la connexion a été coupée après la remise du message : il est peut-être arrivé ; vérifiez votre dossier Envoyés, puis renvoyez-le ou abandonnez-le',
    );
    expect(fr("review request, 5 days after delivery; gave up after 5 attempts: the recipient's mailbox is full")).toBe(
      'Demande d’avis, 5 jours après la livraison ; abandonné après 5 essais : la boîte du destinataire est pleine',
    );
    expect(en('cart 1 of 3; the mailbox is paused: auth')).toBe('Cart 1 of 3; the mailbox is paused: user name or password refused');
    expect(en('cart 1 of 3; tried 1 time')).toBe('Cart 1 of 3; tried 1 time');
  });

  it('words why a legal basis does not cover a program', () => {
    expect(fr('cart 1 of 3, unless they buy or reply; soft opt-in only covers people who bought before; record their consent to send this')).toBe(
      'Panier 1 sur 3, sauf achat ou réponse ; le régime client existant (soft opt-in) ne couvre que les personnes qui ont déjà acheté ; enregistrez son consentement pour envoyer ce message',
    );
    expect(fr('B2B legitimate interest only covers prospects at a company address, and gmail.com is a personal mailbox')).toBe(
      'L’intérêt légitime B2B ne couvre que les prospects à une adresse professionnelle, et gmail.com est une messagerie personnelle',
    );
    expect(fr('charity opt-out only covers reactivating donors, and this contact is a customer')).toContain('et ce contact est un client');
    expect(en('transactional only covers messages about an order or an account, not review requests')).toBe(
      'Transactional only covers messages about an order or an account, not review requests',
    );
  });

  it('leaves out what was true only while the message was held, deferred or uncertain', () => {
    const held = 'cart 1 of 3, unless they buy or reply; the mailbox is paused: rate';
    expect(describeReason(held, translator('en'), 'en', 'paused')).toBe('Cart 1 of 3, unless they buy or reply; the mailbox is paused: the server asked to slow down');
    expect(describeReason(held, translator('en'), 'en', 'sent')).toBe('Cart 1 of 3, unless they buy or reply');
    const retried = "cart 2 of 3; the server asked to try again later (451 4.7.1); tried 1 time; gave up after 2 attempts: the server asked to try again later (451 4.7.1)";
    expect(describeReason(retried, translator('en'), 'en', 'failed')).toBe('Cart 2 of 3; gave up after 2 attempts: the server asked to try again later (451 4.7.1)');
    const checked = 'cart 1 of 3; the connection was cut after the message was handed over: it may have arrived; check your Sent folder, then send it again or drop it; the owner checked and asked to send it again';
    expect(describeReason(checked, translator('en'), 'en', 'sent')).toBe('Cart 1 of 3; the owner checked and asked to send it again');
  });
});

describe('describeReason, what reading the mailbox adds', () => {
  it('words cancels and stops after a reply, a bounce or an unsubscribe', () => {
    expect(fr('cart 2 of 3; stopped: they replied on 2026-03-09')).toBe('Panier 2 sur 3 ; arrêté : réponse reçue le 9 mars 2026');
    expect(fr('cart 3 of 3; cancelled: they replied')).toBe('Panier 3 sur 3 ; annulé : réponse reçue');
    expect(fr('cart 2 of 3; cancelled: the address bounced')).toBe('Panier 2 sur 3 ; annulé : adresse en échec');
    expect(fr('cart 2 of 3; cancelled: the person unsubscribed or is on the suppression list')).toContain('Panier 2 sur 3 ; ');
    expect(fr('cart 2 of 3; cancelled: the person unsubscribed or is on the suppression list')).not.toContain('cancelled');
  });

  it('words what the Sent folder showed, and a bounce that came later', () => {
    const unknown = 'cart 1 of 3; the connection was cut after the message was handed over: it may have arrived; check your Sent folder, then send it again or drop it; not found in your Sent folder';
    expect(describeReason(unknown, translator('fr'), 'fr', 'unknown')).toContain('; introuvable dans votre dossier Envoyés');
    const found = 'cart 1 of 3; the connection was cut after the message was handed over: it may have arrived; check your Sent folder, then send it again or drop it; found in your Sent folder';
    expect(describeReason(found, translator('fr'), 'fr', 'sent')).toBe('Panier 1 sur 3 ; retrouvé dans votre dossier Envoyés');
    expect(fr('cart 1 of 3; bounced later: 5.1.1 userunknown')).toBe('Panier 1 sur 3 ; rebond reçu ensuite : 5.1.1 userunknown');
  });

  it('words a message moved by an automatic reply', () => {
    const local = new Intl.DateTimeFormat('fr', { dateStyle: 'full', timeStyle: 'short', hourCycle: 'h23' }).format(Date.UTC(2026, 0, 14, 8));
    expect(fr('cart 2 of 3; moved to 2026-01-14 08:00 UTC: an automatic reply said they are away until 2026-01-14')).toBe(
      `Panier 2 sur 3 ; reporté au ${local} : une réponse automatique dit que la personne est absente jusqu’au 14 janv. 2026`,
    );
  });
});

describe('describeReason for the stage programs', () => {
  it('words their steps and stops in French, as core wrote them in English', () => {
    expect(fr('order unpaid: message 1 of 3, unless they pay or reply')).toBe('Commande non payée : message 1 sur 3, sauf paiement ou réponse');
    expect(fr('payment failed: message 2 of 3; stopped: they paid on 2026-03-11')).toBe('Paiement échoué : message 2 sur 3 ; arrêté : paiement reçu le 11 mars 2026');
    expect(fr('cart 3 of 3; stopped: they reached payment on 2026-03-13')).toMatch(/passage au paiement le 13 mars 2026/);
    expect(fr('product viewed; stopped: a cart or an order followed on 2026-03-10')).toBe('Produit consulté ; arrêté : un panier ou une commande a suivi le 10 mars 2026');
    expect(fr('quote follow-up 1 of 2; stopped: the prospect was marked won on 2026-03-12')).toBe('Relance de devis 1 sur 2 ; arrêté : prospect marqué gagné le 12 mars 2026');
    expect(en('quote follow-up 2 of 2, unless they reply or decide')).toBe('Quote follow-up 2 of 2, unless they reply or decide');
  });
});
