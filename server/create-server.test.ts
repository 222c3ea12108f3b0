import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../core/boot';
import { startServer, type RunningServer } from './create-server';

const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));
const INDEX_HTML = '<!doctype html><title>Relance test index</title>';
const SECRET = 'secret-outside-the-renderer-folder';

let dir: string;
let booted: Booted;
let server: RunningServer;
const seenHeaders: IncomingHttpHeaders[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-server-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log("app");');
  // Files next to the renderer folder that a path traversal would reach.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: SECRET }));
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  booted = bootCore({ dataDir: join(dir, 'data'), migrationsFolder, host: 'browser' });
  server = await startServer({ handlers: booted.handlers, subscribe: booted.events.subscribe, rendererDir, port: 0 });
});

afterAll(async () => {
  await server.close();
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

// No answer ever grants CORS or sets a cookie: a cookie for 127.0.0.1 reaches every port of it.
afterEach(() => {
  for (const headers of seenHeaders.splice(0)) {
    expect(headers['access-control-allow-origin']).toBeUndefined();
    expect(headers['set-cookie']).toBeUndefined();
  }
});

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string };

// node:http rather than fetch, so a test can send any Host, Origin or path it likes.
const raw = (path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const headers = { Host: `127.0.0.1:${server.port}`, ...options.headers };
    const req = request({ host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        seenHeaders.push(res.headers);
        resolve({ status: res.statusCode!, headers: res.headers, body });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });

const api = (method: string, input: unknown, headers: Record<string, string> = {}): Promise<RawResponse> => {
  const body = JSON.stringify(input);
  return raw(`/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), Authorization: `Bearer ${server.token}`, ...headers },
    body,
  });
};

const json = (response: RawResponse): unknown => JSON.parse(response.body);

describe('who may call', () => {
  it('refuses an API call without a token', async () => {
    const response = await raw('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(401);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a wrong token, and the right one anywhere but the Authorization header', async () => {
    expect((await api('app.info', {}, { Authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await api('app.info', {}, { Authorization: `Bearer ${server.token}x` })).status).toBe(401);
    expect((await api('app.info', {}, { Authorization: `Basic ${server.token}` })).status).toBe(401);
    const noBearer = { 'Content-Type': 'application/json' };
    for (const cookie of [`relance_token=${server.token}`, 'relance_token=wrong']) {
      expect((await raw('/api/app.info', { method: 'POST', headers: { ...noBearer, Cookie: cookie }, body: '{}' })).status).toBe(401);
    }
    expect((await raw(`/api/app.info?token=${server.token}`, { method: 'POST', headers: noBearer, body: '{}' })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await api('app.info', {}, { Host: `evil.example:${server.port}` });
    expect(response.status).toBe(403);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await raw('/', { headers: { Host: `evil.example:${server.port}` } })).status).toBe(403);
  });

  it('refuses a request from a foreign Origin, even with the right token', async () => {
    const response = await api('app.info', {}, { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await api('app.info', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('listens on 127.0.0.1 only', async () => {
    expect(server.server.address()).toMatchObject({ address: '127.0.0.1', port: server.port });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((nic) => nic && nic.family === 'IPv4' && !nic.internal);
    if (outside) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: outside.address, port: server.port }, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
      expect(reached).toBe(false);
    }
  });
});

describe('API calls', () => {
  it('answers a valid call with 200 and {ok:true,value}', async () => {
    const response = await api('app.info', {});
    expect(response.status).toBe(200);
    expect(json(response)).toMatchObject({ ok: true, value: { host: 'browser', isDemo: false } });
    expect(response.headers['content-type']).toMatch(/^application\/json/);
  });

  it('creates and lists a contact', async () => {
    const created = await api('contacts.create', { firstName: 'Anne', email: 'anne.server@example.com' });
    expect(created.status).toBe(200);
    const listed = await api('contacts.list', { search: 'anne' });
    expect(json(listed)).toMatchObject({ ok: true, value: { rows: [expect.objectContaining({ email: 'anne.server@example.com' })] } });
  });

  it('answers an unknown method with 404 NOT_FOUND', async () => {
    const response = await api('contacts.explode', {});
    expect(response.status).toBe(404);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers invalid input with 400 VALIDATION and field paths', async () => {
    const response = await api('contacts.update', { id: 'x', patch: { email: 42 } });
    expect(response.status).toBe(400);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path: 'patch.email' })] } });
  });

  it('answers a domain conflict with 409', async () => {
    await api('contacts.create', { email: 'twice@example.com' });
    const response = await api('contacts.create', { email: 'TWICE@example.com' });
    expect(response.status).toBe(409);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'CONFLICT', issues: [expect.objectContaining({ path: 'email' })] } });
  });

  it('refuses a body that is not JSON with 415, and broken JSON with 400', async () => {
    const text = await raw('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${server.token}` }, body: '{}' });
    expect(text.status).toBe(415);
    const form = await raw('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${server.token}` }, body: 'a=1' });
    expect(form.status).toBe(415);
    const broken = await raw('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` }, body: '{oops' });
    expect(broken.status).toBe(400);
  });

  it('refuses a body over 1 MB with 413, declared or streamed', async () => {
    const big = JSON.stringify({ search: 'x'.repeat(1_100_000) });
    const declared = await api('contacts.list', JSON.parse(big));
    expect(declared.status).toBe(413);
    const streamed = await raw('/api/contacts.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', Authorization: `Bearer ${server.token}` },
      body: big,
    });
    expect(streamed.status).toBe(413);
  });

  it('answers GET on a method with 405', async () => {
    const response = await raw('/api/app.info', { headers: { Authorization: `Bearer ${server.token}` } });
    expect(response.status).toBe(405);
  });
});

