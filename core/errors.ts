import type { ErrorCode, FieldIssue } from '../api';

// A rule of the domain said no. Hosts turn it into `{ok:false, error}` data.
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
  }
}

// SQLite's SQLITE_BUSY and its variants: another connection kept the write lock past the busy
// timeout (write transactions start IMMEDIATE, db/open-database.ts, so they wait for it).
export const isBusy = (error: unknown): boolean => error instanceof Error && String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY');

export const validationError = (issues: FieldIssue[]): DomainError =>
  new DomainError('VALIDATION', issues.map((i) => i.message).join(' '), issues);

export const notFound = (what: string): DomainError => new DomainError('NOT_FOUND', `${what} was not found. It may have been deleted.`);
