import type Database from 'better-sqlite3';
import { DomainError } from '../errors';
import type { ImportPreview } from '../../api';
import { statSync } from 'node:fs';
import { commitImport, importHeader, streamedCommit, type CommitHooks, type CommitResult, type ImportSource } from './commit-import';
import { csvFile } from '../text/csv-writer';
import { headerKey } from './map/header-key';
import { detectPreset, rowRuleFor } from './map/detect-preset';
import { noteIndex } from './map/duplicate-headers';
import { newFileFacts, type FileFacts } from './map/row-rule';
import { LateLine, streamMappedTable } from './map/map-rows';
import { SAMPLED_ROWS } from './map/value-kinds';
import { planImport, type ImportMode, type ImportPlan } from './plan-import';
import { fileSource } from './read/byte-source';
import { streamTable } from './read/read-table';
import type { DateOrderDecision } from './map/date-order';
import type { ImportRecord, Mapping, ParsedTable, PresetMatch, TableRow } from './types';
import { startWriterThread, WriterGaveUp, writerFailure, type WriterLauncher, type WriterThread } from './writers';

export type ImportJob = {
  fileId: string;
  filePath: string;
  fileName: string;
  mapping: Mapping | null;
  mode: ImportMode;
  // The basis the owner gives the file's contacts that have none (plan-import.ts toValues).
  fileBasis?: 'soft-opt-in' | null;
  country: string;
  isDryRun: boolean;
  now: number;
  // The owner's time zone (Settings → Business): times the file writes without a zone are theirs.
  timeZone: string;
  // Whether a writer thread does the writes; unsaid, the file's size decides (tests say it).
  writeInThread?: boolean;
};

export type ImportPhase = 'reading' | 'checking' | 'writing';

export type JobHooks = CommitHooks & { onPhase: (phase: ImportPhase) => void };

// How the file's numeric dates were read (day/month or month/day) and why, with its rule for a window.
export type DateOrderNote = Pick<DateOrderDecision, 'message' | 'rule' | 'params'>;

export type JobResult = { preview: ImportPreview; rejectedCsv: string; commit: CommitResult | null };

const PROBLEMS_SHOWN = 100;
const SAMPLE_ROWS = 3;

// A mapping the person chose wins; then the one they chose last time for this header; then the preset.
const chooseMapping = (sqlite: Database.Database, table: Pick<ParsedTable, 'headers'>, first: readonly TableRow[], mapping: Mapping | null): PresetMatch => {
  const detected = detectPreset(table.headers, first.map((row) => row.cells));
  // The notes of columns left out hold only for those the mapping in use still leaves out.
  const using = (chosen: Mapping): PresetMatch => ({
    ...detected,
    mapping: chosen,
    notes: detected.notes.filter((note) => chosen.columns[noteIndex(note, table.headers)] === 'ignore'),
  });
  if (mapping) return using(mapping);
  const saved = sqlite.prepare('SELECT mapping FROM saved_mappings WHERE header_key = ?').pluck().get(headerKey(table.headers)) as string | undefined;
  return saved ? using(JSON.parse(saved) as Mapping) : detected;
};

const readFile = (job: ImportJob) =>
  streamTable(fileSource(job.filePath), job.fileName).catch((error: unknown) => {
    // Readers explain in a sentence what is wrong with the file, with its rule; anything else
    // thrown while reading is a problem with the input too.
    if (error instanceof DomainError) throw error;
    throw new DomainError('VALIDATION', error instanceof Error ? error.message : String(error));
  });

// The rejected rows as they were in the file, with the reason in a first column, to fix and
// re-import, written by the one CSV writer: a cell the file had as `=HYPERLINK(…)` comes out as
// text, never a formula. The file is read again for them: keeping every row's cells through the
// check, in case some were rejected, held most of a 300k-row import's memory.
const rejectedCsv = async (job: ImportJob, headers: string[], plan: ImportPlan): Promise<string> => {
  const rows: (string | number)[][] = [];
  if (plan.rejected.length > 0) {
    const byLine = new Map<number, string[]>(plan.rejected.map(({ line }) => [line, []]));
    const lastLine = plan.rejected.reduce((last, { line }) => Math.max(last, line), 0);
    for (const row of (await readFile(job)).rows) {
      if (byLine.has(row.line)) byLine.set(row.line, row.cells);
      if (row.line >= lastLine) break;
    }
    for (const { line, reason } of plan.rejected) rows.push([reason, line, ...byLine.get(line)!]);
  }
  return csvFile(['problem', 'line', ...headers], rows);
};

