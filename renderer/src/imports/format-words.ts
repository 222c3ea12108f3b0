import type { ImportPreview } from '../../../api';
import type { Translate } from '../i18n/i18n';

const delimiterKeys = {
  ',': 'import.delimiter.comma',
  ';': 'import.delimiter.semicolon',
  '\t': 'import.delimiter.tab',
  '|': 'import.delimiter.pipe',
} as const;

const formatKeys = { csv: 'import.format.csv', vcard: 'import.format.vcard', xlsx: 'import.format.xlsx', json: 'import.format.json' } as const;

const encodingName = (encoding: string, t: Translate): string => {
  if (encoding === 'utf-8-bom') return t('import.encoding.utf8Bom');
  if (encoding === 'windows-1252') return 'Windows-1252';
  return encoding.toUpperCase();
};

// "Read as text (CSV) separated by semicolons, encoding Windows-1252." A separator nobody can
// see (a tab) or tell apart (; and ,) is said as a word.
export const formatLine = (preview: Pick<ImportPreview, 'format' | 'encoding' | 'delimiter'>, t: Translate): string => {
  const format = preview.format in formatKeys ? t(formatKeys[preview.format as keyof typeof formatKeys]) : preview.format;
  const delimiter = preview.delimiter && preview.delimiter in delimiterKeys ? t(delimiterKeys[preview.delimiter as keyof typeof delimiterKeys]) : preview.delimiter;
  if (preview.format === 'xlsx') return t('import.format.workbook', { format });
  const encoding = encodingName(preview.encoding, t);
  return delimiter ? t('import.format.delimited', { format, delimiter, encoding }) : t('import.format.plain', { format, encoding });
};
