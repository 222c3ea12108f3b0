import { DomainError } from '../errors';

const codeOf = (error: unknown): string => String((error as { code?: unknown } | null)?.code ?? '');

// SQLite says a page or the file itself is not what it wrote (bad sectors, a copy cut short,
// another program writing into it).
export const isDamage = (error: unknown): boolean => /^SQLITE_(CORRUPT|NOTADB)/.test(codeOf(error));

export const isDiskFull = (error: unknown): boolean => ['ENOSPC', 'EDQUOT', 'SQLITE_FULL'].includes(codeOf(error));

export const isReadOnly = (error: unknown): boolean =>
  ['EACCES', 'EPERM', 'EROFS'].includes(codeOf(error)) || /^SQLITE_(READONLY|CANTOPEN)/.test(codeOf(error));

type Where = { dataDir?: string; newestBackup?: string | null };

// The sentence for a damaged database: what happened, that nothing more is written, and what to do.
export const damagedError = ({ dataDir = 'its folder', newestBackup = null }: Where): DomainError => {
  const todo = newestBackup
    ? `restore the newest backup (${newestBackup}) from Settings or with relance restore.`
    : 'restore a backup you kept elsewhere from Settings or with relance restore.';
  return new DomainError('INTERNAL', `The database in ${dataDir} is damaged: Relance stopped writing to it so nothing more is lost; ${todo}`, [
    { path: 'database', message: 'damaged database', rule: 'storage.damaged', params: { folder: dataDir, backup: newestBackup ?? '' } },
  ]);
};

// A full disk, a folder Relance may not write in, or a damaged file, said in one sentence with
// what to do (never SQLite's or Node's wording, never a stack). Undefined for anything else.
export const storageProblem = (error: unknown, where: Where = {}): DomainError | undefined => {
  const folder = where.dataDir ?? 'the data folder';
  if (isDamage(error)) return damagedError(where);
  if (isDiskFull(error)) {
    return new DomainError('INTERNAL', `The disk is full: this change was not saved. Free some space on the disk holding ${folder}, then try again.`, [
      { path: 'disk', message: 'disk full', rule: 'storage.diskFull', params: { folder } },
    ]);
  }
  if (isReadOnly(error)) {
    return new DomainError('INTERNAL', `Relance may not write in ${folder}: nothing was saved. Give yourself write access to that folder, or choose another one with --data-dir.`, [
      { path: 'folder', message: 'read-only folder', rule: 'storage.readOnly', params: { folder } },
    ]);
  }
  return undefined;
};
