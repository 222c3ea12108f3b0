import { connect } from 'node:net';
import { ImapFlow } from 'imapflow';
import { describe, expect, it } from 'vitest';
import { startDovecot } from './dovecot-server';

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('the Dovecot harness', () => {
  it('stores mail with its flags and date, adds special-use folders, and stops on close', async () => {
    const server = await startDovecot({ user: 'claire@example.com', password: 'other-s3cret' });
    try {
      const internalDate = new Date('2020-01-02T03:04:05Z');
      const uid = await server.append('INBOX', 'Subject: hi\r\nMessage-ID: <a@b>\r\n\r\nhello\r\n', { flags: ['\\Seen'], internalDate });
      expect(await server.append('INBOX', 'Subject: two\r\n\r\n')).toBe(uid + 1);
      expect(await server.flagsOf('INBOX')).toEqual(new Map([[uid, ['\\Seen']], [uid + 1, []]]));
      expect(await server.flagsOf('Junk')).toEqual(new Map());
      await server.createFolder('Sent Items', '\\Sent');
      const client = new ImapFlow({ host: '127.0.0.1', port: server.tlsPort, secure: true, auth: { user: server.user, pass: server.password },
        tls: { ca: [server.certPem], servername: 'localhost' }, logger: false });
      await client.connect();
      const flagsByPath = new Map((await client.list()).map((entry) => [entry.path, [...entry.flags]]));
      await client.mailboxOpen('INBOX', { readOnly: true });
      const first = await client.fetchOne(String(uid), { internalDate: true }, { uid: true });
      await client.logout();
      expect(flagsByPath.get('Sent')).toContain('\\Sent');
      expect(flagsByPath.get('Junk')).toContain('\\Junk');
      expect(flagsByPath.get('Sent Items')).toContain('\\Sent');
      expect(first && new Date(first.internalDate ?? 0)).toEqual(internalDate);
    } finally {
      await server.close();
    }
    expect(await accepts(server.port)).toBe(false);
  });
});
