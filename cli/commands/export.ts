import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AUDIENCE_MINIMUM, exportFormats, isAudienceFormat, type ExportFormat, type ExportRequest } from '../../api';
import { systemClock } from '../../core/ports';
import { exportToPath } from '../../core/exports/run-export';
import { callCore } from '../call';
import { CliError } from '../output';
import { counted } from '../plural';
import { withCore } from '../with-core';

const USAGE = 'Run relance export --help for the options.';

// What each kind of export may be written as: a whole contacts list is never an ad audience
// (an audience is a segment chosen on purpose).
const FORMATS: Record<string, readonly ExportFormat[]> = { contacts: ['csv', 'vcard'], segment: exportFormats, audience: ['meta', 'google'] };

const progressLine = (done: number, total: number) => {
  if (process.stderr.isTTY && total > 0) process.stderr.write(`\rExporting ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
};

const formatOf = (what: string, format: string | undefined): ExportFormat => {
  const allowed = FORMATS[what]!;
  if (format === undefined) throw new CliError(`Say which format: --format ${allowed.join('|')}. ${USAGE}`, 2);
  if (!(allowed as readonly string[]).includes(format)) throw new CliError(`relance export ${what} writes ${allowed.join(', ')}, not "${format}". ${USAGE}`, 2);
  return format as ExportFormat;
};

const delimiterOf = (delimiter: string | undefined, format: ExportFormat): ',' | ';' => {
  if (delimiter === undefined) return ',';
  if (format !== 'csv') throw new CliError(`--delimiter is for --format csv only. ${USAGE}`, 2);
  if (delimiter !== ',' && delimiter !== ';') throw new CliError(`--delimiter takes "," or ";", not "${delimiter}". ${USAGE}`, 2);
  return delimiter;
};

// relance export contacts|segment ID|audience ID --format csv|vcard|meta|google --out FILE
export const runExport = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, delimiter: { type: 'string' },
      json: { type: 'boolean', default: false }, demo: { type: 'boolean', default: false },
    },
  });
  const [what, id, ...extra] = positionals;
  if (!what || !(what in FORMATS)) throw new CliError(`Say what to export: contacts, segment ID or audience ID. ${USAGE}`, 2);
  if (what === 'contacts' ? id !== undefined : id === undefined || extra.length > 0) {
    throw new CliError(what === 'contacts' ? `relance export contacts takes no id. ${USAGE}` : `Name one segment: relance export ${what} ID. ${USAGE}`, 2);
  }
  const format = formatOf(what, values.format);
  const delimiter = delimiterOf(values.delimiter, format);
  if (!values.out) throw new CliError(`Say where to write the file: --out FILE. ${USAGE}`, 2);
  const file = resolve(values.out);
  const request: ExportRequest = { target: id === undefined ? { search: '' } : { segmentId: id }, format, delimiter };

  await withCore(values, async (booted) => {
    if (id !== undefined) {
      const known = (await callCore(booted, 'segments.list', {})).map((segment) => segment.id);
      if (!known.includes(id)) throw new CliError(`There is no segment "${id}". relance segments lists them: ${known.join(', ')}.`, 2);
    }
    const info = await callCore(booted, 'app.info', {});
    const ctx = { db: booted.database.db, clock: systemClock, info, events: booted.events };
    const count = await exportToPath(ctx, request, file, progressLine);
    if (process.stderr.isTTY) process.stderr.write('\n');
    if (values.json) {
      process.stdout.write(`${JSON.stringify({ file, format, count: count.count, left_out: count.leftOut, is_below_audience_minimum: count.isBelowAudienceMinimum }, null, 2)}\n`);
    } else if (isAudienceFormat(format)) {
      const leftOut = count.leftOut > 0 ? ` (${counted(count.leftOut, 'person', 'people')} left out: unsubscribed, suppressed, erased or without consent to ads)` : '';
      process.stdout.write(`Wrote ${counted(count.count, 'person', 'people')} to ${file}, hashed${leftOut}.\n`);
    } else {
      process.stdout.write(`Wrote ${counted(count.count, 'contact')} to ${file}.\n`);
    }
    if (count.isBelowAudienceMinimum) {
      process.stderr.write(`relance: this audience holds ${counted(count.count, 'person', 'people')}; Meta and Google need at least ${AUDIENCE_MINIMUM} to match one.\n`);
    }
  });
};
