import { currencyCode, currencyTokenPattern, minorDigits } from './currency';

// An amount as exports and spreadsheets write it, into integer minor units: "12,50", "7,5",
// "1 234,56" (NBSP or narrow NBSP), "1'234.50", "$1,234.56", "€ 12,50", "12.50 EUR", "-5,00",
// "(5.00)". Arithmetic is done on the digit strings, never on floats, so 0.1 + 0.2 never shows.

export type ParsedAmount = { minor: number; currency: string | null };

const leadingToken = new RegExp(`^(${currencyTokenPattern.source})\\s*`, 'u');
const trailingToken = new RegExp(`\\s*(${currencyTokenPattern.source})$`, 'u');
// Spaces of every width and apostrophes only ever group thousands.
const groupSpaces = /[\s\u00a0\u202f\u2009'’]/g;
const minusSigns = /^[-−–]/;

type Stripped = { number: string; negative: boolean; symbol: string | null; isValid: boolean };

// Peels signs, brackets and a currency token off both ends, in any order people write them.
const strip = (text: string): Stripped => {
  let rest = text.trim();
  let signs = 0;
  let symbol: string | null = null;
  let isValid = true;
  if (rest.startsWith('(') && rest.endsWith(')')) {
    signs += 1;
    rest = rest.slice(1, -1).trim();
  }
  for (let pass = 0; pass < 3; pass += 1) {
    if (minusSigns.test(rest)) {
      signs += 1;
      rest = rest.slice(1).trim();
    } else if (rest.startsWith('+')) rest = rest.slice(1).trim();
    if (/[-−–]$/.test(rest)) {
      signs += 1;
      rest = rest.slice(0, -1).trim();
    }
    for (const pattern of [leadingToken, trailingToken]) {
      const token = pattern.exec(rest);
      if (!token) continue;
      const code = currencyCode(token[1]!);
      if (code === null) {
        isValid = false;
        continue;
      }
      if (symbol !== null && symbol !== code) isValid = false;
      symbol = code;
      rest = pattern === leadingToken ? rest.slice(token[0].length) : rest.slice(0, rest.length - token[0].length);
    }
  }
  // "--5" or "(-5)" is a typing slip, not a double negative.
  return { number: rest.trim(), negative: signs === 1, symbol, isValid: isValid && signs <= 1 };
};

const isGrouped = (integer: string, separator: string): boolean =>
  integer.split(separator).every((group, i) => (i === 0 ? /^\d{1,3}$/.test(group) : /^\d{3}$/.test(group)));

// Integer and fraction digits, or null. The last of "." and "," is the decimal mark when both
// appear; alone, it is one unless it is repeated or followed by exactly three digits ("1,234"),
// which is how thousands are grouped in every export we have seen.
const splitDecimal = (number: string): { integer: string; fraction: string } | null => {
  if (!/^[\d.,\s\u00a0\u202f\u2009'’]*\d[\d.,\s\u00a0\u202f\u2009'’]*$/.test(number)) return null;
  const spaced = /[\s\u00a0\u202f\u2009'’]/.test(number);
  const compact = number.replace(groupSpaces, '');
  if (spaced && !isGrouped(number.replace(/[.,]\d*$/, '').replace(groupSpaces, ' '), ' ')) return null;
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  if (lastDot === -1 && lastComma === -1) return { integer: compact, fraction: '' };
  const mark = lastDot > lastComma ? '.' : ',';
  const other = mark === '.' ? ',' : '.';
  const markCount = compact.split(mark).length - 1;
  if (lastDot !== -1 && lastComma !== -1) {
    const [integer = '', fraction = ''] = [compact.slice(0, compact.lastIndexOf(mark)), compact.slice(compact.lastIndexOf(mark) + 1)];
    if (markCount > 1 || !isGrouped(integer, other)) return null;
    return { integer: integer.split(other).join(''), fraction };
  }
  const after = compact.slice(compact.lastIndexOf(mark) + 1);
  if (markCount > 1 || (after.length === 3 && !spaced && /^[1-9]\d{0,2}$/.test(compact.slice(0, compact.indexOf(mark))))) {
    return isGrouped(compact, mark) ? { integer: compact.split(mark).join(''), fraction: '' } : null;
  }
  return { integer: compact.slice(0, compact.lastIndexOf(mark)), fraction: after };
};

const toMinor = (integer: string, fraction: string, digits: number): number => {
  const padded = fraction.padEnd(digits + 1, '0');
  let minor = Number(integer || '0') * 10 ** digits + Number(padded.slice(0, digits) || '0');
  // Half away from zero on the first dropped digit: 0.125 EUR is 13 cents, like a till.
  if (Number(padded[digits]) >= 5) minor += 1;
  return minor;
};

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

// "59.80", "-120.5", "25": machine-written amounts, read on char codes without the general
// parser (an amount on every row of an orders export), rounded as toMinor rounds. Undefined
// when the text is not a plain decimal with up to 15 digits before the point and 1, 2, 4, 5 or
// 6 after it: "1.234" is grouped thousands, for the general parser.
const plainMinor = (text: string, code: string | null): ParsedAmount | undefined => {
  const negative = text.charCodeAt(0) === 45;
  const start = negative ? 1 : 0;
  let at = start;
  let integer = 0;
  while (at < text.length && isDigit(text.charCodeAt(at))) integer = integer * 10 + (text.charCodeAt(at++) - 48);
  const integerDigits = at - start;
  if (integerDigits === 0 || integerDigits > 15) return undefined;
  let fractionDigits = 0;
  const digits = minorDigits(code);
  let fraction = 0;
  let dropped = 0;
  if (at < text.length) {
    if (text.charCodeAt(at) !== 46) return undefined;
    at += 1;
    const fractionStart = at;
    while (at < text.length && isDigit(text.charCodeAt(at))) {
      const digit = text.charCodeAt(at) - 48;
      const place = at - fractionStart;
      if (place < digits) fraction = fraction * 10 + digit;
      else if (place === digits) dropped = digit;
      at += 1;
    }
    fractionDigits = at - fractionStart;
    if (at < text.length || fractionDigits === 0 || fractionDigits > 6 || fractionDigits === 3) return undefined;
  }
  // Fewer decimals than the currency has: padded with zeros, as toMinor pads them.
  for (let place = fractionDigits; place < digits; place += 1) fraction *= 10;
  let minor = integer * 10 ** digits + fraction;
  if (dropped >= 5) minor += 1;
  return { minor: negative && minor !== 0 ? -minor : minor, currency: code };
};

// The amount, or null when the text is not one. `currency` is the file's currency column value
// for this row (already a code); a symbol in the cell is used only when there is none, then
// `headerCurrency` ("Montant (€)").
export const parseAmount = (text: string, currency: string | null = null, headerCurrency: string | null = null): ParsedAmount | null => {
  const fast = plainMinor(text, currency ?? headerCurrency);
  if (fast !== undefined) return fast;
  const stripped = strip(text);
  if (!stripped.isValid) return null;
  const parts = splitDecimal(stripped.number);
  if (parts === null) return null;
  const code = currency ?? stripped.symbol ?? headerCurrency;
  const minor = toMinor(parts.integer, parts.fraction, minorDigits(code));
  if (!Number.isSafeInteger(minor)) return null;
  return { minor: stripped.negative && minor !== 0 ? -minor : minor, currency: code };
};
