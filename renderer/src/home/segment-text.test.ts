import { describe, expect, it } from 'vitest';
import type { SegmentId } from '../../../api';
import { translator, type Language } from '../i18n/i18n';
import { cardText } from './segment-text';

const card = (language: Language, id: SegmentId, count: number, params: Record<string, number>) =>
  cardText(translator(language), language, { id, count, params });

describe('segment cards', () => {
  it('say what to do with the count and the segment’s parameters, in English', () => {
    expect(card('en', 'carts-to-recover', 12, { days: 7 }).sentence).toBe('12 carts to recover, abandoned in the last 7 days');
    expect(card('en', 'carts-to-recover', 1, { days: 1 }).sentence).toBe('1 cart to recover, abandoned in the last 24 hours');
    expect(card('en', 'lybunt', 48, { fiscalYearStartMonth: 1 }).sentence).toBe('48 donors gave last year but not yet this year');
    expect(card('en', 'lapsed-customers', 1, { months: 6 }).sentence).toBe('1 customer has not ordered for 6 months');
    expect(card('en', 'silent-prospects', 1234, { months: 1 }).sentence).toBe('1,234 prospects have been silent for 1 month');
    expect(card('en', 'beyond-3-years', 2, { years: 3 })).toMatchObject({ title: 'Beyond 3 years', sentence: expect.stringContaining('2 people') });
  });

  it('say the same in French, where 0 and 1 are singular', () => {
    expect(card('fr', 'carts-to-recover', 12, { days: 7 }).sentence).toBe('12 paniers à relancer, abandonnés ces 7 derniers jours');
    expect(card('fr', 'lapsed-customers', 1, { months: 6 }).sentence).toBe('1 client n’a pas commandé depuis 6 mois');
    expect(card('fr', 'lybunt', 48, {}).sentence).toBe('48 donateurs ont donné l’an dernier mais pas encore cette année');
    expect(card('fr', 'review-ready', 3, { days: 0 }).sentence).toBe('3 clients ont reçu leur commande il y a au moins 0 jour\u00a0: demandez-leur un avis');
    expect(card('fr', 'silent-prospects', 12345, { months: 3 }).sentence).toBe('12\u202f345 prospects sans nouvelles depuis 3 mois');
  });

  it('word an empty segment calmly', () => {
    expect(card('en', 'carts-to-recover', 0, { days: 7 }).sentence).toBe('No cart to recover today');
    expect(card('fr', 'carts-to-recover', 0, { days: 7 }).sentence).toBe('Aucun panier à relancer aujourd’hui');
    expect(card('en', 'lapsed-customers', 0, { months: 6 }).sentence).toBe('No customer has gone 6 months without ordering');
  });

  it('name the giving year when it does not start in January', () => {
    expect(card('en', 'lybunt', 5, { fiscalYearStartMonth: 1 }).note).toBeNull();
    expect(card('en', 'lybunt', 5, { fiscalYearStartMonth: 7 }).note).toBe('Giving years start in July.');
    expect(card('fr', 'sybunt', 5, { fiscalYearStartMonth: 7 }).note).toBe('Exercice commençant en juillet.');
  });
});
