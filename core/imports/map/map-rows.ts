import type { ImportRecord, Mapping, ParsedTable } from '../types';
import { buildRow, type MappedRow } from './build-record';
import { isOptOutHeader } from './consent';
import { currencyInHeader } from './currency';
import { decideDateOrder, type DateOrderDecision } from './date-order';
import { mergeEventLines } from './merge-events';
import { cellReader, type CellReader } from './read-cell';
import { emptyRowValues, newRowContext, resetRowValues, type ColumnPlan } from './row-values';

// A parsed table and its mapping into import records, one per row (lines of one order merged).
// Every value that cannot be read becomes a problem naming its line and column and leaves its
// field empty: nothing is dropped silently and nothing throws. Cells are data: "=HYPERLINK(…)",
// "<script>" or "{{x}}" are kept exactly as written, for the contact form's own rules to judge.

export type MapOptions = { fileName: string; now: Date };

export type MappedTable = { records: ImportRecord[]; dateOrder: DateOrderDecision };

type Plan = { read: CellReader; column: ColumnPlan };

const planColumns = (table: ParsedTable, mapping: Mapping): Plan[] =>
  mapping.columns.flatMap((field, index) => {
    if (field === 'ignore' || index >= table.headers.length) return [];
    const header = table.headers[index]!;
    const column: ColumnPlan = {
      index,
      header,
      isOptOut: field === 'consent' && isOptOutHeader(header),
      headerCurrency: field === 'event.amount' ? currencyInHeader(header) : null,
    };
    return [{ read: cellReader(field), column }];
  });

// Files of people who left (Mailchimp's unsubscribed or cleaned export) also carry the date
// they once subscribed; that date is no consent today.
const listsLeavers = (fileName: string): boolean => /unsubscribed|cleaned|desabonn|désabonn|desinscri|désinscri/i.test(fileName);

export const mapTable = (table: ParsedTable, mapping: Mapping, options: MapOptions): MappedTable => {
  const dateOrder = decideDateOrder(table, mapping);
  const plan = planColumns(table, mapping);
  const context = newRowContext(dateOrder.order, options.now);
  const buildOptions = {
    defaults: { defaultKind: mapping.defaultKind, defaultEventType: mapping.defaultEventType },
    isConsentDateConsent: !listsLeavers(options.fileName),
  };
  const rows: MappedRow[] = [];
  const values = emptyRowValues(0);
  for (const row of table.rows) {
    resetRowValues(values, row.line);
    let isEmpty = true;
    for (const { read, column } of plan) {
      const cell = row.cells[column.index]?.trim();
      if (!cell) continue;
      isEmpty = false;
      read(values, cell, column, context);
    }
    // A row of empty cells (",,,", Excel's trailing rows) describes no one.
    if (isEmpty && row.cells.every((cell) => cell.trim() === '')) continue;
    rows.push(buildRow(values, buildOptions));
  }
  const dateIndex = mapping.columns.indexOf('event.date');
  return { records: mergeEventLines(rows, dateIndex === -1 ? null : (table.headers[dateIndex] ?? null)), dateOrder };
};

export const mapRows = (table: ParsedTable, mapping: Mapping, options: MapOptions): ImportRecord[] => mapTable(table, mapping, options).records;
