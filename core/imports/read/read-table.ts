import { DomainError } from '../../errors';
import type { ParsedTable } from '../types';
import { decodeText } from './decode-text';
import { detectDelimiter } from './detect-delimiter';
import { flagLostCharacters } from './flag-lost-characters';
import { parseDelimited } from './parse-delimited';
import { parseVcard } from './parse-vcard';
import { parseXlsx, unreadableWorkbookMessage } from './parse-xlsx';
import { binaryFileMessage, describeKnownBinary, isZip, looksBinary } from './sniff-bytes';
import { tableFromRecords } from './table-from-records';

// Any file a person picks to import — CSV in any encoding and delimiter, vCard, Excel — into
// one table shape. The content decides; the extension only breaks ties.

const extensionOf = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
};

const isVcardText = (text: string): boolean => /^\s*BEGIN:VCARD/i.test(text.slice(0, 200));

const refuse = (message: string): never => {
  throw new DomainError('VALIDATION', message);
};

export const readTable = async (bytes: Uint8Array, fileName: string): Promise<ParsedTable> => {
  const extension = extensionOf(fileName);
  if (isZip(bytes)) return parseXlsx(bytes, fileName);
  if (extension === 'xlsx' && bytes.length > 0) refuse(unreadableWorkbookMessage(fileName));
  const knownBinary = describeKnownBinary(bytes, fileName);
  if (knownBinary) refuse(knownBinary);
  const { text, encoding } = decodeText(bytes);
  if (looksBinary(text)) refuse(binaryFileMessage(fileName));
  if (isVcardText(text) || extension === 'vcf' || extension === 'vcard') return parseVcard(text, encoding);
  const delimiter = detectDelimiter(text, fileName);
  const { records, problems } = parseDelimited(text, delimiter);
  const table = tableFromRecords(records, problems, { format: 'csv', encoding, delimiter });
  if (encoding !== 'windows-1252') return table;
  const lost = flagLostCharacters(table);
  return lost.length === 0 ? table : { ...table, problems: [...table.problems, ...lost].sort((a, b) => a.line - b.line) };
};
