import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bytesSource, fileSource } from './byte-source';
import { decodePieces, decodeText } from './decode-text';
import { detectDelimiter } from './detect-delimiter';
import { parseDelimited, readRecords, type RecordProblem } from './parse-delimited';
import { readTable, streamTable } from './read-table';
import { readAll } from './table-from-records';

// A large file is decoded and parsed a piece at a time (read-table.ts). However small the
// pieces, and wherever a quoted value or a NUL falls, it must read exactly as its whole text.

const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.(csv|txt|tsv|vcf)$/.test(name) ? [path] : [];
  });

const fixtures = [
  ...filesUnder(fileURLToPath(new URL('../../../../shared/fixtures/', import.meta.url))),
  ...filesUnder(fileURLToPath(new URL('../map/test-fixtures/', import.meta.url))),
].map((path) => ({ name: path.split('/fixtures/').pop()!, path, bytes: new Uint8Array(readFileSync(path)) }));

const utf16le = (text: string, bom: boolean): Uint8Array => {
  const bytes: number[] = bom ? [0xff, 0xfe] : [];
  for (let i = 0; i < text.length; i += 1) bytes.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return Uint8Array.from(bytes);
};

const tricky = [
  'name,note\n"Ann","one\ntwo\nthree"\nBob,"say ""hi""\nthere"\n',
  'a,b\n"never closed,x\ny,z\nw,v\n',
  'a,b\n"Eve"x,y\n"multi\nline"z,w\nlast,"unclosed\n',
  'a,b\r\n"x\r\ny",1\r\n\r\n,\r\nc\u0000d,2\r\n"e\u0000\nf",3',
  'a;b\rc;"d\re"\rf;g',
  'h\n"\n"\n""""\n"a""\n""b"\n',
].map((text, i) => ({ name: `tricky ${i + 1}`, bytes: new TextEncoder().encode(text) }));

const encoded = [
  { name: 'utf-16 with BOM', bytes: utf16le('Prénom\tNom\n"Zoé\nM"\tÉmile 🙏\nA\tB\n', true) },
  { name: 'utf-16 without BOM', bytes: utf16le('Prénom,Nom\n"Zoé\nM",Émile\nA,B\n', false) },
  { name: 'windows-1252', bytes: Uint8Array.from([...new TextEncoder().encode('Nom;Ville\n"Lef'), 0xe8, 0x76, 0x72, 0x65, 0x0a, 0x80, 0x22, 0x3b, 0x78, 0x0a]) },
  { name: 'utf-8 with BOM', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a,b\n"1\n2",3\n')]) },
];

const byLine = (problems: RecordProblem[]) => [...problems].sort((a, b) => a.line - b.line);

describe.each([...fixtures, ...tricky, ...encoded])('$name', ({ name, bytes }) => {
  const whole = decodeText(bytes);
  const delimiter = detectDelimiter(whole.text, name);
  const expected = parseDelimited(whole.text, delimiter);

  it.each([1, 2, 3, 7, 64, 1000])('reads the same in pieces of %i bytes', (size) => {
    const { encoding, pieces } = decodePieces(bytesSource(bytes), size);
    const text = [...pieces];
    expect(encoding).toBe(whole.encoding);
    expect(text.join('')).toBe(whole.text);
    const problems: RecordProblem[] = [];
    const records = [...readRecords(text, delimiter, problems)];
    expect(records).toEqual(expected.records);
    expect(byLine(problems)).toEqual(byLine(expected.problems));
  });
});

describe.each(fixtures)('$name from its file', ({ name, path, bytes }) => {
  it.each([3, 64, 2 ** 20])('reads the same through blocks of %i bytes', async (blockSize) => {
    const source = fileSource(path, blockSize);
    expect(source.size).toBe(bytes.length);
    expect(source.read(1, 9)).toEqual(bytes.subarray(1, 9));
    expect([...decodePieces(fileSource(path, blockSize), 7).pieces].join('')).toBe(decodeText(bytes).text);
    expect(readAll(await streamTable(fileSource(path, blockSize), name))).toEqual(await readTable(bytes, name));
  });
});
