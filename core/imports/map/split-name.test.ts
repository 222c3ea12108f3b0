import { describe, expect, it } from 'vitest';
import { splitFullName } from './split-name';

describe('splitFullName', () => {
  it.each([
    ['Hélène Dupré', 'Hélène', 'Dupré'],
    ['Anne Laure Martin', 'Anne Laure', 'Martin'],
    ['DUPONT Jean', 'Jean', 'DUPONT'],
    ['VAN DEN BROECK Zoë', 'Zoë', 'VAN DEN BROECK'],
    ["D'ARC Jeanne", 'Jeanne', "D'ARC"],
    ['JEAN DUPONT', 'JEAN', 'DUPONT'],
    ['Zoë Van den Broeck', 'Zoë', 'Van den Broeck'],
    ['Jean de La Fontaine', 'Jean', 'de La Fontaine'],
    ["Mr. Seán O'Brien Jr.", 'Seán', "O'Brien"],
    ['Mme Anne-Laure Martin', 'Anne-Laure', 'Martin'],
    ['  Chloé 🌸   Tremblay ', 'Chloé 🌸', 'Tremblay'],
    ['Cher', 'Cher', ''],
  ])('%j → %j %j', (full, firstName, lastName) => expect(splitFullName(full)).toEqual({ firstName, lastName }));
});
