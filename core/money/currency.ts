// Currency codes and symbols. Money is stored as integer minor units plus an ISO 4217 code,
// so the number of minor digits comes from the currency (JPY has none, EUR two).

let knownCodes: Set<string> | null = null;
const isKnownCode = (code: string): boolean => {
  knownCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCodes.has(code);
};

// Symbols as exports print them. "$" alone is read as USD: it is what US exports print, and an
// export in another dollar has a currency column or writes CA$, A$…
const symbols: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  $: 'USD',
  US$: 'USD',
  CA$: 'CAD',
  C$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  R$: 'BRL',
  '¥': 'JPY',
  '₹': 'INR',
  FR: 'CHF',
  'FR.': 'CHF',
  ZŁ: 'PLN',
  EURO: 'EUR',
  EUROS: 'EUR',
};

// A currency column's value ("EUR", "eur", "€", "euros") as a code, or null when unknown.
export const currencyCode = (value: string): string | null => {
  const upper = value.trim().toUpperCase();
  if (/^[A-Z]{3}$/.test(upper) && isKnownCode(upper)) return upper;
  return symbols[upper] ?? null;
};

// Matches a symbol or a code at either end of an amount: "€ 12,50", "12.50 EUR", "CA$5".
export const currencyTokenPattern = /(?:[A-Za-z]{3}|US\$|CA\$|C\$|AU?\$|NZ\$|HK\$|R\$|[€£$¥₹]|[Ff]r\.?|zł|euros?)/u;

// "Montant (€)", "Amount (USD)", "Total en euros": a currency the header itself names.
export const currencyInHeader = (header: string): string | null => {
  if (header.includes('€')) return 'EUR';
  if (header.includes('£')) return 'GBP';
  const code = /(?:^|[^A-Za-z])(EUR|USD|GBP|CHF|CAD|euros?)(?:[^A-Za-z]|$)/i.exec(header);
  if (code) return currencyCode(code[1]!);
  return null;
};

const digitsCache = new Map<string, number>();
export const minorDigits = (code: string | null): number => {
  if (code === null) return 2;
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(code, digits);
  }
  return digits;
};
