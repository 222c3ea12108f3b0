import { describe, expect, it } from 'vitest';
import { formatMoney } from './money';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats minor units per currency and language', () => {
    expect(plain(formatMoney(5990, 'EUR', 'fr'))).toBe('59,90 €');
    expect(formatMoney(5990, 'EUR', 'en')).toBe('€59.90');
    expect(formatMoney(123456, 'GBP', 'en')).toBe('£1,234.56');
    expect(plain(formatMoney(1200, 'JPY', 'fr'))).toBe('1 200 JPY');
    expect(formatMoney(1200, 'JPY', 'en')).toBe('¥1,200');
  });

  it('shows an amount without a currency as a number with two decimals', () => {
    expect(formatMoney(1050, null, 'en')).toBe('10.50');
  });
});
