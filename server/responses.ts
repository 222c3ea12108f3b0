import type { ServerResponse } from 'node:http';
import type { ApiError, Result } from '../api';
import { statusFor } from './http-status';
import { securityHeaders } from '../api/security';

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
