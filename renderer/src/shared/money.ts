import type { Language } from '../i18n/i18n';

const digitsCache = new Map<string, number>();

// Minor units per currency come from Intl, as core counts them: 2 for EUR, 0 for JPY.
export const minorDigits = (currency: string): number => {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
};

// "59,90 €" in French, "€59.90" in English; an amount with no known currency as a plain number.
export const formatMoney = (minor: number, currency: string | null, language: Language): string => {
  if (currency === null) return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(minor / 100);
  const value = minor / 10 ** minorDigits(currency);
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(value);
  } catch {
    return `${new Intl.NumberFormat(language).format(value)} ${currency}`;
  }
};

// The amount a form shows for editing, in the owner's decimal mark: "59,90" in French.
export const amountPlaceholder = (language: Language): string => (language === 'fr' ? '0,00' : '0.00');
