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

// What a person is told when a change gave up waiting for the write lock: a passing state,
// not a fault, so every host says it the same way instead of showing SQLite's error.
export const busyError = (): DomainError =>
  new DomainError('BUSY', 'The database is busy (an import is being saved, for example). This change was not saved: try again in a moment.');

// The error as the domain's own when it is one a person can act on (a rule said no, or the
// database was busy); undefined for anything else, which hosts treat as unexpected.
export const asDomainError = (error: unknown): DomainError | undefined => {
  if (error instanceof DomainError) return error;
  return isBusy(error) ? busyError() : undefined;
};

export const validationError = (issues: FieldIssue[]): DomainError =>
  new DomainError('VALIDATION', issues.map((i) => i.message).join(' '), issues);

export const notFound = (what: string): DomainError => new DomainError('NOT_FOUND', `${what} was not found. It may have been deleted.`);
