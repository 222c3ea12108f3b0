import { describe, expect, it } from 'vitest';
import { escapeVcardText, foldVcardLine } from './vcard';

const octets = (text: string) => new TextEncoder().encode(text).length;

describe('vCard 4.0 text values (RFC 6350)', () => {
  it('escapes a backslash, a comma, a semicolon and line breaks (§3.4)', () => {
    expect(escapeVcardText('a\\b, c; d\r\ne\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
  });

  it('folds a line past 75 octets with CRLF and a space, never inside a character (§3.2)', () => {
    const line = `NOTE:${'é'.repeat(60)}`;
    const folded = foldVcardLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    // Unfolding (§3.2: remove CRLF followed by one space) gives the line back whole.
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('leaves a short line alone', () => {
    expect(foldVcardLine('FN:Inès Durand')).toBe('FN:Inès Durand');
  });
});
