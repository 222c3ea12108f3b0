import { DomainError } from '../errors';

const codeOf = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? '');

// A full disk or a folder Relance may not write in, said in one sentence with what to do,
// rather than SQLite's or Node's error. Undefined for anything else.
export const fileSystemProblem = (error: unknown, folder: string): DomainError | undefined => {
  const code = codeOf(error);
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return new DomainError('INTERNAL', `The disk is full: nothing was written. Free some space on the disk holding ${folder}, then try again.`, [
      { path: 'disk', message: 'disk full', rule: 'backup.diskFull', params: { folder } },
    ]);
  }
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes(code)) {
    return new DomainError('INTERNAL', `Relance may not write in ${folder}: nothing was written. Give yourself write access to that folder, then try again.`, [
      { path: 'folder', message: 'read-only folder', rule: 'backup.readOnly', params: { folder } },
    ]);
  }
  return undefined;
};