describe('pages', () => {
  it('serves the shell without a key, even when the old ?token= address is opened, and sets no cookie', async () => {
    for (const path of ['/', '/index.html', `/?token=${server.token}`, '/?token=wrong']) {
      const response = await raw(path);
      expect(response.status).toBe(200);
      expect(response.body).toBe(INDEX_HTML);
    }
  });

  it('serves the renderer’s assets', async () => {
    const response = await raw('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each(['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/..%2f..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/..\\secret.txt', '/secret.txt%00.js'])(
    'does not serve files outside the renderer folder: %s',
    async (path) => {
      const response = await raw(path);
      expect(response.status).toBe(404);
      expect(response.body).not.toContain(SECRET);
    },
  );

  it('sends a Content-Security-Policy and no CORS header on pages, assets and API answers', async () => {
    const responses = [await raw('/'), await raw('/assets/app.js'), await api('app.info', {}), await api('nope', {}), await raw('/missing.js')];
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toMatch(/default-src 'none'/);
      expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
  });

  it('does not answer a CORS preflight with permission', async () => {
    const response = await raw('/api/app.info', {
      method: 'OPTIONS',
      headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(response.status).toBe(403);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('events', () => {
  it('pushes contacts.changed over /api/events after contacts.create', async () => {
    const received = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/events', headers: { Host: `127.0.0.1:${server.port}`, Authorization: `Bearer ${server.token}` } },
        (res) => {
          expect(res.statusCode).toBe(200);
          expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
          expect(res.headers['cache-control']).toBe('no-store');
          expect(res.headers['access-control-allow-origin']).toBeUndefined();
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('retry:') && !text.includes('data:')) {
              void api('contacts.create', { firstName: 'Evented', email: 'evented@example.com' });
            }
            if (text.includes('contacts.changed')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const event = received.split('\n').find((line) => line.startsWith('data: '))!;
    expect(JSON.parse(event.slice('data: '.length))).toEqual({ type: 'contacts.changed', ids: [expect.any(String)] });
  });

  it('refuses the event stream without a token, and with a token given any other way', async () => {
    for (const path of ['/api/events', '//api/events', '/api/events/', '/%61pi/events', `/api/events?token=${server.token}`]) {
      const response = await raw(path);
      expect(response.status, path).toBe(401);
      expect(response.headers['cache-control'], path).toBe('no-store');
    }
    expect((await raw('/api/events', { headers: { Cookie: `relance_token=${server.token}` } })).status).toBe(401);
  });
});
