import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootCore, type Booted } from '../core/boot';
import { DEFAULT_BODY_PACE } from './body-pace';
import { startServer, type RunningServer } from './create-server';

// The browser host's doors: which spellings of a path reach the shell, the assets and the API,
// which answers may be cached, and how long a slow body may hold a connection.
const migrationsFolder = fileURLToPath(new URL('../db/migrations', import.meta.url));
const INDEX_HTML = '<!doctype html><title>Relance hardening index</title>';
const APP_JS = 'console.log("hardening");';
const PACE = { graceMs: 400, minBytesPerSecond: 4096 };

let dir: string;
let booted: Booted;
let server: RunningServer;
let paced: RunningServer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-hardening-'));
  const rendererDir = join(dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), APP_JS);
  booted = bootCore({ dataDir: join(dir, 'data'), migrationsFolder, host: 'browser' });
  const options = { handlers: booted.handlers, subscribe: booted.events.subscribe, stageFile: booted.stageStream, rendererDir, port: 0 };
  server = await startServer(options);
  paced = await startServer({ ...options, bodyPace: PACE });
});

afterAll(async () => {
  await server.close();
  await paced.close();
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string };

const raw = (path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; to?: RunningServer } = {}): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const to = options.to ?? server;
    const headers = { Host: `127.0.0.1:${to.port}`, ...options.headers };
    const req = request({ host: '127.0.0.1', port: to.port, path, method: options.method ?? 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });

const bearer = (to: RunningServer = server) => ({ Authorization: `Bearer ${to.token}` });
const jsonPost = (path: string, headers: Record<string, string> = {}) =>
  raw(path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });

describe('the shell and its assets', () => {
  it.each(['/', '/index.html', '//index.html', '/./index.html', '/%2e/index.html', '/%69ndex.html', '/index.html/', '/assets/../index.html', '/x/%2e%2e/index.html'])(
    'serves the shell without a key at %s',
    async (path) => {
      const response = await raw(path);
      expect(response.status).toBe(200);
      expect(response.body).toBe(INDEX_HTML);
      expect(response.headers['set-cookie']).toBeUndefined();
    },
  );

  it.each(['/assets/app.js', '//assets/app.js', '/./assets/app.js', '/assets/./app.js', '/assets//app.js', '/%61ssets/app.js', '/assets%2fapp.js', '/assets/app.js/', '/assets\\app.js'])(
    'serves an asset without a key at %s',
    async (path) => {
      const response = await raw(path);
      expect(response.status).toBe(200);
      expect(response.body).toBe(APP_JS);
    },
  );

  it('answers HEAD on the shell and an asset without a body', async () => {
    for (const path of ['/', '//index.html', '/./assets/app.js']) {
      const response = await raw(path, { method: 'HEAD' });
      expect(response.status).toBe(200);
      expect(response.body).toBe('');
    }
  });
});

describe('the API and the event stream', () => {
  const spellings = ['/api/app.info', '//api/app.info', '/./api/app.info', '/api/./app.info', '/%61pi/app.info', '/api%2fapp.info', '/%2e/api/app.info', '/assets/../api/app.info', '/x/%2e%2e/api/app.info', '/api/app.info/', '/api//app.info', '/api\\app.info', '/\\api\\app.info'];

  it.each(spellings)('needs the key at %s', async (path) => {
    const refused = await jsonPost(path);
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer /);
    expect(refused.body).not.toContain('"host"');
    const allowed = await jsonPost(path, bearer());
    expect(allowed.status).toBe(200);
    expect(JSON.parse(allowed.body)).toMatchObject({ ok: true, value: { host: 'browser' } });
  });

  it.each(['/api/events', '//api/events', '/./api/events', '/api/events/', '/%61pi/events', '/api%2fevents'])('needs the key for the event stream at %s', async (path) => {
    expect((await raw(path)).status).toBe(401);
    expect((await raw(path, { method: 'HEAD' })).status).toBe(401);
  });

  it('sends Cache-Control: no-store on every API answer, and never a cookie', async () => {
    const answers = [
      await jsonPost('/api/app.info', bearer()),
      await jsonPost('/api/app.info'),
      await jsonPost('/api/nope', bearer()),
      await raw('/api/app.info', { headers: bearer() }),
      await raw('/api/app.info', { method: 'POST', headers: { 'Content-Type': 'text/plain', ...bearer() }, body: 'x' }),
      await raw('/api/files', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'a.csv', ...bearer() }, body: 'email\na@example.com\n' }),
      await raw('/api/files', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', ...bearer() }, body: 'x' }),
    ];
    for (const answer of answers) {
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 405, 415, 200, 400]);
  });
});

