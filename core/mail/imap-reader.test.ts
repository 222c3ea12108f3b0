import { X509Certificate } from 'node:crypto';
import { createServer } from 'node:net';
import { ImapFlow } from 'imapflow';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { imapReader, type FolderCursor, type ImapSession, type ImapTarget, type ReadBatch } from './imap-reader';
import { startDovecot, type DovecotServer } from './test-support/dovecot-server';

// The real reader against a real Dovecot on loopback (STARTTLS and implicit TLS, a pinned
// self-signed certificate), checking above all that reading never changes the owner's mail.
let server: DovecotServer;
let fingerprint: string;

beforeAll(async () => {
  server = await startDovecot();
  fingerprint = new X509Certificate(server.certPem).fingerprint256;
});
afterAll(() => server?.close());

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const targetOf = (change: Partial<ImapTarget> = {}): ImapTarget => ({
  host: '127.0.0.1', port: server.port, security: 'starttls', user: server.user, password: server.password,
  pinned: { fingerprint, pem: server.certPem }, ...change,
});

const mail = (subject: string, { messageId = `<${subject.replace(/\W/g, '-')}@example.com>`, date = new Date() } = {}) =>
  `From: Zoé <zoe@example.com>\r\nTo: owner@example.com\r\nSubject: ${subject}\r\nMessage-ID: ${messageId}\r\nDate: ${date.toUTCString()}\r\n\r\nBonjour\r\n`;

const subjectOf = (raw: Buffer) => /^Subject: (.*)$/m.exec(raw.toString())?.[1]?.trim();

const openSession = async (change: Partial<ImapTarget> = {}): Promise<ImapSession> => {
  const opened = await imapReader.open(targetOf(change));
  if (!opened.ok) throw new Error(`open failed: ${JSON.stringify(opened.failure)}`);
  return opened.session;
};

// Every batch until isComplete, as an owner's sync would call it.
const readAll = async (session: ImapSession, path: string, cursor: FolderCursor | null, since: Date, limit: number) => {
  const batches: ReadBatch[] = [];
  for (let next = cursor; ;) {
    const batch = await session.readNew(path, next, since, limit);
    batches.push(batch);
    next = batch.cursor;
    if (batch.isComplete) return batches;
  }
};

const closedPort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });

describe('opening the mailbox', () => {
  it('logs in over STARTTLS, implicit TLS and (loopback only) plain text, trusting the pinned certificate', async () => {
    for (const change of [{}, { port: server.tlsPort, security: 'tls' as const }, { security: 'none' as const, pinned: null }]) {
      const session = await openSession(change);
      expect((await session.folders()).map((folder) => folder.role)).toContain('inbox');
      await session.close();
      await session.close();
    }
  });

  it('reports a wrong password as auth, in the server\'s words', async () => {
    const opened = await imapReader.open(targetOf({ password: 'wrong' }));
    expect(opened).toMatchObject({ ok: false, failure: { problem: 'auth', detail: expect.stringMatching(/authentication failed/i) }, certificate: null });
  });

  it('reports a closed port as connection', async () => {
    const opened = await imapReader.open(targetOf({ port: await closedPort() }));
    expect(opened).toMatchObject({ ok: false, failure: { problem: 'connection' }, certificate: null });
  });

  it('refuses an unpinned self-signed certificate and shows it, over STARTTLS and implicit TLS', async () => {
    for (const change of [{ pinned: null }, { port: server.tlsPort, security: 'tls' as const, pinned: null }]) {
      const opened = await imapReader.open(targetOf(change));
      expect(opened.ok).toBe(false);
      if (opened.ok) return;
      expect(opened.failure.problem).toBe('certificate');
      expect(opened.certificate).toMatchObject({ fingerprint, subject: 'CN=localhost' });
      expect(opened.certificate?.pem.trim()).toBe(server.certPem.trim());
    }
  });

  it('refuses a certificate whose fingerprint is not the pinned one', async () => {
    const opened = await imapReader.open(targetOf({ pinned: { fingerprint: fingerprint.replace(/^../, '00'), pem: server.certPem } }));
    expect(opened).toMatchObject({ ok: false, failure: { problem: 'certificate', detail: expect.stringMatching(/changed/) } });
  });
});

