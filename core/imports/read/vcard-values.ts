import { decodeWindows1252 } from './decode-text';
import type { ContentLine } from './vcard-lines';

// Property values of a vCard as plain text: escapes undone, structured values split,
// quoted-printable decoded, dates and tel: URIs put in the shapes the mapping reads.

// RFC 6350 §3.4: \n or \N is a line break, \, \; \\ the character; Apple also escapes ":".
const unescapeText = (value: string): string =>
  value.replace(/\\([nN,;:\\])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));

// Splits on `separator` unless it is escaped by a backslash; parts stay escaped.
const splitUnescaped = (value: string, separator: ';' | ','): string[] => {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i += 1) {
    if (value[i] === '\\') i += 1;
    else if (value[i] === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
};

const decodeBytes = (bytes: Uint8Array, charset: string): string => {
  // WHATWG maps latin1 labels to windows-1252, which Node 20 decodes wrongly (see decode-text).
  if (/^(windows-1252|cp1252|iso-8859-1|iso8859-1|latin1|us-ascii)$/i.test(charset)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
};

// vCard 2.1 exports (old Android, Nokia, Outlook) write non-ASCII text as `=C3=A9` with CHARSET.
const decodeQuotedPrintable = (value: string, charset: string): string => {
  const encoder = new TextEncoder();
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i += 1) {
    const hex = value.slice(i + 1, i + 3);
    if (value[i] === '=' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      const codePoint = value.codePointAt(i)!;
      const char = String.fromCodePoint(codePoint);
      bytes.push(...encoder.encode(char));
      i += char.length - 1;
    }
  }
  return decodeBytes(Uint8Array.from(bytes), charset);
};

const firstParam = (property: ContentLine, key: string): string | undefined => property.params.get(key)?.[0];

const rawValue = (property: ContentLine): string => {
  const encoding = firstParam(property, 'ENCODING')?.toLowerCase();
  if (encoding !== 'quoted-printable') return property.value;
  return decodeQuotedPrintable(property.value, firstParam(property, 'CHARSET') ?? 'utf-8');
};

export const textValue = (property: ContentLine): string => unescapeText(rawValue(property));

// N, ADR, ORG: components separated by ";".
export const components = (property: ContentLine): string[] => splitUnescaped(rawValue(property), ';').map(unescapeText);

// CATEGORIES and the multi-valued components of N: values separated by ",".
export const listValue = (property: ContentLine): string[] => splitUnescaped(rawValue(property), ',').map(unescapeText);

// N: each component may hold several values ("Jean,Paul", "ing. jr,M.Sc."); as one cell they
// read best joined with spaces.
export const nameComponents = (property: ContentLine): string[] =>
  splitUnescaped(rawValue(property), ';').map((component) =>
    splitUnescaped(component, ',')
      .map(unescapeText)
      .filter((part) => part !== '')
      .join(' '),
  );

// 1 is the most preferred (vCard 4 PREF=1..100); TYPE=pref (vCard 3) counts as 1.
export const preferenceOf = (property: ContentLine): number => {
  const pref = Number(firstParam(property, 'PREF'));
  if (Number.isInteger(pref) && pref >= 1) return pref;
  return property.params.get('TYPE')?.includes('pref') ? 1 : 101;
};

// `tel:+1-418-656-9254;ext=102` (vCard 4 VALUE=uri) as a person would type it.
export const phoneValue = (property: ContentLine): string => {
  const value = textValue(property);
  if (!/^tel:/i.test(value)) return value;
  const [number = '', ...uriParams] = value.slice(4).split(';');
  const extension = uriParams.find((param) => /^ext=/i.test(param))?.slice(4);
  return extension ? `${number} ext. ${extension}` : number;
};

// Full dates as YYYY-MM-DD, year-less ones (--0415, --04-15, Apple's X-APPLE-OMIT-YEAR) as
// --MM-DD; anything else (vCard 4 allows free text) is kept as written.
export const birthdayValue = (property: ContentLine): string => {
  const value = textValue(property).trim();
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (yearless) return `--${yearless[1]}-${yearless[2]}`;
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(value);
  if (!full) return value;
  const [, year, month, day] = full;
  if (firstParam(property, 'X-APPLE-OMIT-YEAR') === year) return `--${month}-${day}`;
  return `${year}-${month}-${day}`;
};