function* keepingFirst(rows: Iterable<TableRow>, samples: string[][]): Generator<TableRow, void> {
  for (const row of rows) {
    if (samples.length < SAMPLE_ROWS) samples.push(row.cells);
    yield row;
  }
}

// The first rows, read ahead so guessed columns can be checked against their values
// (value-kinds.ts), and all the rows, those first ones included, read once.
const readAhead = (rows: Iterable<TableRow>, count: number): { first: TableRow[]; rows: Iterable<TableRow> } => {
  const iterator = rows[Symbol.iterator]();
  const first: TableRow[] = [];
  let isDone = false;
  while (!isDone && first.length < count) {
    const step = iterator.next();
    if (step.done) isDone = true;
    else first.push(step.value);
  }
  function* all(): Generator<TableRow, void> {
    yield* first;
    if (isDone) return;
    for (let step = iterator.next(); !step.done; step = iterator.next()) yield step.value;
  }
  return { first, rows: all() };
};

// The file is parsed as it is mapped, a row at a time (read-table.ts), and each record is handed
// on as soon as it is final (map-rows.ts), so neither the file's text, nor its cells, nor all its
// records are ever in memory at once. `window`: see streamMappedTable.
const readAndMap = async (sqlite: Database.Database, job: ImportJob, window: number) => {
  const table = await readFile(job);
  const ahead = readAhead(table.rows, SAMPLED_ROWS);
  const match = chooseMapping(sqlite, table, ahead.first, job.mapping);
  const samples: string[][] = [];
  const facts = newFileFacts();
  const rowRule = rowRuleFor(match.presetId, table.headers, facts);
  const options = { fileName: job.fileName, now: new Date(job.now), timeZone: job.timeZone, currency: match.currency, rowRule };
  const mapped = streamMappedTable({ ...table, rows: keepingFirst(ahead.rows, samples) }, match.mapping, options, window);
  const { format, encoding, delimiter, headers, problems } = table;
  const dateOrder = (): DateOrderNote => {
    const { message, rule, params } = mapped.dateOrder();
    return { message, rule, params };
  };
  return { source: { format, encoding, delimiter }, headers, fileProblems: problems, match, samples, records: mapped.records, dateOrder, facts };
};

// The records are all mapped once the first is handed on (an infinite window): checking starts.
function* checking(records: Iterable<ImportRecord>, hooks: JobHooks): Generator<ImportRecord, void> {
  let isFirst = true;
  for (const record of records) {
    if (isFirst) hooks.onPhase('checking');
    isFirst = false;
    yield record;
  }
}

// How far apart the lines of one order may be in a file written while it is read; Shopify
// writes them one after the other. Farther apart, the file is read again whole (LateLine).
const LINES_APART = 2000;

// The rows of a text file as the line breaks of its first MiB let guess, for a progress bar
// while it is read (which never shows a total below what is done). Counting every line break
// read the whole file once more: 0.1 s of the 45 MB events corpus's reading thread.
const estimatedRows = (path: string): number => {
  const source = fileSource(path);
  const block = source.read(0, 2 ** 20);
  let breaks = 0;
  for (let at = block.indexOf(10); at !== -1; at = block.indexOf(10, at + 1)) breaks += 1;
  return Math.max(Math.round((breaks * source.size) / Math.max(block.length, 1)), 1);
};

// Files this big have their writes done by a thread of their own while they are checked
// (writers.ts); a smaller file is done before such a thread would even have started.
const THREAD_FROM_BYTES = 2_000_000;

const writesInThread = (sqlite: Database.Database, job: ImportJob): boolean => {
  if (job.isDryRun || sqlite.memory) return false;
  return job.writeInThread ?? statSync(job.filePath).size >= THREAD_FROM_BYTES;
};

type Read = Omit<Awaited<ReturnType<typeof readAndMap>>, 'records'>;

