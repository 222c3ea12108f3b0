// The shapes an import passes through: bytes → ParsedTable (read/) → ImportRecord (map/) →
// plan and commit (this folder). Each stage is plain data so it can be tested on its own.

import type { ConsentBasis } from '../../api/contacts';
import { eventTypes, importFields, type ColumnNote } from '../../api/imports';

export { eventTypes, importFields };
export type { ColumnNote };

export type SourceFormat = 'csv' | 'vcard' | 'xlsx' | 'json';

// A problem tied to a place in the file: `line` is the 1-based physical line where the record
// starts (for xlsx: the sheet row number), `column` the header name when known. `rule` and
// `params` let a window word it in its own language; `message` is the English, for the CLI.
export type FileProblem = { line: number; column: string | null; message: string; rule?: string; params?: Record<string, string> };

export type TableRow = { line: number; cells: string[] };

export type ParsedTable = {
  format: SourceFormat;
  // 'utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'; 'xlsx' for workbooks.
  encoding: string;
  // ',', ';', '\t' or '|' for delimited text; null for vCard and xlsx.
  delimiter: string | null;
  headers: string[];
  rows: TableRow[];
  problems: FileProblem[];
};

export type ImportEventType = (typeof eventTypes)[number];

export type ImportField = (typeof importFields)[number];

export type Mapping = {
  // One target per header, same order as ParsedTable.headers.
  columns: ImportField[];
  // The kind given to contacts of this file when no column says it (donors for HelloAsso…).
  defaultKind: 'customer' | 'donor' | 'prospect' | null;
  // The event type of each row when the file is an export of one kind of event and has no
  // type column (an orders export: 'order').
  defaultEventType: ImportEventType | null;
};

// `currency` is the one the export's amounts are in when it never says so (null: unknown).
// `notes` say which of the file's columns the mapping leaves out, and why.
export type PresetMatch = { presetId: string; presetName: string; mapping: Mapping; currency: string | null; notes: ColumnNote[] };

export type ImportItem = { name: string; quantity: number };

export type ImportEvent = {
  type: ImportEventType;
  occurredAt: number; // ms since epoch, UTC
  // A date the file wrote without a time: occurredAt is that day's midnight UTC (contact_events.date_only).
  dateOnly: boolean;
  amountMinor: number | null; // integer minor units (cents)
  currency: string | null; // ISO 4217, upper case
  reference: string | null; // order number, cart id…
  items: ImportItem[];
  status: string | null;
  link: string | null; // checkout link of an abandoned cart
};

// One contact as a file row describes it, with raw (not yet validated) email and phone: the
// plan validates them with the same rules as the contact form.
export type ImportRecord = {
  line: number;
  firstName: string;
  lastName: string;
  email: string | null;
  extraEmails: string[];
  phone: string | null;
  extraPhones: string[];
  company: string;
  kind: 'customer' | 'donor' | 'prospect' | null;
  tags: string[];
  language: string | null; // two lower-case letters
  country: string | null; // ISO 3166 alpha-2, upper case
  // State, province or region and postal code, as written: the exact time zone in countries with several.
  region: string | null;
  postalCode: string | null;
  notes: string;
  sourceId: string | null; // the source system's own customer id
  // Marketing consent as the file states it: given (with its date), withdrawn, or not said.
  // `basis` comes from a legal-basis column; a plain "yes" is consent.
  consent: { state: 'given' | 'withdrawn'; at: number | null; basis?: ConsentBasis } | null;
  createdAt: number | null;
  events: ImportEvent[];
  problems: FileProblem[];
};