describe('the session', () => {
  it('finds INBOX, the \\Junk folder and the \\Sent folder', async () => {
    const session = await openSession();
    expect(await session.folders()).toEqual([{ path: 'INBOX', role: 'inbox' }, { path: 'Junk', role: 'spam' }, { path: 'Sent', role: 'sent' }]);
    await session.close();
  });

  it('reads new mail in bounded batches, oldest first, each message once', async () => {
    await server.createFolder('Batches');
    for (const n of [1, 2, 3, 4, 5]) await server.append('Batches', mail(`batch ${n}`));
    const session = await openSession();
    const since = new Date(Date.now() - DAY);
    const first = await readAll(session, 'Batches', null, since, 2);
    expect(first.map((batch) => batch.mails.length)).toEqual([2, 2, 1]);
    expect(first.map((batch) => batch.isComplete)).toEqual([false, false, true]);
    const read = first.flatMap((batch) => batch.mails);
    expect(read.map((m) => subjectOf(m.raw))).toEqual(['batch 1', 'batch 2', 'batch 3', 'batch 4', 'batch 5']);
    expect(new Set(read.map((m) => m.uid)).size).toBe(5);
    expect(first.map((batch) => batch.cursor.lastUid)).toEqual([read[1]?.uid, read[3]?.uid, read[4]?.uid]);
    const cursor = first.at(-1)!.cursor;
    expect(await session.readNew('Batches', cursor, since, 2)).toEqual({ mails: [], cursor, isComplete: true });
    await server.append('Batches', mail('batch 6'));
    await server.append('Batches', mail('batch 7'));
    const later = await session.readNew('Batches', cursor, since, 10);
    expect(later.mails.map((m) => subjectOf(m.raw))).toEqual(['batch 6', 'batch 7']);
    expect(later).toMatchObject({ isComplete: true, cursor: { uidValidity: cursor.uidValidity, lastUid: later.mails[1]?.uid } });
    await session.close();
  });

  it('without a cursor of this UIDVALIDITY, reads what arrived since `since` by INTERNALDATE, not by Date:', async () => {
    await server.createFolder('Arrivals');
    const since = new Date(Math.floor((Date.now() - 2 * DAY) / 1000) * 1000);
    await server.append('Arrivals', mail('long ago'), { internalDate: new Date(since.getTime() - 10 * DAY) });
    await server.append('Arrivals', mail('a second too early'), { internalDate: new Date(since.getTime() - 1000) });
    await server.append('Arrivals', mail('exactly at since'), { internalDate: since });
    await server.append('Arrivals', mail('old Date header, arrived now', { date: new Date('2001-01-01T00:00:00Z') }));
    const session = await openSession();
    for (const cursor of [null, { uidValidity: '1', lastUid: 999 }]) {
      const batches = await readAll(session, 'Arrivals', cursor, since, 1);
      expect(batches.flatMap((batch) => batch.mails).map((m) => subjectOf(m.raw))).toEqual(['exactly at since', 'old Date header, arrived now']);
      expect(batches.flatMap((batch) => batch.mails)[0]?.internalDate).toEqual(since);
      expect(batches.at(-1)?.cursor.uidValidity).not.toBe('1');
    }
    await session.close();
  });

  it('changes no flag and sends only read-only commands: EXAMINE, SEARCH, FETCH BODY.PEEK', async () => {
    await server.createFolder('Flags');
    await server.append('Flags', mail('seen'), { flags: ['\\Seen'] });
    await server.append('Flags', mail('unseen'));
    await server.append('Flags', mail('answered'), { flags: ['\\Answered', '\\Flagged'] });
    await server.append('Flags', mail('unseen too'));
    const before = await server.flagsOf('Flags');
    // Every command imapflow sends goes through its (internal, untyped) exec.
    const wire = ImapFlow.prototype as unknown as { exec: (command: string, attributes?: unknown) => Promise<unknown> };
    const exec = vi.spyOn(wire, 'exec');
    let calls: unknown[][] = [];
    try {
      const session = await openSession();
      await session.folders();
      await readAll(session, 'Flags', null, new Date(Date.now() - DAY), 3);
      await readAll(session, 'Flags', { uidValidity: 'stale', lastUid: 0 }, new Date(0), 10);
      expect(await session.hasMessageId('Flags', 'unseen@example.com')).toBe(true);
      await session.close();
    } finally {
      calls = [...exec.mock.calls];
      exec.mockRestore();
    }
    const sent = calls.map(([command, attributes]) => ({ command: String(command), attributes: JSON.stringify(attributes ?? []) }));
    const commands = new Set(sent.map((call) => call.command));
    expect([...commands].filter((command) => !['CAPABILITY', 'STARTTLS', 'AUTHENTICATE', 'LOGIN', 'ID', 'ENABLE', 'NAMESPACE', 'LIST', 'EXAMINE', 'NOOP', 'UID SEARCH', 'UID FETCH', 'LOGOUT'].includes(command))).toEqual([]);
    expect(commands).toContain('EXAMINE');
    const fetches = sent.filter((call) => call.command === 'UID FETCH').map((call) => call.attributes);
    expect(fetches.some((attributes) => attributes.includes('"BODY.PEEK"'))).toBe(true);
    expect(fetches.filter((attributes) => /"(BODY|BINARY|RFC822|RFC822\.TEXT)"/.test(attributes))).toEqual([]);
    expect(await server.flagsOf('Flags')).toEqual(before);
    expect([...before.values()]).toEqual([['\\Seen'], [], ['\\Answered', '\\Flagged'], []]);
  });

  it('finds a message in Sent by its Message-ID, and only that one', async () => {
    await server.append('Sent', mail('sent by hand', { messageId: '<hand-1.a1b2@example.com>' }), { flags: ['\\Seen'] });
    const session = await openSession();
    expect(await session.hasMessageId('Sent', 'hand-1.a1b2@example.com')).toBe(true);
    expect(await session.hasMessageId('Sent', '<hand-1.a1b2@example.com>')).toBe(true);
    expect(await session.hasMessageId('Sent', 'hand-1@example.com')).toBe(false);
    expect(await session.hasMessageId('Sent', 'hand-1.a1b2')).toBe(false);
    expect(await session.hasMessageId('INBOX', 'hand-1.a1b2@example.com')).toBe(false);
    await session.close();
  });
});
