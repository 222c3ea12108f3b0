import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { DomainError } from '../errors';
import type { ImportPreview } from '../../api';
import { commitImport, type CommitHooks, type CommitResult } from './commit-import';
import { headerKey } from './map/header-key';
import { detectPreset } from './map/detect-preset';
import { mapRows } from './map/map-rows';
import { planImport, type ImportMode, type ImportPlan } from './plan-import';
import { readTable } from './read/read-table';
import type { Mapping, ParsedTable, PresetMatch } from './types';

export type ImportJob = {
  fileId: string;
  filePath: string;
  fileName: string;
  mapping: Mapping | null;
  mode: ImportMode;
  country: string;
  isDryRun: boolean;
  now: number;
};

export type JobHooks = CommitHooks & { onPhase: (phase: 'reading' | 'checking' | 'writing') => void };

export type JobResult = { preview: ImportPreview; rejectedCsv: string; commit: CommitResult | null };

const PROBLEMS_SHOWN = 100;
const SAMPLE_ROWS = 3;

// A mapping the person chose wins; then the one they chose last time for this header; then the preset.
const chooseMapping = (sqlite: Database.Database, table: ParsedTable, mapping: Mapping | null): PresetMatch => {
  const detected = detectPreset(table.headers);
  if (mapping) return { ...detected, mapping };
  const saved = sqlite.prepare('SELECT mapping FROM saved_mappings WHERE header_key = ?').pluck().get(headerKey(table.headers)) as string | undefined;
  return saved ? { ...detected, mapping: JSON.parse(saved) as Mapping } : detected;
};

const csvCell = (value: string): string => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

// The rejected rows as they were in the file, with the reason in a first column, to fix and re-import.
const rejectedCsv = (table: ParsedTable, plan: ImportPlan): string => {
  const byLine = new Map(table.rows.map((row) => [row.line, row.cells]));
  const lines = [['problem', 'line', ...table.headers].map(csvCell).join(',')];
  for (const { line, reason } of plan.rejected) lines.push([reason, String(line), ...(byLine.get(line) ?? [])].map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
};

export const runImportJob = async (sqlite: Database.Database, job: ImportJob, hooks: JobHooks): Promise<JobResult> => {
  hooks.onPhase('reading');
  const table = await readTable(readFileSync(job.filePath), job.fileName).catch((error: unknown) => {
    // Readers explain in a sentence what is wrong with the file; that is a problem with the input.
    throw new DomainError('VALIDATION', error instanceof Error ? error.message : String(error));
  });
  const match = chooseMapping(sqlite, table, job.mapping);
  const records = mapRows(table, match.mapping, { fileName: job.fileName, now: new Date(job.now) });
  const samples = table.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells);
  // The raw cells are only needed again for the rejected-rows file of a preview; a commit lets
  // them go before planning (the 304k-row events file holds ~500 MB of them).
  if (!job.isDryRun) table.rows = [];
  hooks.onPhase('checking');
  const plan = planImport(sqlite, records, { mode: job.mode, defaultCountry: job.country, fileName: job.fileName, now: job.now });
  const problems = [...table.problems, ...plan.problems].sort((a, b) => a.line - b.line);
  const preview: ImportPreview = {
    fileId: job.fileId,
    fileName: job.fileName,
    format: table.format,
    encoding: table.encoding,
    delimiter: table.delimiter,
    presetId: match.presetId,
    presetName: match.presetName,
    headers: table.headers,
    samples,
    mapping: match.mapping,
    counts: plan.counts,
    problems: problems.slice(0, PROBLEMS_SHOWN),
    problemCount: problems.length,
  };
  if (job.isDryRun) return { preview, rejectedCsv: rejectedCsv(table, plan), commit: null };

  hooks.onPhase('writing');
  // A 100k-row import touches a dozen indexes at once; a 64 MB page cache keeps them in memory
  // (measured: commit 4.1 s -> 3.1 s). It is released with the connection.
  sqlite.pragma('cache_size = -65536');
  const source = { fileName: job.fileName, table, presetId: match.presetId, mapping: match.mapping, mode: job.mode };
  const commit = commitImport(sqlite, plan, source, job.now, hooks);
  if (job.mapping) {
    sqlite
      .prepare('INSERT INTO saved_mappings (header_key, mapping, updated_at) VALUES (?, ?, ?) ON CONFLICT (header_key) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at')
      .run(headerKey(table.headers), JSON.stringify(job.mapping), job.now);
  }
  return { preview, rejectedCsv: '', commit };
};
