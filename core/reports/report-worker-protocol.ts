import type { ErrorCode, FieldIssue } from '../../api';
import { DomainError } from '../errors';
import type { PartRequest, PartResults } from './report-parts';

// What a report worker is started with: the database file it opens on its own, read-only.
export type ReportWorkerInput = { dbFile: string };

export type ReportWorkerRequest = { type: 'part'; id: number } & PartRequest | { type: 'close' };

// An error as it crosses the thread: a DomainError keeps its code and issues, any other keeps
// its `code` (SQLITE_CORRUPT, SQLITE_BUSY…), so the host words it as it does an error of its own
// thread (core/storage/database-health.ts, core/errors.ts).
export type WireError = { message: string; code?: string; domain?: { code: ErrorCode; issues?: FieldIssue[] } };

export type ReportWorkerReply = { id: number } & ({ ok: true; value: PartResults[keyof PartResults] } | { ok: false; error: WireError });

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
