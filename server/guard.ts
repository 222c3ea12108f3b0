import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'relance_token';

// DNS rebinding defence: a page on evil.example that resolves to 127.0.0.1 still sends its own Host.
export const isAllowedHost = (host: string | undefined, port: number): boolean =>
  host === `127.0.0.1:${port}` || host === `localhost:${port}`;

// Browsers send Origin on cross-site POSTs; ours is the only origin allowed to call the API.
export const isAllowedOrigin = (origin: string | undefined, port: number): boolean =>
  origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;

export const sameToken = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

const cookieValue = (header: string | undefined, name: string): string | null => {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
};

export const hasValidToken = (req: IncomingMessage, token: string): boolean => {
  const bearer = req.headers.authorization?.match(/^Bearer (.+)$/)?.[1];
  if (bearer !== undefined) return sameToken(bearer, token);
  const cookie = cookieValue(req.headers.cookie, TOKEN_COOKIE);
  return cookie !== null && sameToken(cookie, token);
};
