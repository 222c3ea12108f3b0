import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { Socket } from 'node:net';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importModes } from '../../api';
import { bootCore } from '../../core/boot';
import { describeColumnNote } from '../../core/imports/map/column-note';
import type { JobResult } from '../../core/imports/run-import-job';
import { resolveDataDir } from '../../db/data-dir';
import { CliError } from '../output';
import { counted } from '../plural';
import { callCore } from '../call';
import { migrationsFolder } from '../paths';
import { tuneHeapForImports } from '../heap-tuning';
import { importWriterFile } from '../import-worker-launcher';

const progressLine = (done: number, total: number) => {
  if (process.stderr.isTTY && total > 0) process.stderr.write(`\rWriting ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
};

// Looked at before the database is opened, so a wrong path changes nothing: a file, copied by the
// system, or a pipe (`relance import <(…)`), written to staging as it arrives (never held whole).
type Source = { kind: 'file' } | { kind: 'pipe'; fd: number; isFifo: boolean };
const opened = (path: string): Source | null => {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  let kind: Source['kind'] | null;
  let isFifo = false;
  try {
    const stat = fstatSync(fd);
    kind = stat.isFile() ? 'file' : stat.isDirectory() ? null : 'pipe';
    isFifo = stat.isFIFO() || stat.isSocket();
  } catch {
    kind = null;
  }
  if (kind === 'pipe') return { kind, fd, isFifo };
  closeSync(fd);
  return kind === null ? null : { kind };
};

// A pipe is read as a socket: a read from the file system cannot be called off, and a command
// that stopped at the size limit would wait, before exiting, for the writer to send more. A
// device (`/dev/zero`) never makes a read wait.
const piped = ({ fd, isFifo }: { fd: number; isFifo: boolean }): AsyncIterable<Uint8Array> =>
  isFifo ? new Socket({ fd, readable: true, writable: false }) : createReadStream('', { fd });

// `<(…)` names a pipe /dev/fd/63: the import and its summary call it "pipe", not "63".
const pipeName = (path: string): string => (/^\/(?:dev|proc\/(?:self|\d+))\/fd\/\d+$/.test(path) ? 'pipe' : basename(path));

export const runImport = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      mode: { type: 'string', default: 'update' },
      country: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const file = positionals[0];
  if (!file) throw new CliError('Name the file to import: relance import FILE.', 2);
  const mode = values.mode as (typeof importModes)[number];
  if (!importModes.includes(mode)) throw new CliError('--mode takes update, fill or skip.', 2);
  const country = values.country?.toUpperCase() ?? null;
  if (country !== null && !/^[A-Z]{2}$/.test(country)) throw new CliError('--country takes a two-letter code such as FR.', 2);
  const source = opened(file);
  if (source === null) throw new CliError(`Cannot read ${file}: check the path.`);

  tuneHeapForImports();
  const booted = bootCore({ dataDir: resolveDataDir({ flag: values['data-dir'] }), migrationsFolder: migrationsFolder(), host: 'cli', importWriterFile: importWriterFile() });
  try {
    if (booted.health.isDamaged() && !values['dry-run']) throw booted.health.refusal();
    // The staged copy is what the import reads, copied by the system: read here, the file's bytes
    // stayed resident until collected (45 MB of the events corpus's peak).
    const staged = source.kind === 'file' ? booted.stageCopy(file) : await booted.stageStream(pipeName(file), piped(source), { readsToTheEnd: false });
    const request = { fileId: staged.fileId, mapping: null, mode, country };
    const { preview, commit } = await booted.imports.runNow(request, values['dry-run'], progressLine);
    if (process.stderr.isTTY && commit) process.stderr.write('\n');
    // What the import brought (a cart, an order) is planned before the command exits, so
    // `relance outbox` right after shows it.
    if (commit) await callCore(booted, 'outbox.plan', {});
    const { counts } = preview;
    const summary = summarise(staged.fileName, preview, commit, values['dry-run']);
    const importedNothing = counts.create + counts.update + counts.skip + counts.merged + counts.erasedSkipped === 0;
    if (values.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    else printSummary(summary);
    if (importedNothing) {
      const reason = preview.problems[0]?.message ?? 'The file has no rows to import.';
      throw new CliError(`Nothing could be imported from ${staged.fileName}: ${reason}`);
    }
  } finally {
    booted.close();
  }
};

// The --json object, and what the plain output is printed from.
const summarise = (file: string, preview: JobResult['preview'], commit: JobResult['commit'], isDryRun: boolean) => ({
  file,
  format: preview.presetId === 'generic' ? preview.format : `${preview.format} (${preview.presetName})`,
  encoding: preview.encoding,
  delimiter: preview.delimiter,
  rows: preview.counts.rows,
  created: preview.counts.create,
  updated: preview.counts.update,
  skipped: preview.counts.skip,
  merged: preview.counts.merged,
  rejected: preview.counts.reject,
  erasedSkipped: preview.counts.erasedSkipped,
  events: commit ? commit.events : preview.counts.events,
  dryRun: isDryRun,
  importId: commit?.importId ?? null,
  errors: preview.problems,
  errorCount: preview.problemCount,
  leftOut: preview.columnNotes.map((note) => ({ ...note, message: describeColumnNote(note) })),
});

const printSummary = (s: ReturnType<typeof summarise>) => {
  const delimiter = s.delimiter === '\t' ? 'tab' : s.delimiter;
  console.log(`${s.file}: ${s.format}, ${s.encoding}${delimiter ? `, "${delimiter}"-separated` : ''}, ${counted(s.rows, 'row')}`);
  console.log(`${s.dryRun ? 'Would create' : 'Created'} ${s.created}, ${s.dryRun ? 'update' : 'updated'} ${s.updated}, skipped ${s.skipped}, merged ${counted(s.merged, 'duplicate')}, rejected ${s.rejected}; ${counted(s.events, 'event')}.`);
  for (const note of s.leftOut) console.log(`  left out: ${note.message}`);
  if (s.erasedSkipped > 0) console.log(`${counted(s.erasedSkipped, 'row of an erased person', 'rows of erased people')} skipped.`);
  for (const e of s.errors.slice(0, 20)) console.log(`  line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
  if (s.errorCount > 20) console.log(`  … and ${s.errorCount - 20} more`);
  if (s.importId) console.log(`Import ${s.importId}. Undo it with: relance undo-import ${s.importId}`);
};
