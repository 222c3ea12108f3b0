import type { ErrorCode, FieldIssue } from '../../api';
import { DomainError } from '../errors';
import type { PartRequest, PartResults } from './report-parts';

// What a report worker is started with: the database file it opens on its own, read-only.
export type ReportWorkerInput = { dbFile: string };

// `claim`: one Int32 the worker sets from 0 to 1 before it reads the part; the calling thread sets
// it to 2 when it reads the part itself instead (report-workers.ts), and the worker then skips it.
// `check`: SQLite's quick check of the whole file (db/check-file.ts), for a large database at
// start: it holds a thread for seconds, so it is this thread's rather than the host's.
export type ReportWorkerRequest = ({ type: 'part'; id: number; claim: SharedArrayBuffer } & PartRequest) | { type: 'check'; id: number } | { type: 'close' };

export const CLAIMED = 1;
export const TAKEN_BACK = 2;

// An error as it crosses the thread: a DomainError keeps its code and issues, any other keeps
// its `code` (SQLITE_CORRUPT, SQLITE_BUSY…), so the host words it as it does an error of its own
// thread (core/storage/database-health.ts, core/errors.ts).
export type WireError = { message: string; code?: string; domain?: { code: ErrorCode; issues?: FieldIssue[] } };

// `ready`: the thread has loaded and opened its connection, so a part asked now starts at once.
export type ReportWorkerReply = { type: 'ready' } | ({ type: 'answer'; id: number } & ({ ok: true; value: PartResults[keyof PartResults] | string | null } | { ok: false; error: WireError }));

export const toWire = (error: unknown): WireError => {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof DomainError) return { message, domain: { code: error.code, ...(error.issues && { issues: error.issues }) } };
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? { message, code } : { message };
};

export const fromWire = ({ message, code, domain }: WireError): Error => {
  if (domain) return new DomainError(domain.code, message, domain.issues);
  return Object.assign(new Error(message), code === undefined ? {} : { code });
};
