import type { ExportRow } from './export-rows';

// vCard 4.0 (RFC 6350), one card per contact, CRLF line ends.

// §3.4: a backslash, a comma, a semicolon and a line break are escaped in a text value.
export const escapeVcardText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();

// §3.2: lines longer than 75 octets are folded, the continuation starting with one space;
// a character encoded in several octets is never cut.
export const foldVcardLine = (line: string): string => {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation's leading space takes one of its 75.
    const room = parts.length === 0 ? 75 : 74;
    if (octets + size > room) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
};

const displayName = (row: ExportRow): string => [row.firstName, row.lastName].filter(Boolean).join(' ') || row.company || row.email || row.phone || '';

export const vcardOf = (row: ExportRow): string => {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `FN:${escapeVcardText(displayName(row))}`, `N:${escapeVcardText(row.lastName)};${escapeVcardText(row.firstName)};;;`];
  if (row.email) lines.push(`EMAIL:${escapeVcardText(row.email)}`);
  // §6.4.1: in 4.0 a number is a tel: URI.
  if (row.phone) lines.push(`TEL;VALUE=uri:tel:${row.phone}`);
  if (row.company) lines.push(`ORG:${escapeVcardText(row.company)}`);
  if (row.region || row.postalCode || row.country) {
    // §6.3.1: post office box; extended; street; locality; region; postal code; country.
    lines.push(`ADR:;;;;${escapeVcardText(row.region ?? '')};${escapeVcardText(row.postalCode ?? '')};${escapeVcardText(row.country ?? '')}`);
  }
  if (row.language) lines.push(`LANG:${escapeVcardText(row.language)}`);
  if (row.notes) lines.push(`NOTE:${escapeVcardText(row.notes)}`);
  if (row.tags.length > 0) lines.push(`CATEGORIES:${row.tags.map(escapeVcardText).join(',')}`);
  lines.push('END:VCARD');
  return lines.map(foldVcardLine).join('\r\n') + '\r\n';
};
