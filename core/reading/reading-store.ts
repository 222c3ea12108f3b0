import type { CheckMailSummary } from '../../api';
import type { Db } from '../../db/open-database';
import type { FolderCursor, FolderRole } from '../mail/imap-reader';
import type { SeenCertificate } from '../mail/smtp-mailer';
import { readStoredValue, writeStoredValue } from '../settings/stored-values';

type Sqlite = Db['$client'];

// What reading the mailbox remembers besides its folders' cursors: since when it reads (the
// first read looks at what arrived after the mailbox was set up in Relance, never older mail),
// the last check's summary, and the certificate the last IMAP test could not verify.
const KEYS = {
  since: 'reading.since',
  last: 'reading.last',
  seenCertificate: 'reading.seenCertificate',
} as const;

// Kept only when the IMAP user differs from the SMTP one; otherwise the SMTP password is used.
export const IMAP_PASSWORD_SECRET = 'imap-password';

export const readReadingSince = (sqlite: Sqlite): number | null => {
  const value = readStoredValue(sqlite, KEYS.since);
  return typeof value === 'number' ? value : null;
};
// Set once, when reading is first set up; saving the settings again does not move it.
export const startReadingFrom = (sqlite: Sqlite, now: number): void => {
  if (readReadingSince(sqlite) === null) writeStoredValue(sqlite, KEYS.since, now);
};

export type LastCheck = { at: number; summary: CheckMailSummary };
export const readLastCheck = (sqlite: Sqlite): LastCheck | null => (readStoredValue(sqlite, KEYS.last) as LastCheck | undefined) ?? null;
export const writeLastCheck = (sqlite: Sqlite, last: LastCheck): void => writeStoredValue(sqlite, KEYS.last, last);

export const readSeenImapCertificate = (sqlite: Sqlite): SeenCertificate | null =>
  (readStoredValue(sqlite, KEYS.seenCertificate) as SeenCertificate | undefined) ?? null;
export const writeSeenImapCertificate = (sqlite: Sqlite, certificate: SeenCertificate | null): void =>
  writeStoredValue(sqlite, KEYS.seenCertificate, certificate);

export const readCursor = (sqlite: Sqlite, path: string): FolderCursor | null => {
  const row = sqlite.prepare('SELECT uid_validity AS uidValidity, last_uid AS lastUid FROM mail_folders WHERE path = ?').get(path) as FolderCursor | undefined;
  return row ?? null;
};

export const writeCursor = (sqlite: Sqlite, path: string, role: FolderRole, cursor: FolderCursor, now: number): void => {
  sqlite
    .prepare(`INSERT INTO mail_folders (path, role, uid_validity, last_uid, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (path) DO UPDATE SET role = excluded.role, uid_validity = excluded.uid_validity, last_uid = excluded.last_uid, updated_at = excluded.updated_at`)
    .run(path, role, cursor.uidValidity, cursor.lastUid, now);
};

// A message already acted on (a folder read again after its UIDs changed) is not acted on twice.
export const isSeen = (sqlite: Sqlite, key: string): boolean => sqlite.prepare('SELECT 1 FROM mail_seen WHERE key = ?').get(key) !== undefined;
export const markSeen = (sqlite: Sqlite, key: string, kind: string, now: number): void => {
  sqlite.prepare('INSERT INTO mail_seen (key, kind, seen_at) VALUES (?, ?, ?) ON CONFLICT (key) DO NOTHING').run(key, kind, now);
};
