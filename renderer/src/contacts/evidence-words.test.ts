import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { evidenceWords } from './evidence-words';

const fr = (text: string) => evidenceWords(text, { t: translator('fr'), language: 'fr' });
const en = (text: string) => evidenceWords(text, { t: translator('en'), language: 'en' });

describe('evidenceWords', () => {
  it('words the evidence Relance writes in the window’s language, dates in local form', () => {
    expect(fr('unsubscribed on 2026-12-07 through the Unsubscribe action in Relance')).toBe('désinscription le 7 décembre 2026 par l’action Désinscrire de Relance');
    expect(en('unsubscribed on 2026-12-07 through the relance unsubscribe command')).toBe('unsubscribed on December 7, 2026 through the relance unsubscribe command');
    expect(fr("accepted marketing: yes, in customers.csv (Shopify customers) of 2026-12-07, date not given (the import's date is recorded)")).toBe(
      'consentement marketing : oui, dans customers.csv (Shopify customers) du 7 décembre 2026, date non indiquée (la date de l’import est retenue)',
    );
    expect(fr('accepted marketing: yes, in shop.csv of 2026-03-08')).toBe('consentement marketing : oui, dans shop.csv du 8 mars 2026');
    expect(fr('opted out, in leavers.csv of 2026-03-08')).toBe('désinscription indiquée dans leavers.csv du 8 mars 2026');
    expect(fr('entered from the command line; this new consent lifts the opt-out of 2026-03-08')).toBe(
      'saisi en ligne de commande ; ce nouveau consentement lève la désinscription du 8 mars 2026',
    );
    expect(fr('legal basis removed, entered by hand in Relance')).toBe('base légale retirée, saisi à la main dans Relance');
  });

  it('words the evidence of bulk edits and of a file declared as customers', () => {
    expect(fr('set by the owner for 1 contact on 2026-12-07')).toBe('définie par vous pour 1 contact le 7 décembre 2026');
    expect(en('set by the owner for 1234 contacts on 2026-12-07')).toBe('set by you for 1,234 contacts on December 7, 2026');
    expect(fr('restored by undoing the change of 2026-12-07')).toBe('rétablie en annulant la modification du 7 décembre 2026');
    expect(fr("legal basis: soft-opt-in, declared by the owner for the file's contacts, in clients.csv of 2026-12-07 (import 0193-ab)")).toBe(
      'base légale «\u00a0Client existant (soft opt-in)\u00a0», déclarée par vous pour les contacts de clients.csv du 7 décembre 2026',
    );
  });

  it('shows any other evidence as it was written', () => {
    expect(fr('signed the paper form at the fair')).toBe('signed the paper form at the fair');
    expect(fr('unsubscribed on 2026-12-07 through a carrier pigeon')).toBe('unsubscribed on 2026-12-07 through a carrier pigeon');
  });
});
