import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { runningHost } from '../../core/backup/host-presence';
import { restoreBackup, type RestoreResult } from '../../core/backup/restore-backup';
import { writeBackup } from '../../core/backup/write-backup';
import { fileSystemProblem } from '../../core/file-problems/file-problems';
import { databaseFile, resolveDataDir } from '../../db/data-dir';
import { CliError } from '../output';
import { migrationsFolder } from '../paths';
import { withCore } from '../with-core';

const OPTIONS = { 'data-dir': { type: 'string' }, demo: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } as const;

const megabytes = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

// "Backing up: 42%" on standard error, rewritten in place, so standard output stays the result.
const percentTo = (what: string) => {
  let last = -1;
  return (done: number, total: number) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    process.stderr.write(`\r${what}: ${percent}%${percent === 100 ? '\n' : ''}`);
  };
};

// relance backup FILE: SQLite's online backup of the database into FILE, verified before it is called done.
export const runBackup = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0) throw new CliError('Name the file to write: relance backup FILE. Run relance --help for the options.', 2);
  const dest = resolve(target);
  if (existsSync(dest)) throw new CliError(`${target} already exists: choose another name (a backup never overwrites a file).`);
  await withCore(values, async (booted) => {
    try {
      const { size } = await writeBackup(booted.database.sqlite, dest, percentTo('Backing up'));
      if (values.json) process.stdout.write(`${JSON.stringify({ file: dest, size, verified: true })}\n`);
      else process.stdout.write(`Backed up to ${dest} (${megabytes(size)}), checked with SQLite's integrity check. It is readable by you only.\n`);
    } catch (error) {
      throw fileSystemProblem(error, dest) ?? error;
    }
  });
};

// relance restore FILE: refuses while Relance has the database open, and any file that is not
// a Relance database of this version or an older one; keeps the current database first.
export const runRestore = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const [target, ...extra] = positionals;
  if (!target || extra.length > 0) throw new CliError('Name the backup to restore: relance restore FILE. Run relance --help for the options.', 2);
  const source = resolve(target);
  if (!existsSync(source) || !statSync(source).isFile()) throw new CliError(`${target} was not found. Check the name and the folder.`);
  const dataDir = resolveDataDir({ flag: values['data-dir'] });
  const now = new Date();
  const host = runningHost(databaseFile(dataDir, values.demo), now.getTime(), (file) => new Database(file, { fileMustExist: true }));
  if (host) {
    throw new CliError(`${host.holder} (process ${host.pid}) has this database open: close it, then restore again, or use Settings → Backups in the app.`);
  }
  const result = await restoreBackup({ dataDir, isDemo: values.demo, source, shownName: basename(source), migrationsFolder: migrationsFolder(), now, onProgress: percentTo('Restoring') })
    .catch((error: unknown) => Promise.reject(fileSystemProblem(error, dataDir) ?? error));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ restored_from: source, kept_as: result.keptAs, held: result.held, migrated: result.migrated, carried: result.carried })}\n`);
    return;
  }
  const lines = [`Restored ${basename(source)} into ${dataDir}.`];
  lines.push(result.keptAs ? `The database as it was is kept as ${result.keptAs}.` : 'There was no database to keep.');
  if (result.migrated > 0) lines.push(`It was brought up to this version (${result.migrated} update${result.migrated === 1 ? '' : 's'}).`);
  if (result.held > 0) {
    lines.push(`${result.held} message${result.held === 1 ? ' that was' : 's that were'} queued or being sent in the backup, or whose time has come since, now wait${result.held === 1 ? 's' : ''} for you (relance outbox --view unknown): check your Sent folder before sending again.`);
  }
  lines.push(...carriedLines(result.carried));
  process.stdout.write(`${lines.join('\n')}\n`);
};

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

// What the replaced database did after the backup and the restore kept (never twice, never lost).
const carriedLines = (carried: RestoreResult['carried']): string[] => {
  if (carried === null) {
    return ['The database being replaced could not be read: messages sent and opt-outs recorded after this backup was made could not be carried over. Check your Sent folder and your opt-outs before sending.'];
  }
  const lines: string[] = [];
  if (carried.sends > 0) lines.push(`${plural(carried.sends, 'message', 'messages')} sent after the backup stay sent (or Uncertain), so none goes twice.`);
  if (carried.stops > 0) lines.push(`${plural(carried.stops, 'opt-out', 'opt-outs')} (unsubscribes, complaints, bounces, erasures) made after the backup ${carried.stops === 1 ? 'was' : 'were'} carried over.`);
  return lines;
};
