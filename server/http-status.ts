import type { ErrorCode } from '../api';

export const statusFor: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BUSY: 503,
  INTERNAL: 500,
};
