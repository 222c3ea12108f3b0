import { describe, expect, it } from 'vitest';
import { currencyCode, currencyInHeader } from './currency';
import { parseAmount } from './parse-amount';

describe('parseAmount', () => {
  it.each([
    ['12,50', 1250, null],
    ['7,5', 750, null],
    ['-5,00', -500, null],
    ['1\u00a0234,56', 123456, null],
    ['1\u202f234,56', 123456, null],
    ['1 000,00', 100000, null],
    ['1 234,56 €', 123456, 'EUR'],
    ['€ 12,50', 1250, 'EUR'],
    ['12.50 EUR', 1250, 'EUR'],
    ['12,50 eur', 1250, 'EUR'],
    ['$1,234.56', 123456, 'USD'],
    ['-$5.00', -500, 'USD'],
    ['€-5,00', -500, 'EUR'],
    ['(5.00)', -500, null],
    ["1'234.50", 123450, null],
    ['1’234.50 CHF', 123450, 'CHF'],
    ['1.234,56', 123456, null],
    ['1.234.567,89', 123456789, null],
    ['1,234', 123400, null],
    ['59.80', 5980, null],
    ['25', 2500, null],
    ['0.125', 13, null],
    ['0,5', 50, null],
    ['CA$ 10', 1000, 'CAD'],
    ['£3', 300, 'GBP'],
    ['¥1234', 1234, 'JPY'],
    ['0,00', 0, null],
  ])('%s → %i minor units, currency %s', (text, minor, currency) => {
    expect(parseAmount(text)).toEqual({ minor, currency });
  });

  it('prefers the currency column, then the cell’s symbol, then the header’s', () => {
    expect(parseAmount('12,50 €', 'CHF')).toEqual({ minor: 1250, currency: 'CHF' });
    expect(parseAmount('12,50 €', null, 'USD')).toEqual({ minor: 1250, currency: 'EUR' });
    expect(parseAmount('12,50', null, 'EUR')).toEqual({ minor: 1250, currency: 'EUR' });
  });

  it('counts minor units in the currency’s own digits', () => {
    expect(parseAmount('1234', 'JPY')).toEqual({ minor: 1234, currency: 'JPY' });
    expect(parseAmount('1.5', 'KWD')).toEqual({ minor: 1500, currency: 'KWD' });
  });

  it.each(['abc', '12,50 XYZ', '1,2,3', '--5', '1 2,5', '12 5', '€ $ 5', '=SUM(A1:A3)', '12.5.2024', ''])('%j is not an amount', (text) => {
    expect(parseAmount(text)).toBeNull();
  });
});

describe('currencies', () => {
  it('reads currency columns', () => {
    expect(['EUR', 'eur', ' usd ', '€', '£', 'euros', 'CHF'].map(currencyCode)).toEqual(['EUR', 'EUR', 'USD', 'EUR', 'GBP', 'EUR', 'CHF']);
    expect(currencyCode('XYZ')).toBeNull();
    expect(currencyCode('Euro dollars')).toBeNull();
  });

  it('finds a currency named by an amount header', () => {
    expect(['Montant (€)', 'Amount (USD)', 'Total en euros', 'Montant', 'Prix (EUR) TTC'].map(currencyInHeader)).toEqual(['EUR', 'USD', 'EUR', null, 'EUR']);
  });
});
