import { describe, expect, it } from 'vitest';
import { splitMultiValue, splitTags } from './split-values';

describe('multi-value cells', () => {
  it('splits Google’s " ::: " values', () => {
    expect(splitMultiValue('+41 79 123 45 67 ::: +41 22 555 01 23')).toEqual(['+41 79 123 45 67', '+41 22 555 01 23']);
    expect(splitMultiValue('a@example.com')).toEqual(['a@example.com']);
  });

  it('splits tags on , ; and " ::: ", dropping Google’s system groups', () => {
    expect(splitTags('VIP ::: Donatrice ::: * myContacts ::: * starred')).toEqual(['VIP', 'Donatrice']);
    expect(splitTags('VIP, Donatrice')).toEqual(['VIP', 'Donatrice']);
    expect(splitTags('Client;Salon 2024; À relancer')).toEqual(['Client', 'Salon 2024', 'À relancer']);
    expect(splitTags('myContacts;starred')).toEqual([]);
    expect(splitTags('"Bénévole","Newsletter, FR"')).toEqual(['Bénévole', 'Newsletter, FR']);
  });
});
