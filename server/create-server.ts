import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Handlers, PushEvent, StagedFile } from '../api';
import { dispatch } from '../core/dispatch';
import { DEFAULT_BODY_PACE, watchBodyPace, type BodyPace } from './body-pace';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './guard';
import { notBuiltPage } from './pages';
import { BodyTooLargeError, readBody } from './read-body';
import { receiveFile } from './receive-file';
import { openEventStream } from './event-stream';
import { securityHeaders } from '../api/security';
import { sendError, sendHtml, sendJson, sendResult } from './responses';
import { canonicalPath, isApiPath, isShellPath } from './request-path';
import { readAsset, resolveAsset } from './static-files';

export type ServerOptions = {
  handlers: Handlers;
  subscribe: (listener: (event: PushEvent) => void) => () => void;
  rendererDir: string;
  // Keeps an uploaded file for import, written as it arrives (core's stageStream).
  stageFile?: (fileName: string, body: AsyncIterable<Uint8Array>, options: { declaredSize: number }) => Promise<StagedFile>;
  port?: number;
  // Tests shorten it; the default suits a 200 MB import file on loopback (body-pace.ts).
  bodyPace?: BodyPace;
};

export type RunningServer = {
  url: string;
  port: number;
  token: string;
  server: Server;
  close: () => Promise<void>;
};

const UNAUTHORIZED = { code: 'UNAUTHORIZED', message: 'Missing or wrong session key. Open the address printed in the terminal.' } as const;

export const startServer = async ({ handlers, subscribe, rendererDir, stageFile, port = 0, bodyPace = DEFAULT_BODY_PACE }: ServerOptions): Promise<RunningServer> => {
  const token = randomBytes(32).toString('base64url');
  const streams = new Set<ServerResponse>();
  let boundPort = port;

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (!hasValidToken(req, token)) {
      // RFC 6750 §3; the page also tells this refusal apart from a 401 some method might return.
      res.setHeader('WWW-Authenticate', 'Bearer realm="relance"');
      return sendError(res, UNAUTHORIZED);
    }
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
      // Cut off by the body pace watch, which has answered already.
      if (res.headersSent) return;
      return sendError(res, { code: 'VALIDATION', message: 'The request body is not valid JSON.' });
    }
    sendResult(res, await dispatch(handlers, path.slice('/api/'.length), input));
  };

  // The shell and its assets carry no personal data and are served without the key, whatever the
  // spelling of their path: the page reads the key from the address's fragment (renderer/src/api).
  const handlePage = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { ok: false });
    if (isShellPath(path)) {
      const index = await readAsset(join(rendererDir, 'index.html'));
      return index ? sendHtml(res, 200, index.body.toString('utf8')) : sendHtml(res, 503, notBuiltPage);
    }
    const file = resolveAsset(rendererDir, path);
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
    const path = canonicalPath(req.url ?? '/');
    if (path === null) return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such file.' } });
    watchBodyPace(req, res, bodyPace);
    let work: Promise<void>;
    if (isApiPath(path)) {
      // Everything under /api/ carries personal data: never kept by a cache (downloads included).
      res.setHeader('Cache-Control', 'no-store');
      work = handleApi(req, res, path);
    } else {
      work = handlePage(req, res, path);
    }
    work.catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) sendError(res, { code: 'INTERNAL', message: 'Something went wrong inside Relance.' });
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // Headers come at once on loopback, but a busy host reads them late: a generous deadline. The
  // body has its own pace watch (body-pace.ts); the whole request a backstop.
  server.headersTimeout = 30_000;
  server.requestTimeout = 300_000;
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
