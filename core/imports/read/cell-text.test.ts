import { describe, expect, it } from 'vitest';
import { cellText, dateText, numberText } from './cell-text';

describe('cellText', () => {
  it('writes numbers as plain decimals, never with an exponent', () => {
    expect(numberText(33612345678)).toBe('33612345678');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1.5e-7)).toBe('0.00000015');
    expect(numberText(-2.5e-10)).toBe('-0.00000000025');
    expect(numberText(12.5)).toBe('12.5');
    expect(numberText(-0)).toBe('0');
  });

  it('drops the float noise past Excel’s 15 significant digits', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(1234.5600000000002)).toBe('1234.56');
  });

  it('writes dates as ISO: day alone, with a time, or a time alone', () => {
    expect(dateText(new Date(Date.UTC(2024, 1, 29)))).toBe('2024-02-29');
    expect(dateText(new Date(Date.UTC(2025, 11, 31, 23, 59, 0, 999)))).toBe('2025-12-31T23:59:01');
    expect(dateText(new Date(Date.UTC(1899, 11, 30, 9, 14)))).toBe('09:14:00');
  });

  it('writes booleans and empty cells', () => {
    expect([cellText(true), cellText(false), cellText(null), cellText(undefined), cellText('  x ')]).toEqual(['true', 'false', '', '', '  x ']);
  });
});
