import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { describeDateOrder } from './date-order-words';

describe('describeDateOrder', () => {
  const dayFirst = { message: 'Dates were read as day/month/year because the file has values such as “23/04/2024”.', rule: 'import.dateOrder.dayFirst', params: { example: '23/04/2024' } };

  it('says how dates were read, in English and in French', () => {
    expect(describeDateOrder(dayFirst, translator('en'), 'en')).toBe('Dates read as day/month (from values like 23/04/2024).');
    expect(describeDateOrder(dayFirst, translator('fr'), 'fr')).toBe('Dates lues en jour/mois (d’après des valeurs comme 23/04/2024).');
  });

  it('names the values that contradict it', () => {
    const note = { message: '…', rule: 'import.dateOrder.monthFirstConflict', params: { example: '02/13/2024', other: '13/02/2024', count: '2' } };
    expect(describeDateOrder(note, translator('fr'), 'fr')).toBe(
      'Dates lues en mois/jour (d’après des valeurs comme 02/13/2024) ; 2 valeurs comme 13/02/2024 correspondent à jour/mois et sont signalées.',
    );
  });

  it('words one contradicting value in the singular', () => {
    const note = { message: '…', rule: 'import.dateOrder.dayFirstConflict', params: { example: '23/04/2024', other: '04/13/2024', count: '1' } };
    expect(describeDateOrder(note, translator('en'), 'en')).toBe(
      'Dates read as day/month (from values like 23/04/2024); 1 value, 04/13/2024, fits month/day and is reported.',
    );
    expect(describeDateOrder(note, translator('fr'), 'fr')).toContain('1 valeur, 04/13/2024, correspond à mois/jour et est signalée.');
  });

  it('keeps core’s sentence for a rule this window does not know', () => {
    expect(describeDateOrder({ message: 'Something new.', rule: 'import.dateOrder.fromTheFuture', params: {} }, translator('fr'), 'fr')).toBe('Something new.');
  });
});
