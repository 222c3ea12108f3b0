import type { Result } from '../api/errors';

// The answers every IPC handler gives when it cannot get as far as core.
export const forbidden: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only the Relance window may call Relance.' },
};

export const failedUnexpectedly: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: 'Something went wrong inside Relance. Try again; if it persists, restart the app.' },
};
