import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import { PRIVATE_FILE } from '../../db/private-files';
import { AUDIENCE_MINIMUM, exportRequestSchema, isAudienceFormat, type ExportCount, type ExportFile, type ExportFormat, type ExportRequest } from '../../api';
import type { CoreContext } from '../context';
import { originOf, recordAudit } from '../respect/audit-log';
import { BOM, csvLines, type CsvDelimiter } from '../text/csv-writer';
import { audienceFilter, GOOGLE_COLUMNS, googleCells, META_COLUMNS, metaCells } from './audience';
import { CONTACT_COLUMNS, contactCells } from './contacts-csv';
import { countTarget, exportPages, type ExportRow } from './export-rows';
import { exportWhere, targetWord } from './export-target';
import { vcardOf } from './vcard';

export type ExportContext = Pick<CoreContext, 'db' | 'clock' | 'info' | 'events'>;
type Parsed = ReturnType<typeof exportRequestSchema.parse>;
type Progress = (done: number, total: number) => void;

// How each format writes its header and a row; an audience leaves out whoever it may not hold.
type Writer = { head: string; keeps: (row: ExportRow) => boolean; body: (rows: ExportRow[]) => string };

const csvWriter = (header: readonly string[], cells: (row: ExportRow) => string[], keeps: Writer['keeps'], delimiter: CsvDelimiter): Writer => ({
  // One writer for every CSV file (core/text/csv-writer.ts): BOM, CRLF, formulas neutralised.
  head: BOM + csvLines([header], delimiter),
  keeps,
  body: (rows) => (rows.length === 0 ? '' : csvLines(rows.map(cells), delimiter)),
});

const writerFor = (ctx: ExportContext, format: ExportFormat, delimiter: CsvDelimiter): Writer => {
  const isMember = audienceFilter(ctx.db.$client);
  switch (format) {
    case 'csv':
      return csvWriter(CONTACT_COLUMNS, contactCells, () => true, delimiter);
    // Both platforms read a comma-separated file, whatever the owner's locale.
    case 'meta':
      return csvWriter(META_COLUMNS, metaCells, isMember, ',');
    case 'google':
      return csvWriter(GOOGLE_COLUMNS, googleCells, isMember, ',');
    case 'vcard':
      return { head: '', keeps: () => true, body: (rows) => rows.map(vcardOf).join('') };
  }
};

const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', vcard: 'vcf', meta: 'csv', google: 'csv' };
const MIME: Record<ExportFormat, string> = { csv: 'text/csv;charset=utf-8', vcard: 'text/vcard;charset=utf-8', meta: 'text/csv;charset=utf-8', google: 'text/csv;charset=utf-8' };
const PREFIX: Record<ExportFormat, string> = { csv: 'relance', vcard: 'relance', meta: 'relance-meta-audience', google: 'relance-google-audience' };

export const exportFileName = (request: Parsed, now: number): string =>
  `${PREFIX[request.format]}-${targetWord(request.target)}-${new Date(now).toISOString().slice(0, 10)}.${EXTENSIONS[request.format]}`;

// The file a piece at a time (a page of contacts each), so a large export never sits whole in
// memory on its way to a file, and yields to the event loop between pages so progress is seen.
async function* exportChunks(ctx: ExportContext, request: Parsed, counted: { kept: number; seen: number }, onProgress: Progress): AsyncGenerator<string> {
  const where = exportWhere(ctx, request.target);
  const total = countTarget(ctx.db, where);
  const writer = writerFor(ctx, request.format, request.delimiter);
  yield writer.head;
  onProgress(0, total);
  for (const page of exportPages(ctx.db, where)) {
    const kept = page.filter(writer.keeps);
    counted.seen += page.length;
    counted.kept += kept.length;
    yield writer.body(kept);
    onProgress(counted.seen, total);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const countOf = (format: ExportFormat, counted: { kept: number; seen: number }): ExportCount => ({
  count: counted.kept,
  leftOut: counted.seen - counted.kept,
  isBelowAudienceMinimum: isAudienceFormat(format) && counted.kept < AUDIENCE_MINIMUM,
});

// Each export goes in the privacy log, with its format and count, never a name or an address.
const audit = (ctx: ExportContext, request: Parsed, count: ExportCount): void => {
  const detail = `contacts export (${request.format}, ${targetWord(request.target)}): ${count.count} contacts${count.leftOut > 0 ? `, ${count.leftOut} left out` : ''}`;
  recordAudit(ctx.db.$client, { action: 'export', origin: originOf(ctx.info.host), detail }, ctx.clock.now().getTime());
};

// How many people the export would hold, for the dialog before it runs (an audience reads
// every target contact to know who it may hold).
export const countExport = (ctx: ExportContext, input: ExportRequest): ExportCount => {
  const request = exportRequestSchema.parse(input);
  const where = exportWhere(ctx, request.target);
  if (!isAudienceFormat(request.format)) {
    const all = countTarget(ctx.db, where);
    return countOf(request.format, { kept: all, seen: all });
  }
  const writer = writerFor(ctx, request.format, request.delimiter);
  const counted = { kept: 0, seen: 0 };
  for (const page of exportPages(ctx.db, where)) {
    counted.seen += page.length;
    counted.kept += page.filter(writer.keeps).length;
  }
  return countOf(request.format, counted);
};

const progressEvents = (ctx: ExportContext): Progress => (done, total) => ctx.events.emit({ type: 'exports.progress', done, total });

// The whole file as text, for a window to save (a download in the browser, the save dialog in the app).
export const exportFile = async (ctx: ExportContext, input: ExportRequest): Promise<ExportFile> => {
  const request = exportRequestSchema.parse(input);
  const counted = { kept: 0, seen: 0 };
  const chunks: string[] = [];
  for await (const chunk of exportChunks(ctx, request, counted, progressEvents(ctx))) chunks.push(chunk);
  const count = countOf(request.format, counted);
  audit(ctx, request, count);
  return { ...count, fileName: exportFileName(request, ctx.clock.now().getTime()), mimeType: MIME[request.format], content: chunks.join('') };
};

// Written to `path` a page at a time (the command line), readable by its owner only: it holds
// personal data.
export const exportToPath = async (ctx: ExportContext, input: ExportRequest, path: string, onProgress: Progress = () => {}): Promise<ExportCount> => {
  const request = exportRequestSchema.parse(input);
  const counted = { kept: 0, seen: 0 };
  const fd = openSync(path, 'w', PRIVATE_FILE);
  try {
    // A file that was already there keeps its old mode through open: set it.
    fchmodSync(fd, PRIVATE_FILE);
    for await (const chunk of exportChunks(ctx, request, counted, onProgress)) if (chunk) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  const count = countOf(request.format, counted);
  audit(ctx, request, count);
  return count;
};
