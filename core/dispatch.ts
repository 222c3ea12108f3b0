import type { z } from 'zod';
import { contract, isMethodName, type ApiError, type FieldIssue, type Handlers, type Result } from '../api';
import { asDomainError } from './errors';

const issuePath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

export const toFieldIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issuePath(issue.path), message: issue.message }));

const toApiError = (error: unknown, onUnexpected: (error: unknown) => void): ApiError => {
  const known = asDomainError(error);
  if (known) {
    return { code: known.code, message: known.message, ...(known.issues ? { issues: known.issues } : {}) };
  }
  onUnexpected(error);
  return { code: 'INTERNAL', message: 'Something went wrong inside Relance. Try again; if it persists, restart the app.' };
};

// The one path from a host to core: known method, then schema, then handler; errors come back as data.
export const dispatch = async (
  handlers: Handlers,
  method: string,
  rawInput: unknown,
  onUnexpected: (error: unknown) => void = (error) => console.error(error),
): Promise<Result<unknown>> => {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'NOT_FOUND', message: `There is no method called "${method}".` } };
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error);
    return { ok: false, error: { code: 'VALIDATION', message: 'Some values are not valid.', issues } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toApiError(error, onUnexpected) };
  }
};
