import { mailboxConfigSchema, type MailboxConfig, type MailboxPause } from '../../api';
import type { Db } from '../../db/open-database';

// The mailbox lives beside the settings (one JSON value per key) but outside their schema: the
// password is not here at all (the secret store keeps it), and pauses are facts, not choices.
const KEYS = {
  config: 'mailbox',
  pause: 'mailbox.pause',
  sendingPaused: 'sending.paused',
  seenCertificate: 'mailbox.seenCertificate',
} as const;

export const PASSWORD_SECRET = 'smtp-password';

type Sqlite = Db['$client'];

const read = (sqlite: Sqlite, key: string): unknown => {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
};

const write = (sqlite: Sqlite, key: string, value: unknown): void => {
  if (value === null) {
    sqlite.prepare('DELETE FROM settings WHERE key = ?').run(key);
    return;
  }
  sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
};

export const readMailbox = (sqlite: Sqlite): MailboxConfig | null => {
  const parsed = mailboxConfigSchema.safeParse(read(sqlite, KEYS.config));
  return parsed.success ? parsed.data : null;
};
export const writeMailbox = (sqlite: Sqlite, config: MailboxConfig): void => write(sqlite, KEYS.config, config);

export const readPause = (sqlite: Sqlite): MailboxPause | null => (read(sqlite, KEYS.pause) as MailboxPause | undefined) ?? null;
export const writePause = (sqlite: Sqlite, pause: MailboxPause | null): void => write(sqlite, KEYS.pause, pause);

export const isSendingPaused = (sqlite: Sqlite): boolean => read(sqlite, KEYS.sendingPaused) === true;
export const writeSendingPaused = (sqlite: Sqlite, isPaused: boolean): void => write(sqlite, KEYS.sendingPaused, isPaused ? true : null);

// The certificate the last connection test met and could not verify: pinning it keeps its PEM,
// which the connection needs as its one trusted authority.
export type SeenCertificate = { fingerprint: string; subject: string; issuer: string; validTo: string; pem: string };
export const readSeenCertificate = (sqlite: Sqlite): SeenCertificate | null => (read(sqlite, KEYS.seenCertificate) as SeenCertificate | undefined) ?? null;
export const writeSeenCertificate = (sqlite: Sqlite, certificate: SeenCertificate | null): void => write(sqlite, KEYS.seenCertificate, certificate);
