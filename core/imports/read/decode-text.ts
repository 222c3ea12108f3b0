// Bytes of a text file into a string, naming the encoding found. Nothing is normalised: emoji,
// combining accents and odd spaces reach the parser exactly as the file holds them.

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedText = { text: string; encoding: TextEncodingName };

const hasPrefix = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);

// Excel and some Windows tools write UTF-16 without a BOM: ASCII text then has a zero in every
// other byte. Half of the pairs is far above what any 8-bit text or UTF-8 ever shows.
const sniffBomlessUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const length = Math.min(bytes.length, 1024) & ~1;
  if (length < 4) return null;
  let zeroOdd = 0;
  let zeroEven = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) zeroEven += 1;
    if (bytes[i + 1] === 0) zeroOdd += 1;
  }
  const pairs = length / 2;
  if (zeroOdd > pairs / 2 && zeroEven < pairs / 10) return 'utf-16le';
  if (zeroEven > pairs / 2 && zeroOdd < pairs / 10) return 'utf-16be';
  return null;
};

// The bytes 0x80–0x9F of windows-1252 (WHATWG encoding standard table). Node 20's TextDecoder
// decodes the 'windows-1252' label as ISO-8859-1 (0x80 gives U+0080, not €), so this
// table puts them right; on a runtime that decodes correctly these characters never appear.
const cp1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export const decodeWindows1252 = (bytes: Uint8Array): string =>
  new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(cp1252High[c.charCodeAt(0) - 0x80]!));

// Valid UTF-8 is taken as UTF-8; anything else is what Excel on Windows writes in Western
// Europe. windows-1252, not ISO-8859-1: € œ ’ are 0x80 0x9C 0x92 there and control codes in latin1.
const decodeUtf8OrWindows1252 = (bytes: Uint8Array, utf8Name: 'utf-8' | 'utf-8-bom'): DecodedText => {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: utf8Name };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
};

export const decodeText = (bytes: Uint8Array): DecodedText => {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8OrWindows1252(bytes.subarray(3), 'utf-8-bom');
  if (hasPrefix(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (hasPrefix(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffBomlessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), encoding: utf16 };
  return decodeUtf8OrWindows1252(bytes, 'utf-8');
};
