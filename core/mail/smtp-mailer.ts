import { X509Certificate } from 'node:crypto';
import { Readable } from 'node:stream';
import type { ConnectionOptions, PeerCertificate } from 'node:tls';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { pinnedTlsOptions } from './pinned-tls';
import type { SmtpFailure, SmtpStage } from './smtp-answer';

// The Mailer port (docs/architecture.md): core opens a session on the owner's server and hands it one
// message at a time. This adapter drives nodemailer's SMTP connection step by step, so it knows
// how far each transaction went: nodemailer's sendMail reports a cut after the final dot
// (ECONNECTION, command CONN) exactly like a refused connection, and only the stage tells a
// message that may have arrived (unknown) from one that did not (deferred).
export type SmtpTarget = {
  host: string;
  port: number;
  security: 'tls' | 'starttls' | 'none';
  user: string;
  password: string;
  // A certificate the owner accepted after seeing it: its fingerprint and PEM.
  pinned: { fingerprint: string; pem: string } | null;
};

export type SeenCertificate = { fingerprint: string; subject: string; issuer: string; validTo: string; pem: string };

export type SendResult = { ok: true; code: number; response: string } | { ok: false; failure: SmtpFailure };

export type MailSession = {
  send: (envelope: { from: string; to: string }, raw: Buffer) => Promise<SendResult>;
  close: () => void;
};

export type OpenResult = { ok: true; session: MailSession } | { ok: false; failure: SmtpFailure; certificate: SeenCertificate | null };

export type Mailer = {
  open: (target: SmtpTarget) => Promise<OpenResult>;
};

const TLS_VERIFY_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED', 'ERR_TLS_CERT_ALTNAME_INVALID', 'CERT_UNTRUSTED', 'PINNED_CERTIFICATE_CHANGED',
]);

type NodemailerError = Error & { code?: string; originalCode?: string; response?: string; responseCode?: number; command?: string };

export const isCertificateError = (error: unknown): boolean => {
  const e = error as NodemailerError;
  return TLS_VERIFY_CODES.has(e?.originalCode ?? '') || TLS_VERIFY_CODES.has(e?.code ?? '') || /certificate|self[- ]signed/i.test(e?.message ?? '');
};

const failureOf = (error: unknown, stage: SmtpStage): SmtpFailure => {
  const e = error as NodemailerError;
  return {
    stage,
    code: typeof e?.responseCode === 'number' ? e.responseCode : null,
    response: typeof e?.response === 'string' ? e.response : null,
    errorCode: isCertificateError(e) ? 'ECERT' : (e?.code ?? null),
    command: e?.command ?? null,
  };
};

const connectionOptions = (target: SmtpTarget, tls: ConnectionOptions) => ({
  host: target.host,
  port: target.port,
  secure: target.security === 'tls',
  requireTLS: target.security === 'starttls',
  ignoreTLS: target.security === 'none',
  tls,
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  // A slow 250 after the final dot is waited for, not mistaken for a cut.
  socketTimeout: 120_000,
  logger: false,
});

// A failed handshake (a refused TLS certificate, say) is reported as an 'error' event, not
// always to connect's callback: both settle the promise, and a close before either too.
const connect = (connection: SMTPConnection): Promise<void> =>
  new Promise((resolve, reject) => {
    connection.once('error', reject);
    connection.once('end', () => reject(Object.assign(new Error('The server closed the connection.'), { code: 'ECONNECTION' })));
    connection.connect((error?: Error | null) => (error ? reject(error) : resolve()));
  });

// The certificate a server shows, read without sending anything: only to show the owner what
// they would be trusting. No credentials go over this connection.
export const readServerCertificate = async (target: SmtpTarget): Promise<SeenCertificate | null> => {
  const connection = new SMTPConnection(connectionOptions(target, { ...pinnedTlsOptions({ ...target, pinned: null }), rejectUnauthorized: false }));
  connection.on('error', () => undefined);
  try {
    await connect(connection);
    const socket = (connection as unknown as { _socket: { getPeerCertificate?: (detailed: boolean) => PeerCertificate } })._socket;
    const peer = socket.getPeerCertificate?.(true);
    if (!peer?.raw) return null;
    const x509 = new X509Certificate(peer.raw);
    return { fingerprint: x509.fingerprint256, subject: x509.subject.replace(/\n/g, ', '), issuer: x509.issuer.replace(/\n/g, ', '), validTo: x509.validTo, pem: x509.toString() };
  } catch {
    return null;
  } finally {
    connection.close();
  }
};

const sendOn = (connection: SMTPConnection, envelope: { from: string; to: string }, raw: Buffer): Promise<SendResult> => {
  let stage: SmtpStage = 'envelope';
  // The body is only read once the server said 354 to DATA; its end means the final dot follows.
  const body = new Readable({
    read() {
      stage = 'data';
      this.push(raw);
      this.push(null);
    },
  });
  body.once('end', () => (stage = 'handed-over'));
  return new Promise((resolve) => {
    connection.send(envelope, body, (error, info) => {
      if (error) return resolve({ ok: false, failure: failureOf(error, stage) });
      const response = String(info?.response ?? '');
      resolve({ ok: true, code: Number(response.slice(0, 3)) || 250, response });
    });
  });
};

export const nodemailerMailer: Mailer = {
  open: async (target) => {
    const connection = new SMTPConnection(connectionOptions(target, pinnedTlsOptions(target)));
    // Errors also reach the pending callback; the event must have a listener or it throws.
    connection.on('error', () => undefined);
    try {
      await connect(connection);
    } catch (error) {
      connection.close();
      const certificate = isCertificateError(error) ? await readServerCertificate(target) : null;
      return { ok: false, failure: failureOf(error, 'connect'), certificate };
    }
    if (target.user !== '') {
      try {
        await new Promise<void>((resolve, reject) => connection.login({ user: target.user, pass: target.password }, (error) => (error ? reject(error) : resolve())));
      } catch (error) {
        connection.close();
        return { ok: false, failure: { ...failureOf(error, 'auth'), stage: 'auth' }, certificate: null };
      }
    }
    let isBroken = false;
    connection.once('end', () => (isBroken = true));
    return {
      ok: true,
      session: {
        send: (envelope, raw) => {
          if (isBroken) return Promise.resolve({ ok: false, failure: { stage: 'connect', code: null, response: null, errorCode: 'ECONNECTION', command: 'CONN' } });
          return sendOn(connection, envelope, raw);
        },
        close: () => {
          if (!isBroken) connection.quit();
          isBroken = true;
        },
      },
    };
  },
};
