import { parentPort, workerData } from 'node:worker_threads';
import { connectToRead } from '../../db/connection';
import { computePart } from './report-parts';
import { toWire, type ReportWorkerInput, type ReportWorkerReply, type ReportWorkerRequest } from './report-worker-protocol';

// One part of the Reports page at a time, on a read-only connection of this thread's own: the
// app's thread computes another part meanwhile (report-workers.ts). The connection stays open
// between requests, so a warm page finds its pages in this connection's cache.
const { dbFile } = (workerData as { data: ReportWorkerInput }).data;
const sqlite = connectToRead(dbFile);
const port = parentPort!;

port.on('message', (request: ReportWorkerRequest) => {
  if (request.type === 'close') {
    sqlite.close();
    port.close();
    return;
  }
  let reply: ReportWorkerReply;
  try {
    reply = { id: request.id, ok: true, value: computePart(sqlite, request.part, request) };
  } catch (error) {
    reply = { id: request.id, ok: false, error: toWire(error) };
  }
  port.postMessage(reply);
});
