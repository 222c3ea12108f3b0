import { DomainError } from '../../errors';

// A file refused as a whole (a PDF, binary data, a broken workbook, too large, gone): the
// English sentence for the CLI and logs, and a rule with its values so a window can say it in
// its own language (renderer/src/i18n, "rule.import.file.*").

export type FileRule = 'pdf' | 'oldOffice' | 'image' | 'archive' | 'binary' | 'unreadableWorkbook' | 'tooLarge' | 'gone' | 'json';

export const fileError = (rule: FileRule, message: string, params: Record<string, string> = {}, code: 'VALIDATION' | 'NOT_FOUND' = 'VALIDATION'): DomainError =>
  new DomainError(code, message, [{ path: 'file', message, rule: `import.file.${rule}`, params }]);
