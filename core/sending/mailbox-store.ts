import { mailboxConfigSchema, type MailboxConfig, type MailboxPause } from '../../api';
import type { Db } from '../../db/open-database';
import { readStoredValue, writeStoredValue } from '../settings/stored-values';
import { MAILBOX_KEYS } from './mailbox-keys';

// The mailbox lives beside the settings (one JSON value per key) but outside their schema: the
// password is not here at all (the secret store keeps it), and pauses are facts, not choices.
const KEYS = MAILBOX_KEYS;

export const PASSWORD_SECRET = 'smtp-password';

type Sqlite = Db['$client'];

export const readMailbox = (sqlite: Sqlite): MailboxConfig | null => {
  const parsed = mailboxConfigSchema.safeParse(readStoredValue(sqlite, KEYS.config));
  return parsed.success ? parsed.data : null;
};
export const writeMailbox = (sqlite: Sqlite, config: MailboxConfig): void => writeStoredValue(sqlite, KEYS.config, config);

export const readPause = (sqlite: Sqlite): MailboxPause | null => (readStoredValue(sqlite, KEYS.pause) as MailboxPause | undefined) ?? null;
export const writePause = (sqlite: Sqlite, pause: MailboxPause | null): void => writeStoredValue(sqlite, KEYS.pause, pause);

export const isSendingPaused = (sqlite: Sqlite): boolean => readStoredValue(sqlite, KEYS.sendingPaused) === true;
export const writeSendingPaused = (sqlite: Sqlite, isPaused: boolean): void => writeStoredValue(sqlite, KEYS.sendingPaused, isPaused ? true : null);

// The certificate the last connection test met and could not verify: pinning it keeps its PEM,
// which the connection needs as its one trusted authority.
export type SeenCertificate = { fingerprint: string; subject: string; issuer: string; validTo: string; pem: string };
export const readSeenCertificate = (sqlite: Sqlite): SeenCertificate | null => (readStoredValue(sqlite, KEYS.seenCertificate) as SeenCertificate | undefined) ?? null;
export const writeSeenCertificate = (sqlite: Sqlite, certificate: SeenCertificate | null): void => writeStoredValue(sqlite, KEYS.seenCertificate, certificate);
