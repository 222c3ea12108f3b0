import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

// A real SMTP server on 127.0.0.1 for tests, benchmarks and end-to-end runs (docs/testing.md):
// STARTTLS with a certificate made by openssl now, AUTH PLAIN/LOGIN, and answers scripted per
// recipient so one run can meet a bounce, a deferral, a quota and a cut connection.
export type Behaviour =
  | { kind: 'accept' }
  | { kind: 'rcpt'; code: number; text: string }
  | { kind: 'data'; code: number; text: string }
  // Reads the whole message and its final dot, then drops the connection without answering.
  | { kind: 'cut-after-dot' }
  // Answers 250 after a delay.
  | { kind: 'slow'; ms: number }
  // Never answers the message data (a crash test kills the sender meanwhile).
  | { kind: 'stall' };

export type Delivery = { from: string; to: string[]; raw: Buffer; messageId: string | null; isSecure: boolean; user: string | null; at: number };

export type TestServer = {
  port: number;
  // An answer to every MAIL FROM from now on (421 4.7.0 "slow down", say), or null to accept.
  answerMailWith: (answer: { code: number; text: string } | null) => void;
  certPem: string;
  deliveries: Delivery[];
  // Messages read in full before the connection was cut (cut-after-dot): they may have arrived.
  cut: Delivery[];
  close: () => Promise<void>;
};

export type TestServerOptions = {
  user?: string;
  password?: string;
  script?: (recipient: string) => Behaviour;
  port?: number;
};

let certificate: { key: string; cert: string } | null = null;

// One key pair per process, made by openssl (a SAN for localhost and 127.0.0.1).
export const testCertificate = (): { key: string; cert: string } => {
  if (certificate) return certificate;
  const dir = mkdtempSync(join(tmpdir(), 'relance-smtp-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '30', '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });
  if (!existsSync(cert)) throw new Error('openssl did not make the test certificate');
  certificate = { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  return certificate;
};

const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

const messageIdOf = (raw: Buffer): string | null => raw.toString('latin1').match(/^Message-ID:\s*(<[^>\r\n]+>)/im)?.[1] ?? null;

export const startTestServer = async ({ user = 'owner@example.com', password = 's3cret', script = () => ({ kind: 'accept' }), port = 0 }: TestServerOptions = {}): Promise<TestServer> => {
  const { key, cert } = testCertificate();
  const deliveries: Delivery[] = [];
  const cut: Delivery[] = [];
  let mailAnswer: { code: number; text: string } | null = null;
  const behaviourOf = (session: SMTPServerSession): Behaviour => script(session.envelope.rcptTo[0]?.address ?? '');
  const server: SMTPServer = new SMTPServer({
    secure: false,
    key,
    cert,
    authMethods: ['PLAIN', 'LOGIN'],
    allowInsecureAuth: false,
    logger: false,
    size: 10 * 1024 * 1024,
    onAuth: (auth, _session, callback) => {
      if (auth.username === user && auth.password === password) return callback(null, { user: auth.username });
      callback(refusal(535, '5.7.8 Username and Password not accepted'));
    },
    onMailFrom: (_address, _session, callback) => (mailAnswer ? callback(refusal(mailAnswer.code, mailAnswer.text)) : callback()),
    onRcptTo: (address, _session, callback) => {
      const behaviour = script(address.address);
      if (behaviour.kind === 'rcpt') return callback(refusal(behaviour.code, behaviour.text));
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const behaviour = behaviourOf(session);
        if (behaviour.kind === 'stall') return;
        const raw = Buffer.concat(chunks);
        const delivery = (): Delivery => ({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          messageId: messageIdOf(raw),
          isSecure: session.secure,
          user: typeof session.user === 'string' ? session.user : null,
          at: Date.now(),
        });
        if (behaviour.kind === 'cut-after-dot') {
          cut.push(delivery());
          const connections = (server as unknown as { connections: Set<{ id: string; _socket: { destroy: () => void } }> }).connections;
          for (const connection of connections) if (connection.id === session.id) connection._socket.destroy();
          return;
        }
        if (behaviour.kind === 'data') return callback(refusal(behaviour.code, behaviour.text));
        const record = () => {
          deliveries.push(delivery());
          callback(null, `2.0.0 Ok: queued as ${deliveries.length}`);
        };
        if (behaviour.kind === 'slow') setTimeout(record, behaviour.ms);
        else record();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const boundPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: boundPort,
    answerMailWith: (answer) => void (mailAnswer = answer),
    certPem: cert,
    deliveries,
    cut,
    close: () => new Promise((resolve) => {
      const connections = (server as unknown as { connections: Set<{ _socket: { destroy: () => void } }> }).connections;
      for (const connection of connections) connection._socket.destroy();
      server.close(() => resolve());
    }),
  };
};