const previewOf = (job: ImportJob, read: Read, plan: ImportPlan): ImportPreview => {
  const { source, match } = read;
  const problems = [...read.fileProblems, ...plan.problems].sort((a, b) => a.line - b.line);
  return {
    fileId: job.fileId,
    fileName: job.fileName,
    format: source.format,
    encoding: source.encoding,
    delimiter: source.delimiter,
    presetId: match.presetId,
    presetName: match.presetName,
    headers: read.headers,
    samples: read.samples,
    mapping: match.mapping,
    counts: plan.counts,
    problems: problems.slice(0, PROBLEMS_SHOWN),
    problemCount: problems.length,
    dateOrder: read.dateOrder(),
    columnNotes: match.notes,
  };
};

const sourceOf = (job: ImportJob, { source, match }: Read): ImportSource => ({ fileName: job.fileName, table: source, presetId: match.presetId, mapping: match.mapping, mode: job.mode });

// A mapping the person chose is offered again for the next file with the same header.
const saveMapping = (sqlite: Database.Database, job: ImportJob, headers: string[]): void => {
  if (!job.mapping) return;
  sqlite
    .prepare('INSERT INTO saved_mappings (header_key, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (header_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at')
    .run(headerKey(headers), JSON.stringify(job.mapping), job.now);
};

// The whole plan first, then its writes on this connection: previews, and files too small to
// be worth a thread.
const planThenWrite = async (sqlite: Database.Database, job: ImportJob, hooks: JobHooks): Promise<JobResult> => {
  const { records, ...read } = await readAndMap(sqlite, job, Infinity);
  const plan = planImport(sqlite, checking(records, hooks), planOptions(job, read.facts));
  const preview = previewOf(job, read, plan);
  if (job.isDryRun) return { preview, rejectedCsv: await rejectedCsv(job, read.headers, plan), commit: null };
  hooks.onPhase('writing');
  const commit = commitImport(sqlite, plan, sourceOf(job, read), job.now, hooks);
  saveMapping(sqlite, job, read.headers);
  return { preview, rejectedCsv: '', commit };
};

// Each decision of the plan is written by the writer thread as soon as it is taken, so SQLite
// works while the rest of the file is read and checked (bench/import.ts, 100k contacts then
// 304k events, read, checked and written one after the other: 4.3 s and 4.8 s; this way, 3.1-3.4 s
// and 2.9-3.1 s on the same 2-core machine).
const planWhileWriting = async (sqlite: Database.Database, job: ImportJob, hooks: JobHooks, thread: WriterThread): Promise<JobResult> => {
  const { records, ...read } = await readAndMap(sqlite, job, LINES_APART);
  hooks.onPhase('writing');
  const header = importHeader(sourceOf(job, read), job.now);
  const streamed = streamedCommit(thread.open(header), header.importId, hooks, estimatedRows(job.filePath));
  const plan = planImport(sqlite, records, planOptions(job, read.facts), streamed.listener);
  const commit = await streamed.finish(plan);
  saveMapping(sqlite, job, read.headers);
  return { preview: previewOf(job, read, plan), rejectedCsv: '', commit };
};

const planOptions = (job: ImportJob, facts: FileFacts) => ({
  mode: job.mode,
  defaultCountry: job.country,
  fileName: job.fileName,
  now: job.now,
  ownAddresses: facts.ownAddresses,
  fileBasis: job.fileBasis ?? null,
});

// `launchWriter`: how this host starts the writer thread (writers.ts).
export const runImportJob = async (sqlite: Database.Database, job: ImportJob, hooks: JobHooks, launchWriter: WriterLauncher): Promise<JobResult> => {
  hooks.onPhase('reading');
  if (!writesInThread(sqlite, job)) return planThenWrite(sqlite, job, hooks);
  const thread = startWriterThread(sqlite.name, launchWriter);
  try {
    return await planWhileWriting(sqlite, job, hooks, thread);
  } catch (error) {
    const said = await thread.stop();
    // An order whose lines are far apart in the file: done again, the whole file first.
    if (error instanceof LateLine) return planThenWrite(sqlite, job, hooks);
    if (error instanceof WriterGaveUp && said.type === 'failed') throw writerFailure(said);
    throw error;
  }
};
