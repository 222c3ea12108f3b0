import type { Worker } from 'node:worker_threads';
import type { WorkerPart, PartRequest, PartResults } from './report-parts';
import type { ReportWorkerLauncher } from './report-worker-launcher';
import { fromWire, TAKEN_BACK, type ReportWorkerReply, type ReportWorkerRequest } from './report-worker-protocol';

// A worker with nothing to do for this long is closed; the next page starts it again (about 50 ms
// for a bundled one, docs/performance.md).
const IDLE_MS = 5 * 60_000;

// A request whose worker ended before answering (it crashed, or never started): the caller
// computes that part in its own thread, and the next request starts a new worker.
export class ReportWorkerGone extends Error {
  override readonly name = 'ReportWorkerGone';
}

type Pending = { resolve: (value: never) => void; reject: (error: unknown) => void };
type Slot = { worker: Worker; pending: Map<number, Pending>; idle: NodeJS.Timeout | null; isReady: boolean };

// A part asked of a worker. `takeBack` is true when the worker had not begun it: the caller then
// reads it itself, and `result` never settles.
export type ReportJob<P extends WorkerPart> = { result: Promise<PartResults[P]>; takeBack: () => boolean };

export type ReportWorkers = {
  // Asks worker `slot` (0 to size - 1) for a part: a slot keeps its part, and its connection
  // keeps that part's pages in its cache.
  run: <P extends WorkerPart>(slot: number, request: PartRequest & { part: P }) => ReportJob<P>;
  // Whether worker `slot` has started and opened its connection: a part asked of it begins at once.
  isReady: (slot: number) => boolean;
  // The whole file's quick check, on worker `slot`'s connection: null when sound, else the findings.
  checkFile: (slot: number) => Promise<string | null>;
  // Starts the workers not started yet, for the next page.
  warm: () => void;
  // Starts them and keeps them, idle, for as long as the pool lives: the first page of a session
  // then reads its parts in parallel too.
  keepWarm: () => void;
  close: () => void;
};

// A small pool of report worker threads, started when warmed or first asked, each with its own
// read-only connection to `dbFile`. A busy worker keeps the process alive; an idle one does not, and is
// closed after a while, unless the pool was told to keep them (keepWarm).
export const createReportWorkers = (launch: ReportWorkerLauncher, dbFile: string, { size = 2, idleMs = IDLE_MS } = {}): ReportWorkers => {
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  let lastId = 0;
  let isClosed = false;
  let isKept = false;

  const drop = (index: number, slot: Slot): void => {
    if (slots[index] === slot) slots[index] = null;
    if (slot.idle) clearTimeout(slot.idle);
    for (const pending of slot.pending.values()) pending.reject(new ReportWorkerGone('A report worker ended before answering.'));
    slot.pending.clear();
  };

  const retire = (index: number): void => {
    const slot = slots[index];
    if (!slot) return;
    drop(index, slot);
    slot.worker.postMessage({ type: 'close' } satisfies ReportWorkerRequest);
    slot.worker.unref();
  };

  const rest = (index: number, slot: Slot): void => {
    slot.worker.unref();
    if (isKept) return;
    slot.idle = setTimeout(() => retire(index), idleMs);
    slot.idle.unref();
  };

  const open = (index: number): Slot => {
    const existing = slots[index];
    if (existing) return existing;
    const slot: Slot = { worker: launch({ dbFile }), pending: new Map(), idle: null, isReady: false };
    slot.worker.on('message', (reply: ReportWorkerReply) => {
      if (reply.type === 'ready') {
        slot.isReady = true;
        return;
      }
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      if (reply.ok) pending.resolve(reply.value as never);
      else pending.reject(fromWire(reply.error));
      if (slot.pending.size === 0 && slots[index] === slot) rest(index, slot);
    });
    // A thread that failed to load, threw outside a request or was stopped: its requests fail
    // over to the caller, and the slot is free for a new one.
    slot.worker.on('error', () => drop(index, slot));
    slot.worker.on('exit', () => drop(index, slot));
    slots[index] = slot;
    return slot;
  };

  const warm = (): void => {
    if (isClosed) return;
    slots.forEach((slot, index) => {
      if (!slot) rest(index, open(index));
    });
  };

  const closedError = () => new ReportWorkerGone('The report workers are closed.');

  // One request to worker `index` (started if need be, no longer idle), answered by its id.
  const ask = <T>(index: number, request: (id: number) => ReportWorkerRequest): { slot: Slot; id: number; result: Promise<T> } => {
    const slot = open(index);
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    lastId += 1;
    const id = lastId;
    const result = new Promise<T>((resolve, reject) => {
      slot.pending.set(id, { resolve, reject });
      slot.worker.postMessage(request(id));
    });
    return { slot, id, result };
  };

  return {
    run: <P extends WorkerPart>(index: number, request: PartRequest & { part: P }): ReportJob<P> => {
      if (isClosed) return { result: Promise.reject(closedError()), takeBack: () => false };
      const claim = new SharedArrayBuffer(4);
      const { slot, id, result } = ask<PartResults[P]>(index, (id) => ({ type: 'part', id, claim, ...request }));
      slot.worker.ref();
      const takeBack = (): boolean => {
        if (Atomics.compareExchange(new Int32Array(claim), 0, 0, TAKEN_BACK) !== 0) return false;
        slot.pending.delete(id);
        if (slot.pending.size === 0 && slots[index] === slot) rest(index, slot);
        return true;
      };
      return { result, takeBack };
    },
    checkFile: (index) => {
      if (isClosed) return Promise.reject(closedError());
      const { slot, result } = ask<string | null>(index, (id) => ({ type: 'check', id }));
      // Unlike a page, nobody waits for it: the thread does not keep the host alive.
      slot.worker.unref();
      return result;
    },
    isReady: (index) => !isClosed && slots[index]?.isReady === true,
    warm,
    keepWarm: () => {
      isKept = true;
      for (const slot of slots) {
        if (slot?.idle) clearTimeout(slot.idle);
        if (slot) slot.idle = null;
      }
      warm();
    },
    close: () => {
      isClosed = true;
      slots.forEach((_, index) => retire(index));
    },
  };
};
