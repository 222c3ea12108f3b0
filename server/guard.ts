import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// DNS rebinding defence: a page on evil.example that resolves to 127.0.0.1 still sends its own Host.
export const isAllowedHost = (host: string | undefined, port: number): boolean =>
  host === `127.0.0.1:${port}` || host === `localhost:${port}`;

// Browsers send Origin on cross-site POSTs; ours is the only origin allowed to call the API.
export const isAllowedOrigin = (origin: string | undefined, port: number): boolean =>
  origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

// Both sides hashed first, so the comparison takes the same time whatever the length given.
export const sameToken = (given: string, expected: string): boolean =>
  timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());

// The key travels only in `Authorization: Bearer`: a cookie for 127.0.0.1 would be sent to every
// port of it, so any local program listening elsewhere would receive it (docs/security.md, the browser host).
export const hasValidToken = (req: IncomingMessage, token: string): boolean => {
  const bearer = req.headers.authorization?.match(/^Bearer ([\w-]+)$/)?.[1];
  return bearer !== undefined && sameToken(bearer, token);
};
