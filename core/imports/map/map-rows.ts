import { textKeeper } from '../keep-text';
import type { ImportField, ImportRecord, Mapping, ParsedTable, TableRow } from '../types';
import { buildRow, draftOf } from './build-record';
import { isOptOutHeader } from './consent';
import { currencyInHeader } from '../../money/currency';
import { dateEvidence, type DateOrderDecision } from './date-order';
import { eventLines } from './merge-events';
export { LateLine } from './merge-events';
import type { DateOrder } from './parse-date';
import { cellReader, type CellReader } from './read-cell';
import type { RowRule } from './row-rule';
import { emptyRowValues, newRowContext, resetRowValues, type ColumnPlan } from './row-values';
import { utcZone, zoneNamed } from './wall-clock';

// A parsed table and its mapping into import records, one per row (lines of one order merged).
// Every value that cannot be read becomes a problem naming its line and column and leaves its
// field empty: nothing is dropped silently and nothing throws. Cells are data: "=HYPERLINK(…)",
// "<script>" or "{{x}}" are kept exactly as written, for the contact form's own rules to judge.

export type MapOptions = {
  fileName: string;
  now: Date;
  // The currency of amounts that name none, when the export is known to use one (presets).
  currency?: string | null;
  // The owner's time zone (Settings → Business), for times the file writes without one; UTC
  // when unsaid or not a zone Intl knows.
  timeZone?: string;
  // The preset's own reading of each row, once its cells are read (row-rule.ts).
  rowRule?: RowRule | null;
};

export type MappedTable = { records: ImportRecord[]; dateOrder: DateOrderDecision };

// The rows are read once, in order: an import maps each row as it is parsed (read-table.ts).
export type TableRows = Pick<ParsedTable, 'headers' | 'delimiter' | 'encoding'> & { rows: Iterable<TableRow> };

type Plan = { read: CellReader; column: ColumnPlan; isFirst: boolean };

// The fields whose cells the record keeps as text; the others become numbers, dates or codes,
// and items are kept as parsed, from a copy made once per distinct cell (row-values.ts).
const keptAsText: ReadonlySet<ImportField> = new Set([
  'firstName', 'lastName', 'fullName', 'email', 'email2', 'phone', 'phone2', 'company', 'tags', 'notes', 'sourceId', 'region', 'postalCode',
  'event.reference', 'event.itemName', 'event.status', 'event.link',
]);

// A row's time and zone columns are read before its other cells, whatever their place in the
// file, so that its dates are read with them (read-cell.ts).
const readFirst: ReadonlySet<ImportField> = new Set(['time', 'timeZone']);

const planColumns = (table: Pick<ParsedTable, 'headers'>, mapping: Mapping): Plan[] => {
  const plan = mapping.columns.flatMap((field, index) => {
    if (field === 'ignore' || index >= table.headers.length) return [];
    const header = table.headers[index]!;
    const column: ColumnPlan = {
      index,
      header,
      isOptOut: field === 'consent' && isOptOutHeader(header),
      headerCurrency: field === 'event.amount' ? currencyInHeader(header) : null,
      keep: keptAsText.has(field) ? textKeeper() : null,
    };
    return [{ read: cellReader(field), column, isFirst: readFirst.has(field) }];
  });
  return [...plan.filter((p) => p.isFirst), ...plan.filter((p) => !p.isFirst)];
};

// Most cells start and end with a printable ASCII character, and have nothing to trim: the
// test on two char codes spares a call per cell (3.6 million cells in the events corpus).
const isPrintableAscii = (code: number): boolean => code > 32 && code < 127;
const trimmed = (cell: string | undefined): string | undefined =>
  cell === undefined || (isPrintableAscii(cell.charCodeAt(0)) && isPrintableAscii(cell.charCodeAt(cell.length - 1))) ? cell : cell.trim();

// Files of people who left (Mailchimp's unsubscribed or cleaned export) also carry the date
// they once subscribed; that date is no consent today.
const listsLeavers = (fileName: string): boolean => /unsubscribed|cleaned|desabonn|désabonn|desinscri|désinscri/i.test(fileName);

