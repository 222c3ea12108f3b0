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

  it('shows any other evidence as it was written', () => {
    expect(fr('signed the paper form at the fair')).toBe('signed the paper form at the fair');
    expect(fr('unsubscribed on 2026-12-07 through a carrier pigeon')).toBe('unsubscribed on 2026-12-07 through a carrier pigeon');
  });
});
