import { X509Certificate } from 'node:crypto';
import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls, type PeerCertificate, type TLSSocket } from 'node:tls';
import { pinnedTlsOptions } from './pinned-tls';
import type { SeenCertificate } from './smtp-mailer';

type TlsTarget = { host: string; port: number; security: 'tls' | 'starttls' | 'none'; pinned: { fingerprint: string; pem: string } | null };

const READ_TIMEOUT_MS = 10_000;

// Reads lines until one passes `isLast`; resolves with it. Used only before STARTTLS.
const lineMatching = (socket: Socket, isLast: (line: string) => boolean): Promise<string> =>
  new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('latin1');
      const lines = buffered.split('\r\n');
      buffered = lines.pop() ?? '';
      const found = lines.find(isLast);
      if (found === undefined) return;
      socket.off('data', onData);
      resolve(found);
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('closed')));
  });

// The greeting, then STARTTLS (RFC 3501 §6.2.1); the same socket then carries TLS.
const startTls = async (socket: Socket): Promise<void> => {
  await lineMatching(socket, (line) => line.startsWith('* OK'));
  socket.write('R1 STARTTLS\r\n');
  const answer = await lineMatching(socket, (line) => line.startsWith('R1 '));
  if (!answer.startsWith('R1 OK')) throw new Error(answer);
};

const secured = (socket: TLSSocket): Promise<void> =>
  new Promise((resolve, reject) => {
    socket.once('secureConnect', resolve);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error('closed')));
  });

// The certificate an IMAP server shows, read without logging in: only to show the owner what
// they would be trusting. Verification is off on this connection and no credentials go over it.
export const readImapCertificate = async (target: TlsTarget): Promise<SeenCertificate | null> => {
  if (target.security === 'none') return null;
  let plain: Socket | null = null;
  let secure: TLSSocket | null = null;
  const timer = setTimeout(() => (secure ?? plain)?.destroy(new Error('timeout')), READ_TIMEOUT_MS);
  try {
    const options = { ...pinnedTlsOptions({ ...target, pinned: null }), rejectUnauthorized: false };
    if (target.security === 'starttls') {
      plain = connectTcp(target.port, target.host);
      await startTls(plain);
      secure = connectTls({ ...options, socket: plain });
    } else {
      secure = connectTls({ ...options, host: target.host, port: target.port });
    }
    await secured(secure);
    const peer = secure.getPeerCertificate(true);
    if (!peer?.raw) return null;
    const x509 = new X509Certificate(peer.raw);
    return { fingerprint: x509.fingerprint256, subject: x509.subject.replace(/\n/g, ', '), issuer: x509.issuer.replace(/\n/g, ', '), validTo: x509.validTo, pem: x509.toString() };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
    secure?.destroy();
    plain?.destroy();
  }
};
