import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const utf16 = (text: string, order: 'le' | 'be', bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    bytes.push(...(order === 'le' ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff]));
  }
  return Uint8Array.from(bytes);
};

describe('decodeText', () => {
  it('strips a UTF-8 BOM and names it', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Email,Nom')]))).toEqual({
      text: 'Email,Nom',
      encoding: 'utf-8-bom',
    });
  });

  it('keeps UTF-8 byte-exact: no NFC, emoji sequences intact', () => {
    const text = 'Che\u0301rie 👨\u200d👩\u200d👧 🇧🇪 \ufeffinside';
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-16 by its BOM, both byte orders, surrogate pairs intact', () => {
    expect(decodeText(utf16('Prénom\t🙏', 'le', true))).toEqual({ text: 'Prénom\t🙏', encoding: 'utf-16le' });
    expect(decodeText(utf16('Prénom\t🙏', 'be', true))).toEqual({ text: 'Prénom\t🙏', encoding: 'utf-16be' });
  });

  it('recognises UTF-16LE without a BOM by its zero bytes', () => {
    expect(decodeText(utf16('Email\tNom\r\nana@example.com\tLima\r\n', 'le', false))).toEqual({
      text: 'Email\tNom\r\nana@example.com\tLima\r\n',
      encoding: 'utf-16le',
    });
  });

  it('falls back to windows-1252 (not latin1) when the bytes are not UTF-8', () => {
    // "€ œ ’ « é" as Excel writes them on a French Windows.
    const bytes = Uint8Array.from([0x80, 0x20, 0x9c, 0x20, 0x92, 0x20, 0xab, 0x20, 0xe9, 0x20, 0xa0]);
    expect(decodeText(bytes)).toEqual({ text: '€ œ ’ « é \u00a0', encoding: 'windows-1252' });
  });

  it('maps every windows-1252 byte from 0x80 to 0x9F like the WHATWG table', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeText(bytes).text).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ');
  });
});
