// vCard text into content lines (RFC 6350 §3.2–3.3, also fine for 3.0 and most 2.1): folded
// lines joined, then `group.NAME;PARAM=a,b;FLAG:value` split into its parts.

export type ContentLine = {
  line: number; // physical line where the property starts
  group: string | null; // `item1` of Apple's `item1.EMAIL`, lower-cased
  name: string; // upper-cased
  params: Map<string, string[]>; // keys upper-cased; TYPE values lower-cased
  value: string; // raw: still escaped, still quoted-printable if so encoded
};

type LogicalLine = { line: number; text: string; isQuotedPrintable: boolean };

const isQuotedPrintableLine = (text: string): boolean => {
  const colon = text.indexOf(':');
  return /quoted-printable/i.test(colon === -1 ? text : text.slice(0, colon));
};

// A line starting with a space or TAB continues the previous one, minus that one character.
// vCard 2.1 quoted-printable values continue instead after a line ending with "=".
const unfold = (text: string): LogicalLine[] => {
  const logical: LogicalLine[] = [];
  const physical = text.split(/\r\n|\r|\n/);
  let current: LogicalLine | null = null;
  for (let k = 0; k < physical.length; k += 1) {
    const raw = physical[k]!;
    const first = raw.charCodeAt(0);
    if (current && (first === 32 || first === 9)) current.text += raw.slice(1);
    else if (current?.isQuotedPrintable && current.text.endsWith('=')) current.text = current.text.slice(0, -1) + raw;
    else if (raw.trim() === '') current = null;
    else {
      current = { line: k + 1, text: raw, isQuotedPrintable: isQuotedPrintableLine(raw) };
      logical.push(current);
    }
  }
  return logical;
};

const unquote = (value: string): string => (value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value);

// Splits on `separator` outside double quotes (parameter values may quote ; , and :).
const splitOutsideQuotes = (text: string, separator: string): string[] => {
  const parts: string[] = [];
  let isQuoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') isQuoted = !isQuoted;
    else if (c === separator && !isQuoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
};

const indexOfOutsideQuotes = (text: string, char: string): number => {
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') isQuoted = !isQuoted;
    else if (c === char && !isQuoted) return i;
  }
  return -1;
};

const parseParams = (parts: string[]): Map<string, string[]> => {
  const params = new Map<string, string[]>();
  for (const part of parts) {
    if (part === '') continue;
    const equals = part.indexOf('=');
    // vCard 2.1 writes bare types: `TEL;CELL;PREF:`.
    const key = equals === -1 ? 'TYPE' : part.slice(0, equals).trim().toUpperCase();
    const rawValue = equals === -1 ? part : part.slice(equals + 1);
    const values = splitOutsideQuotes(rawValue, ',').map((value) => unquote(value.trim()));
    const normalised = key === 'TYPE' ? values.map((value) => value.toLowerCase()) : values;
    params.set(key, [...(params.get(key) ?? []), ...normalised]);
  }
  return params;
};

const parseContentLine = ({ line, text }: LogicalLine): ContentLine | null => {
  const colon = indexOfOutsideQuotes(text, ':');
  if (colon === -1) return null;
  const [nameWithGroup = '', ...paramParts] = splitOutsideQuotes(text.slice(0, colon), ';');
  const dot = nameWithGroup.lastIndexOf('.');
  return {
    line,
    group: dot === -1 ? null : nameWithGroup.slice(0, dot).trim().toLowerCase(),
    name: nameWithGroup.slice(dot + 1).trim().toUpperCase(),
    params: parseParams(paramParts),
    value: text.slice(colon + 1),
  };
};

// Lines that are not properties (no colon) are skipped: in 2.1 files they are the tails of
// unindented base64 photos, never contact data.
export const readContentLines = (text: string): ContentLine[] =>
  unfold(text).flatMap((logical) => parseContentLine(logical) ?? []);
