import { parentPort, workerData } from 'node:worker_threads';
import { quickCheckProblem } from '../../db/check-file';
import { connectToRead } from '../../db/connection';
import { computePart } from './report-parts';
import { CLAIMED, toWire, type ReportWorkerInput, type ReportWorkerReply, type ReportWorkerRequest } from './report-worker-protocol';

// One part of the Reports page at a time, on a read-only connection of this thread's own: the
// app's thread computes another part meanwhile (report-workers.ts). The connection stays open
// between requests, so a warm page finds its pages in this connection's cache.
const { dbFile } = (workerData as { data: ReportWorkerInput }).data;
const sqlite = connectToRead(dbFile);
const port = parentPort!;
// The schema is read once here, not by the first part asked. A file that cannot be read (damaged)
// fails each part instead, with SQLite's code, which the host words as it does its own.
try {
  sqlite.prepare('SELECT count(*) FROM sqlite_schema').get();
} catch {}
port.postMessage({ type: 'ready' } satisfies ReportWorkerReply);

port.on('message', (request: ReportWorkerRequest) => {
  if (request.type === 'close') {
    sqlite.close();
    port.close();
    return;
  }
  if (request.type === 'check') {
    port.postMessage({ type: 'answer', id: request.id, ok: true, value: quickCheckProblem(sqlite) } satisfies ReportWorkerReply);
    return;
  }
  // The calling thread read this part itself while this thread was starting or busy: nothing to do.
  if (Atomics.compareExchange(new Int32Array(request.claim), 0, 0, CLAIMED) !== 0) return;
  let reply: ReportWorkerReply;
  try {
    reply = { type: 'answer', id: request.id, ok: true, value: computePart(sqlite, request.part, request) };
  } catch (error) {
    reply = { type: 'answer', id: request.id, ok: false, error: toWire(error) };
  }
  port.postMessage(reply);
});
