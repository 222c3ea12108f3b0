import { describe, expect, it } from 'vitest';
import { flagLostCharacters } from './flag-lost-characters';

const flagged = (...values: string[]): string[] =>
  flagLostCharacters({ headers: ['value'], rows: values.map((value, i) => ({ line: i + 2, cells: [value] })) }).map(
    (problem) => problem.message.split('"')[1]!,
  );

describe('flagLostCharacters', () => {
  it('points at a "?" standing for a letter', () => {
    expect(flagged('?ukasz', 'Wi?niewski', 'Jos? Garc?a')).toEqual(['?ukasz', 'Wi?niewski', 'Jos? Garc?a']);
  });

  it('leaves question marks in prose and in links alone', () => {
    expect(flagged('Merci ?', 'Ça va?', 'Vraiment ? Oui', 'https://shop.example/cart?id=42', '¿Qué?')).toEqual([]);
  });
});
