import type { ImapFlow } from 'imapflow';
import { readImapCertificate } from './imap-certificate';
import { pinnedTlsOptions } from './pinned-tls';
import { imapFailureOf, type ImapFailure } from './imap-failure';
import { pickFolders, type FolderInfo } from './imap-folders';
import { readNew, type FolderCursor, type ReadBatch } from './imap-read-new';
import type { SeenCertificate } from './smtp-mailer';

// The MailReader port: core reads the owner's mailbox (replies, bounces, what they sent by hand)
// through it and never changes it. Every folder is opened with EXAMINE and messages are fetched
// with BODY.PEEK[], so no flag is set; nothing is stored, moved, copied or expunged.
export type { FolderRole, FolderInfo } from './imap-folders';
export type { FolderCursor, FetchedMail, ReadBatch } from './imap-read-new';
export type { ImapProblem, ImapFailure } from './imap-failure';
export { imapFailureOf } from './imap-failure';

export type ImapTarget = {
  host: string;
  port: number;
  // 'none' is for a server on loopback only (the contract enforces it).
  security: 'tls' | 'starttls' | 'none';
  user: string;
  password: string;
  pinned: { fingerprint: string; pem: string } | null;
};

// Methods reject on a broken connection or a server refusal: imapFailureOf(error) says which.
export type ImapSession = {
  folders: () => Promise<FolderInfo[]>;
  // Up to `limit` messages of `path` newer than the cursor, oldest first (see imap-read-new.ts).
  readNew: (path: string, cursor: FolderCursor | null, since: Date, limit: number) => Promise<ReadBatch>;
  // Whether a message with this Message-ID (without angle brackets) is in the folder.
  hasMessageId: (path: string, messageId: string) => Promise<boolean>;
  close: () => Promise<void>;
};

export type ImapOpenResult = { ok: true; session: ImapSession } | { ok: false; failure: ImapFailure; certificate: SeenCertificate | null };

export type MailReader = {
  open: (target: ImapTarget) => Promise<ImapOpenResult>;
};

// Loaded when a mailbox is read, not by every command: imapflow and its decoders are a third of
// the bundle `relance send-due` would otherwise compile on each cron run.
const clientFor = async (target: ImapTarget): Promise<ImapFlow> =>
  new (await import('imapflow')).ImapFlow({
    host: target.host,
    port: target.port,
    secure: target.security === 'tls',
    doSTARTTLS: target.security === 'starttls' ? true : target.security === 'none' ? false : undefined,
    auth: { user: target.user, pass: target.password },
    tls: pinnedTlsOptions(target),
    logger: false,
    // Sessions are short and only read: no IDLE between commands.
    disableAutoIdle: true,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    // Inactivity only: a SEARCH HEADER over a large folder can keep the server silent a while.
    socketTimeout: 60_000,
  });

const hasMessageId = async (client: ImapFlow, path: string, messageId: string): Promise<boolean> => {
  const lock = await client.getMailboxLock(path, { readOnly: true });
  try {
    // A folder already open answers from its last view until the server is asked again.
    await client.noop();
    // HEADER matches a substring (RFC 3501 §6.4.4): the brackets keep "abc" from matching "<xabc@…>".
    const bare = messageId.trim().replace(/^<|>$/g, '');
    const found = await client.search({ header: { 'message-id': `<${bare}>` } }, { uid: true });
    if (!found) throw new Error(`SEARCH failed in ${path}`);
    return found.length > 0;
  } finally {
    lock.release();
  }
};

const sessionOf = (client: ImapFlow): ImapSession => {
  let isClosed = false;
  return {
    folders: async () => pickFolders(await client.list()),
    readNew: (path, cursor, since, limit) => readNew(client, path, cursor, since, limit),
    hasMessageId: (path, messageId) => hasMessageId(client, path, messageId),
    close: async () => {
      if (isClosed) return;
      isClosed = true;
      await client.logout().catch(() => client.close());
    },
  };
};

export const imapReader: MailReader = {
  open: async (target) => {
    const client = await clientFor(target);
    // imapflow also emits errors as events; without a listener one would throw.
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      client.close();
      const failure = imapFailureOf(error);
      const certificate = failure.problem === 'certificate' ? await readImapCertificate(target) : null;
      return { ok: false, failure, certificate };
    }
    return { ok: true, session: sessionOf(client) };
  },
};