// Sends the headers with a valid key, then one byte at a time: how long until the host hangs up?
const trickle = (to: RunningServer, path: string, contentType: string): Promise<{ ms: number; answer: string }> =>
  new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect({ host: '127.0.0.1', port: to.port }, () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${to.port}\r\nAuthorization: Bearer ${to.token}\r\n` +
          `Content-Type: ${contentType}\r\nX-File-Name: slow.csv\r\nContent-Length: 100000\r\n\r\n`,
      );
    });
    let answer = '';
    const drip = setInterval(() => socket.write('a'), 100);
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(drip);
      resolve({ ms: Date.now() - started, answer });
    });
    setTimeout(() => {
      clearInterval(drip);
      socket.destroy();
      reject(new Error('the slow request was still open after 19 s'));
    }, 19_000);
  });

describe('a body that arrives slowly', () => {
  it.each(['/api/app.info', '/api/files'])('is answered 408 and closed soon after the grace period (%s)', async (path) => {
    const { ms, answer } = await trickle(paced, path, path === '/api/files' ? 'application/octet-stream' : 'application/json');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('too slowly');
    expect(ms).toBeLessThan(PACE.graceMs + 2000);
  });

  it('leaves nothing of an upload it cut off in the staging folder', async () => {
    const staging = join(dir, 'data', 'staging');
    const before = new Set(existsSync(staging) ? readdirSync(staging) : []);
    const added = () => readdirSync(staging).filter((name) => !before.has(name));
    await trickle(paced, '/api/files', 'application/octet-stream');
    // The staging gives up once the connection is gone: a moment later, not at once.
    for (let wait = 0; wait < 40 && added().length > 0; wait += 1) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(added()).toEqual([]);
  });

  it('is closed by the default pace within its grace period and a few seconds', async () => {
    const { ms, answer } = await trickle(server, '/api/app.info', 'application/json');
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(DEFAULT_BODY_PACE.graceMs + 3000);
  });

  it('lets a large body that arrives at loopback speed through, under the same pace', async () => {
    const rows = Array.from({ length: 120_000 }, (_, i) => `person${i}@example.com,Person ${i}`).join('\n');
    const response = await raw('/api/files', {
      to: paced,
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'big.csv', ...bearer(paced) },
      body: Buffer.from(`email,name\n${rows}`),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true });
  });

  it('gives headers a short deadline, and the whole request a backstop', () => {
    expect(server.server.headersTimeout).toBeLessThanOrEqual(30_000);
    expect(server.server.requestTimeout).toBeGreaterThan(0);
  });
});

describe('an uploaded file', () => {
  const staging = () => join(dir, 'data', 'staging');

  it('is staged byte for byte as it arrives', async () => {
    const bytes = Buffer.from(Array.from({ length: 50_000 }, (_, i) => `person${i}@example.com,Zoë ${i}`).join('\n'));
    const response = await raw('/api/files', { method: 'POST', headers: { 'Content-Type': 'application/octet-stream', 'X-File-Name': 'clients.csv', ...bearer() }, body: bytes });
    const { value } = JSON.parse(response.body) as { value: { fileId: string; size: number } };
    expect(value.size).toBe(bytes.length);
    expect(readFileSync(join(staging(), value.fileId)).equals(bytes)).toBe(true);
  });

  it('is refused with 413 when declared over the limit, before a byte is written, and the answer is heard', async () => {
    const before = readdirSync(staging());
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: server.port }, () => {
        socket.write(
          `POST /api/files HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nAuthorization: Bearer ${server.token}\r\n` +
            `Content-Type: application/octet-stream\r\nX-File-Name: huge.csv\r\nContent-Length: ${300 * 2 ** 20}\r\n\r\nemail\n`,
        );
      });
      let said = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        said += chunk;
        if (said.includes('}')) {
          socket.destroy();
          resolve(said);
        }
      });
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain('huge.csv is larger than 200 MB');
    expect(answer).toContain('import.file.tooLarge');
    expect(readdirSync(staging())).toEqual(before);
  });
});

