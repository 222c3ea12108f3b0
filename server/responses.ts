import type { ServerResponse } from 'node:http';
import type { ApiError, Result } from '../api';
import { statusFor } from './http-status';
import { CONTENT_SECURITY_POLICY } from '../api/security';

export const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export const sendJson = (res: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
};

export const sendResult = (res: ServerResponse, result: Result<unknown>): void =>
  sendJson(res, result.ok ? 200 : statusFor[result.error.code], result);

export const sendError = (res: ServerResponse, error: ApiError, status = statusFor[error.code]): void =>
  sendJson(res, status, { ok: false, error });

export const sendHtml = (res: ServerResponse, status: number, html: string): void => {
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(html);
};
