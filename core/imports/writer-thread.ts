import { parentPort, workerData } from 'node:worker_threads';
import { connectTo } from '../../db/connection';
import { DomainError } from '../errors';
import { FAILED, WRITTEN, type WriterData, type WriterMessage, type WriterReply } from './writers';
import { openWriteSession, type WriteSession } from './write-session';

// The thread that writes an import (writers.ts): its own connection, one transaction, the
// batches in the order they were sent. Any failure rolls everything back and is said once.
const { dbFile, progress: shared } = (workerData as { data: WriterData }).data;
const progress = new Int32Array(shared);
const sqlite = connectTo(dbFile);
// Copying the import's pages from the log into the database file (a checkpoint) is done once
// the import is committed and said to be done, not while a person waits for it.
sqlite.pragma('wal_autocheckpoint = 0');

let session: WriteSession | null = null;
let isOver = false;
const end = (reply: WriterReply): void => {
  isOver = true;
  session?.abort();
  if (reply.type === 'failed') {
    Atomics.store(progress, FAILED, 1);
    // Moved too, so a wait that starts after this returns at once and sees FAILED.
    Atomics.add(progress, WRITTEN, 1);
    Atomics.notify(progress, WRITTEN);
  }
  parentPort!.postMessage(reply);
  if (reply.type === 'done') sqlite.pragma('wal_checkpoint(PASSIVE)');
  sqlite.close();
  parentPort!.close();
};

parentPort!.on('message', (message: WriterMessage) => {
  if (isOver) return;
  try {
    if (message.type === 'begin') session = openWriteSession(sqlite, message.header);
    else if (message.type === 'batch') {
      session!.apply(message.batch);
      Atomics.add(progress, WRITTEN, 1);
      Atomics.notify(progress, WRITTEN);
    }
    else if (message.type === 'finish') {
      const { events } = session!.finish(message.last, message.totals);
      session = null;
      end({ type: 'done', events });
    } else end({ type: 'aborted' });
  } catch (error) {
    end({ type: 'failed', message: error instanceof Error ? error.message : String(error), ...(error instanceof DomainError && { code: error.code }) });
  }
});
