import type { DomainError } from '../../errors';
import type { TableRow } from '../types';
import { fileError } from './file-error';
import { streamFromRecords, type TableStream } from './table-from-records';

// A JSON export (a donation platform's API answer: an array of objects, each with a nested
// donor and campaign) as a table: one row per object, one column per path of its values
// ("donor.email", "campaign.name"), in the order they first appear. An object that wraps the
// array ({"donations": […]}) is read through to it.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

// The 1-based line and column of a position in the text.
export const placeOf = (text: string, position: number): { line: number; column: number } => {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: Math.min(position, text.length) - lineStart + 1 };
};

// V8 names the place as "at position N", or none when the text stops early: a file cut short
// is placed just after its last character, not on the empty lines that may follow it.
const errorPosition = (error: unknown, text: string): number => {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  const end = text.trimEnd().length;
  return match ? Math.min(Number(match[1]), end) : end;
};

export const brokenJsonError = (fileName: string, text: string, error: unknown): DomainError => {
  const { line, column } = placeOf(text, errorPosition(error, text));
  const message = `"${fileName}" is not valid JSON: it breaks off at line ${line}, column ${column}. Export it again, or correct it there.`;
  return fileError('json', message, { fileName, line: String(line), column: String(column) });
};

// The rows: the array itself, the first array of objects an object holds, or the one object.
const recordsOf = (value: Json): { records: Json[]; depth: number } => {
  if (Array.isArray(value)) return { records: value, depth: 1 };
  if (isObject(value)) {
    const inner = Object.values(value).find((child) => Array.isArray(child) && child.some(isObject));
    if (inner) return { records: inner as Json[], depth: 2 };
    return { records: [value], depth: 0 };
  }
  return { records: [], depth: 1 };
};

// The line each object of the records starts on: the objects opened at the records' depth.
// Another array beside the wrapped one may hold objects at that depth too: the lines are then
// not trusted, and each row is named by its line 1 rather than the wrong line.
const startLines = (text: string, depth: number, count: number): number[] => {
  const lines: number[] = [];
  let line = 1;
  let level = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) line += 1;
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (c === 123 && level === depth) lines.push(line);
      level += 1;
    } else if (c === 125 || c === 93) level -= 1;
  }
  if (depth === 0) return [1];
  return lines.length === count ? lines : Array.from({ length: count }, () => 1);
};

const cellOf = (value: Json): string => {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // A list of plain values ("tags": ["a", "b"]) reads as one cell; a list of objects stays JSON.
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object')) return value.map(cellOf).filter(Boolean).join(', ');
  return JSON.stringify(value);
};

const flatten = (value: JsonObject, prefix: string, into: Map<string, string>): void => {
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (isObject(child)) flatten(child, path, into);
    else into.set(path, cellOf(child));
  }
};

export const parseJsonTable = (text: string, encoding: string, fileName: string): TableStream => {
  let value: Json;
  try {
    value = JSON.parse(text) as Json;
  } catch (error) {
    throw brokenJsonError(fileName, text, error);
  }
  const { records, depth } = recordsOf(value);
  const lines = startLines(text, depth, records.length);
  const headers: string[] = [];
  const known = new Set<string>();
  const flat = records.map((record, index) => {
    const cells = new Map<string, string>();
    if (isObject(record)) flatten(record, '', cells);
    // A plain value in the list is a row of one cell, which no preset will take for a person.
    else cells.set('value', cellOf(record));
    for (const header of cells.keys()) {
      if (!known.has(header)) {
        known.add(header);
        headers.push(header);
      }
    }
    return { line: lines[index]!, cells };
  });
  const rows: TableRow[] = flat.map(({ line, cells }) => ({ line, cells: headers.map((header) => cells.get(header) ?? '') }));
  const table: TableRow[] = records.length === 0 ? [] : [{ line: 1, cells: headers }, ...rows];
  return streamFromRecords(table[Symbol.iterator](), [], { format: 'json', encoding, delimiter: null });
};
