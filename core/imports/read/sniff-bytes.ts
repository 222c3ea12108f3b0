import type { DomainError } from '../../errors';
import { fileError, type FileRule } from './file-error';

// What a file is, from its first bytes rather than its name: people rename files, and an
// export saved as "contacts.csv" may well be a workbook or a PDF.

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

// Every .xlsx is a ZIP archive; its local file header starts with "PK\x03\x04".
export const isZip = (bytes: Uint8Array): boolean => startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);

// The binary formats people most often pick by mistake, named so the message can say which.
const knownBinaries: { signature: readonly number[]; rule: FileRule; format: string; what: string; advice: string | null }[] = [
  { signature: [0x25, 0x50, 0x44, 0x46], rule: 'pdf', format: 'PDF', what: 'a PDF document', advice: null },
  // OLE2 compound file: Excel 97–2003, but also old Word files and Outlook .msg.
  {
    signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    rule: 'oldOffice',
    format: 'xls',
    what: 'an old Office file (Excel 97–2003 .xls or similar)',
    advice: 'Open it in Excel and save it as .xlsx, or export it as CSV, then import that file.',
  },
  { signature: [0x89, 0x50, 0x4e, 0x47], rule: 'image', format: 'PNG', what: 'a PNG image', advice: null },
  { signature: [0xff, 0xd8, 0xff], rule: 'image', format: 'JPEG', what: 'a JPEG image', advice: null },
  { signature: [0x47, 0x49, 0x46, 0x38], rule: 'image', format: 'GIF', what: 'a GIF image', advice: null },
  { signature: [0x1f, 0x8b], rule: 'archive', format: 'gzip', what: 'a compressed (gzip) archive', advice: 'Extract it first, then import the file inside.' },
  { signature: [0x52, 0x61, 0x72, 0x21], rule: 'archive', format: 'RAR', what: 'a RAR archive', advice: 'Extract it first, then import the file inside.' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf], rule: 'archive', format: '7-Zip', what: 'a 7-Zip archive', advice: 'Extract it first, then import the file inside.' },
];

const exportAdvice = 'Export your contacts as CSV, Excel (.xlsx) or vCard (.vcf) and import that file.';

// The refusal of a file that is a known binary format, or null when it is none of them.
export const knownBinaryError = (bytes: Uint8Array, fileName: string): DomainError | null => {
  const known = knownBinaries.find(({ signature }) => startsWith(bytes, signature));
  if (!known) return null;
  const message = `"${fileName}" is ${known.what}, which cannot be imported. ${known.advice ?? exportAdvice}`;
  return fileError(known.rule, message, { fileName, format: known.format });
};

// Control characters other than TAB, LF, FF and CR are rare in text and everywhere in binary
// data. A few are tolerated (the parser removes stray NULs and says where); 2 % is not text.
export const looksBinary = (text: string): boolean => {
  const sample = Math.min(text.length, 8192);
  let controls = 0;
  for (let i = 0; i < sample; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) controls += 1;
  }
  return controls > 2 && controls * 50 > sample;
};

export const binaryFileError = (fileName: string): DomainError =>
  fileError('binary', `"${fileName}" is not a text, Excel or vCard file: it contains binary data. ${exportAdvice}`, { fileName });
