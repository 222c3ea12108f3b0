import { DomainError } from '../errors';

// What went wrong with a file on disk (damaged, disk full, read-only), said in a sentence: a
// module of its own, since storage/ (the open database) and backup/ (backups written and
// restored) both say it, and storage/ already reads the backups folder.

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

// What the sentences say was not written: a change to the database (`storage.*`), or a backup
// being written or restored (`backup.*`, beside the folder it was written to). The rule names
// are written out whole: the window finds its sentences by them.
const WORDS = {
  storage: {
    rules: { full: 'storage.diskFull', readOnly: 'storage.readOnly' },
    full: (folder: string) => `The disk is full: this change was not saved. Free some space on the disk holding ${folder}, then try again.`,
    readOnly: (folder: string) => `Relance may not write in ${folder}: nothing was saved. Give yourself write access to that folder, or choose another one with --data-dir.`,
  },
  backup: {
    rules: { full: 'backup.diskFull', readOnly: 'backup.readOnly' },
    full: (folder: string) => `The disk is full: nothing was written. Free some space on the disk holding ${folder}, then try again.`,
    readOnly: (folder: string) => `Relance may not write in ${folder}: nothing was written. Give yourself write access to that folder, then try again.`,
  },
};

const fullOrReadOnly = (error: unknown, folder: string, what: keyof typeof WORDS): DomainError | undefined => {
  if (isDiskFull(error)) {
    return new DomainError('INTERNAL', WORDS[what].full(folder), [{ path: 'disk', message: 'disk full', rule: WORDS[what].rules.full, params: { folder } }]);
  }
  if (isReadOnly(error)) {
    return new DomainError('INTERNAL', WORDS[what].readOnly(folder), [{ path: 'folder', message: 'read-only folder', rule: WORDS[what].rules.readOnly, params: { folder } }]);
  }
  return undefined;
};

// A full disk, a folder Relance may not write in, or a damaged file, said in one sentence with
// what to do (never SQLite's or Node's wording, never a stack). Undefined for anything else.
export const storageProblem = (error: unknown, where: Where = {}): DomainError | undefined =>
  isDamage(error) ? damagedError(where) : fullOrReadOnly(error, where.dataDir ?? 'the data folder', 'storage');

// The same for a backup written to, or restored from, `folder`.
export const fileSystemProblem = (error: unknown, folder: string): DomainError | undefined => fullOrReadOnly(error, folder, 'backup');
