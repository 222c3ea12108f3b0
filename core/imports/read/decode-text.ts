import { isUtf8 } from 'node:buffer';
import { bytesSource, type ByteSource } from './byte-source';

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

// How a file's bytes decode: where its text starts (after a BOM), in which encoding, and the
// byte or byte pair that ends a line there.
type Layout = { encoding: TextEncodingName; start: number; decode: (bytes: Uint8Array) => string; unit: 1 | 2; lineFeed: number };

const decoder = (label: string) => {
  const textDecoder = new TextDecoder(label, { ignoreBOM: true });
  return (bytes: Uint8Array): string => textDecoder.decode(bytes);
};

const isLineEnd = (layout: Pick<Layout, 'start' | 'unit' | 'lineFeed'>, bytes: Uint8Array, at: number, offset: number): boolean =>
  layout.unit === 1 ? bytes[at] === layout.lineFeed : (offset + at - layout.start) % 2 === 0 && bytes[at]! + (bytes[at + 1]! << 8) === layout.lineFeed;

// Where the piece starting at `from` ends: after the last line feed within `size` bytes, or
// after the first one beyond when a line is longer than that, or at the end of the file.
const pieceEnd = (source: ByteSource, layout: Pick<Layout, 'start' | 'unit' | 'lineFeed'>, from: number, size: number): number => {
  if (from + size >= source.size) return source.size;
  const window = source.read(from, from + size);
  for (let at = window.length - layout.unit; at >= 0; at -= 1) if (isLineEnd(layout, window, at, from)) return from + at + layout.unit;
  for (let start = from + size; start < source.size; start += size) {
    const ahead = source.read(start, start + size + layout.unit);
    for (let at = 0; at + layout.unit <= ahead.length; at += 1) if (isLineEnd(layout, ahead, at, start)) return start + at + layout.unit;
  }
  return source.size;
};

const CHECKED = 2 ** 20;

// UTF-8 is checked a piece at a time: a line feed byte never falls inside a UTF-8 character.
const isUtf8From = (source: ByteSource, start: number): boolean => {
  const layout = { start, unit: 1, lineFeed: 0x0a } as const;
  for (let from = start; from < source.size; ) {
    const end = pieceEnd(source, layout, from, CHECKED);
    if (!isUtf8(source.read(from, end))) return false;
    from = end;
  }
  return true;
};

// Valid UTF-8 is taken as UTF-8; anything else is what Excel on Windows writes in Western
// Europe. windows-1252, not ISO-8859-1: € œ ’ are 0x80 0x9C 0x92 there and control codes in latin1.
const utf8OrWindows1252 = (source: ByteSource, start: number, utf8Name: 'utf-8' | 'utf-8-bom'): Layout =>
  isUtf8From(source, start)
    ? { encoding: utf8Name, start, decode: decoder('utf-8'), unit: 1, lineFeed: 0x0a }
    : { encoding: 'windows-1252', start, decode: decodeWindows1252, unit: 1, lineFeed: 0x0a };

const utf16 = (encoding: 'utf-16le' | 'utf-16be', start: number): Layout => ({ encoding, start, decode: decoder(encoding), unit: 2, lineFeed: encoding === 'utf-16le' ? 0x000a : 0x0a00 });

const layoutOf = (source: ByteSource): Layout => {
  const head = source.read(0, 1024);
  if (hasPrefix(head, [0xef, 0xbb, 0xbf])) return utf8OrWindows1252(source, 3, 'utf-8-bom');
  if (hasPrefix(head, [0xff, 0xfe])) return utf16('utf-16le', 2);
  if (hasPrefix(head, [0xfe, 0xff])) return utf16('utf-16be', 2);
  const bomless = sniffBomlessUtf16(head);
  if (bomless) return utf16(bomless, 0);
  return utf8OrWindows1252(source, 0, 'utf-8');
};

export const decodeText = (bytes: Uint8Array): DecodedText => {
  const layout = layoutOf(bytesSource(bytes));
  return { text: layout.decode(bytes.subarray(layout.start)), encoding: layout.encoding };
};

// The text in pieces of about `size` bytes that each end with a line (the last one with the
// file), decoded one at a time: a reader that parses them in turn never holds the whole text,
// which takes twice the file's size once one character needs two bytes. At 32 KiB a piece is
// a small string that the garbage collector reclaims young.
export const decodePieces = (source: ByteSource, size = 2 ** 15): { encoding: TextEncodingName; pieces: Iterable<string> } => {
  const layout = layoutOf(source);
  function* pieces(): Generator<string, void> {
    for (let from = layout.start; from < source.size; ) {
      const end = pieceEnd(source, layout, from, size);
      yield layout.decode(source.read(from, end));
      from = end;
    }
  }
  return { encoding: layout.encoding, pieces: pieces() };
};
