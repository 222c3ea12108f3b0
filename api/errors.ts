import { z } from 'zod';

// The closed set of error codes that may cross a host boundary. BUSY: another write (a big
// import holds the lock for its whole length) kept the database locked longer than a change waits.
export const errorCodes = ['VALIDATION', 'NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'FORBIDDEN', 'BUSY', 'INTERNAL'] as const;
export type ErrorCode = (typeof errorCodes)[number];

// `rule` names the broken rule so each window can word it in its own language; `message` is
// the English wording for logs and the CLI.
export const fieldIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  rule: z.string().optional(),
  params: z.record(z.string(), z.string()).optional(),
});
export type FieldIssue = z.infer<typeof fieldIssueSchema>;

export const apiErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  issues: z.array(fieldIssueSchema).optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });
