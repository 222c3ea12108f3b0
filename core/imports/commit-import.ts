import type Database from 'better-sqlite3';
import { timeOrderedId } from '../ids';
import { presets } from './map/presets';
import type { ImportPlan, ImportMode, PlanListener } from './plan-import';
import type { Mapping, ParsedTable } from './types';
import {
  addContact, addEvents, addMerge, emptyBatch, itemsWriter, outcomeReader, sortNamer, type ImportHeader, type ImportTotals, type WriteBatch,
} from './write-batch';
import { openWriteSession } from './write-session';
import type { ImportWriter } from './writers';

export class ImportCancelled extends Error {
  constructor() {
    super('The import was cancelled; nothing was saved.');
  }
}

export type CommitHooks = {
  onProgress: (done: number, total: number) => void;
  isCancelled: () => boolean;
};

export type ImportSource = { fileName: string; table: Pick<ParsedTable, 'format' | 'encoding' | 'delimiter'>; presetId: string; mapping: Mapping; mode: ImportMode };

export type CommitResult = { importId: string; created: number; updated: number; skipped: number; rejected: number; events: number; changedIds: string[] };

const CHECK_EVERY = 500;
// Contacts and events per batch handed to the writer: big enough that handing over costs
// little, small enough that the writer starts early and that each batch's lists die young in
// the garbage collector (5,000 made lists too big for its young generation: a 100k-contact
// import then peaked 50 MB higher, and was no faster).
const ROWS_PER_BATCH = 500;

export const importHeader = (source: ImportSource, now: number): ImportHeader => {
  const { format, encoding, delimiter } = source.table;
  return { importId: timeOrderedId(), now, fileName: source.fileName, format, encoding, delimiter, presetId: source.presetId, mapping: JSON.stringify(source.mapping), mode: source.mode,
    presetName: presets.find((preset) => preset.id === source.presetId)?.name ?? null };
};

const totalsOf = ({ counts }: ImportPlan): ImportTotals => ({ rows: counts.rows, created: counts.create, updated: counts.update, skipped: counts.skip, rejected: counts.reject, erasedSkipped: counts.erasedSkipped });

const resultOf = (importId: string, plan: ImportPlan, events: number): CommitResult => {
  const { create, update, skip, reject } = plan.counts;
  const changedIds = plan.contacts.filter((entry) => entry.action !== 'skip').map((entry) => entry.id);
  return { importId, created: create, updated: update, skipped: skip, rejected: reject, events, changedIds };
};

// `total` may be an estimate (rows counted by line breaks): never shown below what is done.
const checkpoint = (hooks: CommitHooks, done: number, total: number): void => {
  if (done % CHECK_EVERY !== 0) return;
  if (hooks.isCancelled()) throw new ImportCancelled();
  hooks.onProgress(done, Math.max(done, total));
};

// The plan's decisions gathered into batches of ROWS_PER_BATCH contacts and events, each handed
// to `send` when full; `rest` is the batch not yet full, for the writer's finish.
const batchedWrites = (send: (batch: WriteBatch) => void): Omit<PlanListener, 'progress'> & { rest: () => WriteBatch } => {
  let batch: WriteBatch = emptyBatch();
  let size = 0;
  const itemsJson = itemsWriter();
  const outcome = outcomeReader();
  const sortName = sortNamer();
  const grow = (rows: number): void => {
    size += rows;
    if (size < ROWS_PER_BATCH) return;
    send(batch);
    batch = emptyBatch();
    size = 0;
  };
  return {
    planned: (entry, events) => {
      addContact(batch, entry, sortName);
      addEvents(batch, entry.id, events, itemsJson, outcome);
      grow(1 + events.length);
    },
    addedEvents: (entry, events) => {
      addEvents(batch, entry.id, events, itemsJson, outcome);
      grow(events.length);
    },
    // Its latest values, again: the writer keeps the last one it is sent for each contact.
    changed: (entry) => {
      addContact(batch, entry, sortName);
      grow(1);
    },
    merged: (entry, values) => {
      addMerge(batch, entry, values);
      grow(1);
    },
    rest: () => batch,
  };
};

// Writes a finished plan in ONE transaction on this connection: a cancel, a crash or a kill
// leaves nothing of it behind.
export const commitImport = (sqlite: Database.Database, plan: ImportPlan, source: ImportSource, now: number, hooks: CommitHooks): CommitResult => {
  const header = importHeader(source, now);
  const session = openWriteSession(sqlite, header);
  const total = plan.contacts.length;
  try {
    const writes = batchedWrites(session.apply);
    plan.contacts.forEach((entry, index) => {
      checkpoint(hooks, index, total);
      writes.planned(entry, entry.events);
    });
    const { events } = session.finish(writes.rest(), totalsOf(plan));
    hooks.onProgress(total, total);
    return resultOf(header.importId, plan, events);
  } catch (error) {
    session.abort();
    throw error;
  }
};

// Writes a plan while it is being made: each decision goes to the writer as soon as it is
// taken, in batches, and so does each correction of a contact a later row changed.
export const streamedCommit = (writer: ImportWriter, importId: string, hooks: CommitHooks, total: number) => {
  const { rest, ...writes } = batchedWrites(writer.send);
  const listener: PlanListener = { ...writes, progress: (done) => checkpoint(hooks, done, total) };
  const finish = async (plan: ImportPlan): Promise<CommitResult> => {
    const { events } = await writer.finish(rest(), totalsOf(plan));
    hooks.onProgress(plan.counts.rows, plan.counts.rows);
    return resultOf(importId, plan, events);
  };
  return { listener, finish };
};
