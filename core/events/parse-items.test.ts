import { describe, expect, it } from 'vitest';
import { parseItems } from './parse-items';

describe('parseItems', () => {
  it.each([
    ['2× Tasse « Café ☕ », 1× T-shirt, taille M', [['Tasse « Café ☕ »', 2], ['T-shirt, taille M', 1]]],
    ['Mug x 2; Tote bag', [['Mug', 2], ['Tote bag', 1]]],
    ['3 x Bougie\nCarte cadeau × 2', [['Bougie', 3], ['Carte cadeau', 2]]],
    ['Widget, "Deluxe" edition', [['Widget, "Deluxe" edition', 1]]],
    ['2x4 lumber', [['2x4 lumber', 1]]],
    ['Model X2', [['Model X2', 1]]],
    ['id:88|name:Tasse bleue|sku:T|quantity:2|total:19.90;id:89|name:Tote bag|quantity:1|total:9.90', [['Tasse bleue', 2], ['Tote bag', 1]]],
  ])('%j', (text, expected) => {
    expect(parseItems(text)).toEqual(expected.map(([name, quantity]) => ({ name, quantity })));
  });
});