// Whether 03/04 is March or April is decided from the whole file (date-order.ts), which is
// known only once every row has been read. Each row is read with the order the rows so far
// point to; the rows with such a date that were read with another order than the one decided
// at the end are read again.
//
// Records are handed on as soon as they can no longer change, so an import can check and write
// them while the rest of the file is read: once `window` later rows have been read, or at once
// when no row still held may be an order's first line and the preset has no row rule, unless a
// row before them needed the date order (from that row on, everything waits for the end). A line of
// an order coming more than `window` rows after the order's first line throws LateLine; with an
// infinite window, every record is handed on at the end and nothing throws.
export type MappedStream = {
  records: Iterable<ImportRecord>;
  // Known once `records` has been read to its end.
  dateOrder: () => DateOrderDecision;
};

export const streamMappedTable = (table: TableRows, mapping: Mapping, options: MapOptions, window: number): MappedStream => {
  const evidence = dateEvidence(table, mapping);
  const plan = planColumns(table, mapping);
  const context = newRowContext(evidence.order(), options.now, zoneNamed(options.timeZone ?? 'UTC') ?? utcZone);
  const buildOptions = {
    defaults: { defaultKind: mapping.defaultKind, defaultEventType: mapping.defaultEventType },
    isConsentDateConsent: !listsLeavers(options.fileName),
    currency: options.currency ?? null,
  };
  const values = emptyRowValues(0);
  const mapRow = (row: TableRow): ImportRecord | null => {
    resetRowValues(values, row.line);
    context.isOrderUsed = false;
    context.zone = context.ownerZone;
    let isEmpty = true;
    for (const { read, column } of plan) {
      const cell = trimmed(row.cells[column.index]);
      if (!cell) continue;
      isEmpty = false;
      read(values, column.keep ? column.keep(cell) : cell, column, context);
    }
    // A row of empty cells (",,,", Excel's trailing rows) describes no one.
    if (isEmpty && row.cells.every((cell) => cell.trim() === '')) return null;
    options.rowRule?.(values, row.cells);
    return buildRow(values, buildOptions);
  };
  const records: (ImportRecord | undefined)[] = [];
  // The delivery date of each record's event, at the same position (merge-events.ts).
  const deliveries: (number | null)[] = [];
  const dateIndex = mapping.columns.indexOf('event.date');
  const lines = eventLines(records, deliveries, dateIndex === -1 ? null : (table.headers[dateIndex] ?? null));
  const put = (index: number, record: ImportRecord): void => {
    records[index] = record;
    deliveries[index] = draftOf(record) === null ? null : values.deliveredAt;
  };
  let decision: DateOrderDecision | null = null;
  // A preset's row rule may learn from later rows what the plan asks of earlier ones (the
  // owner's own PayPal address, row-rule.ts): its files wait for `window` rows, as before.
  const mayHandOnEarly = window !== Infinity && !options.rowRule;

  function* mapped(): Generator<ImportRecord, void> {
    const readWithOrder: { index: number; row: TableRow; order: DateOrder }[] = [];
    for (const row of table.rows) {
      evidence.add(row.cells);
      context.order = evidence.order();
      const record = mapRow(row);
      if (record === null) continue;
      const index = records.length;
      if (context.isOrderUsed) readWithOrder.push({ index, row, order: context.order });
      put(index, record);
      lines.add(index);
      // Handed on a few hundred at a time: each release looks through the pending merges. Rows
      // no later line can change (a contacts file has no events; see mayHandOnEarly) go at once rather than wait for
      // `window` more: 2,000 records held through each young collection cost the 100k contacts
      // 0.07-0.13 s of garbage collection and 9 MB of peak (docs/performance.md).
      if (readWithOrder.length === 0 && index % RELEASE_EVERY === 0) {
        const upTo = mayHandOnEarly && lines.isSettled() ? index + 1 : index - window;
        if (upTo > 0) yield* lines.release(upTo);
      }
    }
    decision = evidence.decide();
    context.order = decision.order;
    for (const { index, row, order } of readWithOrder) {
      if (order === decision.order) continue;
      put(index, mapRow(row)!);
      lines.replaced(index);
    }
    yield* lines.release(records.length);
  }

  return {
    records: mapped(),
    dateOrder: () => {
      if (decision === null) throw new Error('The date order is known once every row has been read.');
      return decision;
    },
  };
};

const RELEASE_EVERY = 256;

export const mapTable = (table: TableRows, mapping: Mapping, options: MapOptions): MappedTable => {
  const stream = streamMappedTable(table, mapping, options, Infinity);
  const records = [...stream.records];
  return { records, dateOrder: stream.dateOrder() };
};

export const mapRows = (table: ParsedTable, mapping: Mapping, options: MapOptions): ImportRecord[] => mapTable(table, mapping, options).records;
