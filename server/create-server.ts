import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Handlers, PushEvent, StagedFile } from '../api';
import { dispatch } from '../core/dispatch';
import { hasValidToken, isAllowedHost, isAllowedOrigin, sameToken, TOKEN_COOKIE } from './guard';
import { missingTokenPage, notBuiltPage } from './pages';
import { BodyTooLargeError, readBody } from './read-body';
import { receiveFile } from './receive-file';
import { openEventStream } from './event-stream';
import { securityHeaders } from '../api/security';
import { sendError, sendHtml, sendJson, sendResult } from './responses';
import { readAsset, resolveAsset } from './static-files';

export type ServerOptions = {
  handlers: Handlers;
  subscribe: (listener: (event: PushEvent) => void) => () => void;
  rendererDir: string;
  stageFile?: (fileName: string, bytes: Uint8Array) => StagedFile;
  port?: number;
};

export type RunningServer = {
  url: string;
  port: number;
  token: string;
  server: Server;
  close: () => Promise<void>;
};

const UNAUTHORIZED = { code: 'UNAUTHORIZED', message: 'Missing or wrong session key. Open the address printed in the terminal.' } as const;

export const startServer = async ({ handlers, subscribe, rendererDir, stageFile, port = 0 }: ServerOptions): Promise<RunningServer> => {
  const token = randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let boundPort = port;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (!hasValidToken(req, token)) return sendError(res, UNAUTHORIZED);
    if (path === '/api/events' && req.method === 'GET') return openEventStream(res, subscribe, streams);
    if (path === '/api/files' && req.method === 'POST' && stageFile) return receiveFile(req, res, stageFile);
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, { code: 'NOT_FOUND', message: 'Call API methods with POST.' }, 405);
    }
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return sendError(res, { code: 'VALIDATION', message: 'Send the request body as application/json.' }, 415);
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body === '' ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendError(res, { code: 'VALIDATION', message: 'The request is too large.' }, 413);
      }
      return sendError(res, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
    }
    sendResult(res, await dispatch(handlers, path.slice('/api/'.length), input));
  };

  const handlePage = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false });
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const given = url.searchParams.get('token');
      if (given !== null) {
        // Trade the key in the printed address for a cookie, then drop it from the address bar.
        if (!sameToken(given, token)) return sendHtml(res, 401, missingTokenPage);
        res.writeHead(303, {
          ...securityHeaders,
          Location: '/',
          'Set-Cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        });
        return void res.end();
      }
      if (!hasValidToken(req, token)) return sendHtml(res, 401, missingTokenPage);
      const index = await readAsset(join(rendererDir, 'index.html'));
      return index ? sendHtml(res, 200, index.body.toString('utf8')) : sendHtml(res, 503, notBuiltPage);
    }
    const file = resolveAsset(rendererDir, url.pathname);
    const asset = file ? await readAsset(file) : null;
    if (!asset) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such file.' } });
    res.writeHead(200, { ...securityHeaders, 'Content-Type': asset.type, 'Cache-Control': 'no-cache' });
    res.end(asset.body);
  };

  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, boundPort)) {
      return sendError(res, { code: 'FORBIDDEN', message: 'Relance only answers to 127.0.0.1 and localhost.' });
    }
    if (!isAllowedOrigin(req.headers.origin, boundPort)) {
      return sendError(res, { code: 'FORBIDDEN', message: 'Requests from other sites are refused.' });
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    const work = url.pathname.startsWith('/api/') ? handleApi(req, res, url.pathname) : handlePage(req, res, url);
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: 'Something went wrong inside Relance.' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;

  const close = async (): Promise<void> => {
    for (const stream of streams) stream.end();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  };
  return { url: `http://127.0.0.1:${boundPort}/`, port: boundPort, token, server, close };
};
