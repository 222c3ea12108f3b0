import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../api';
import { DomainError } from '../errors';
import { startTypeScriptThread } from './typescript-thread';
import type { ImportHeader, ImportTotals, WriteBatch } from './write-batch';

// An import's writes carried out on a thread of their own, so SQLite writes the first rows
// (tables, indexes, search index) while the rest of the file is still being checked. The
// thread runs the same session as a write on the importing connection (write-session.ts).
export type ImportWriter = {
  send: (batch: WriteBatch) => void;
  finish: (last: WriteBatch, totals: ImportTotals) => Promise<{ events: number }>;
};

export type WriterMessage =
  | { type: 'begin'; header: ImportHeader }
  | { type: 'batch'; batch: WriteBatch }
  | { type: 'finish'; last: WriteBatch; totals: ImportTotals }
  | { type: 'abort' };

export type WriterReply = { type: 'done'; events: number } | { type: 'failed'; message: string; code?: ErrorCode } | { type: 'aborted' };

// What the importing thread throws when the writer failed: a DomainError keeps its code.
export const writerFailure = (said: Extract<WriterReply, { type: 'failed' }>): Error => (said.code ? new DomainError(said.code, said.message) : new Error(said.message));

// How the thread starts is the host's to say, as for the import worker: core does not know
// where a bundle keeps its files.
export type WriterLauncher = (data: WriterData) => Worker;

// `writerFile`: the bundled thread the host names (import-writer.cjs, built by
// build/bundle-electron.mjs and build/bundle-cli.mjs); null: the TypeScript source through tsx
// (tests, development). A path, as for the import worker: Electron reads it from app.asar.
// `execArgv: []`: the thread does not take this process's own start options.
// Its young generation is kept small: what the thread makes in JavaScript is each batch as it
// arrives, gone once written, and V8's default let it grow for nothing (`relance import` of the
// events corpus, 7 pairs: peak 342-354 MB, median 351, against 339-346, median 342, with 8 MB;
// the time within the noise).
const WRITER_LIMITS = { maxYoungGenerationSizeMb: 8 };
export const writerLauncher = (writerFile: string | null): WriterLauncher =>
  writerFile === null
    ? (data) => startTypeScriptThread(new URL('./writer-thread.ts', import.meta.url), data)
    : (data) => new Worker(writerFile, { workerData: { data }, execArgv: [], resourceLimits: WRITER_LIMITS });

// `progress` holds the number of batches the thread has written, so the importing thread can
// wait for it rather than pile up batches (and memory) faster than SQLite takes them, and at
// FAILED whether it gave up: the importing thread, busy checking rows, sees no message until
// it is done, but it sees this at once and stops.
export type WriterData = { dbFile: string; progress: SharedArrayBuffer };
export const WRITTEN = 0;
export const FAILED = 1;

// 20,000 rows: room for the writer's pauses, when it moves 5,000 new contacts into the
// table and the search index at once (write-session.ts), without the check waiting.
const BATCHES_AHEAD = 40;
// A thread that ended without saying so counts nothing more: waiting stops for good.
const LONGEST_WAIT_MS = 5000;

// Thrown into the check of the file when the writer has given up; what it said follows (stop()).
export class WriterGaveUp extends Error {}

export type WriterThread = {
  open: (header: ImportHeader) => ImportWriter;
  // Ends the thread, writing nothing, whether or not it was opened; what it last said.
  stop: () => Promise<WriterReply>;
};

// Batches queue in the thread's inbox while it writes; what it says comes back once the
// importing thread has planned the whole file and waits for the end.
export const startWriterThread = (dbFile: string, launch: WriterLauncher): WriterThread => {
  // Started before the file is read: starting a thread takes about a quarter of a second.
  const progress = new Int32Array(new SharedArrayBuffer(8));
  const worker = launch({ dbFile, progress: progress.buffer as SharedArrayBuffer });
  const post = (message: WriterMessage) => worker.postMessage(message);
  let sent = 0;
  let mayWait = true;
  const send = (batch: WriteBatch): void => {
    post({ type: 'batch', batch });
    sent += 1;
    for (let done = Atomics.load(progress, WRITTEN); ; done = Atomics.load(progress, WRITTEN)) {
      if (Atomics.load(progress, FAILED) === 1) throw new WriterGaveUp();
      if (!mayWait || sent - done <= BATCHES_AHEAD) return;
      if (Atomics.wait(progress, WRITTEN, done, LONGEST_WAIT_MS) === 'timed-out') mayWait = false;
    }
  };
  let isEnded = false;
  const reply = new Promise<WriterReply>((resolve) => {
    worker.on('message', (message: WriterReply) => resolve(message));
    worker.on('error', (error) => resolve({ type: 'failed', message: error.message }));
    worker.on('exit', (code) => resolve({ type: 'failed', message: `The import stopped unexpectedly (code ${code}). Nothing was saved.` }));
  });
  // Once done, the thread checkpoints and ends by itself; otherwise it is ended here.
  const end = async (): Promise<WriterReply> => {
    const said = await reply;
    if (!isEnded && said.type !== 'done') {
      isEnded = true;
      await worker.terminate();
    }
    return said;
  };
  const stop = async (): Promise<WriterReply> => {
    post({ type: 'abort' });
    return end();
  };
  const open = (header: ImportHeader): ImportWriter => {
    post({ type: 'begin', header });
    return {
      send,
      finish: async (last, totals) => {
        post({ type: 'finish', last, totals });
        const said = await end();
        if (said.type === 'failed') throw writerFailure(said);
        if (said.type !== 'done') throw new Error('The import was stopped; nothing was saved.');
        return { events: said.events };
      },
    };
  };
  return { open, stop };
};
