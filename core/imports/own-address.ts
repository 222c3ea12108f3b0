import type Database from 'better-sqlite3';
import type { EmailVerdict } from '../contacts/email';

// The owner's own addresses are never a contact: the business's reply address and the mailbox
// it sends from (Settings), and those a file shows on the owner's side of its rows (PayPal: the
// recipient of payments received), gathered while the file is read (map/row-rule.ts).

const addressIn = (value: unknown, field: string): string | null => {
  if (typeof value !== 'object' || value === null) return null;
  const address = (value as Record<string, unknown>)[field];
  return typeof address === 'string' && address.trim() !== '' ? address : null;
};

// Read straight from the settings table, one JSON value per key (settings-store.ts, which this
// module cannot import: the settings reach core's context, which starts imports).
const storedValue = (sqlite: Database.Database, key: string): unknown => {
  const text = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
};

export const settingsAddresses = (sqlite: Database.Database): string[] =>
  [addressIn(storedValue(sqlite, 'business'), 'replyAddress'), addressIn(storedValue(sqlite, 'mailbox'), 'fromAddress')].filter(
    (address): address is string => address !== null,
  );

// Whether an email key is one of the owner's. The file's addresses may still grow while the
// plan runs (rows are read as they are planned): the new ones are checked as they come.
export const ownAddressCheck = (
  sqlite: Database.Database,
  fromFile: ReadonlySet<string>,
  check: (raw: string) => EmailVerdict,
): ((emailKey: string) => boolean) => {
  const keys = new Set<string>();
  const add = (raw: string): void => {
    const verdict = check(raw);
    if (verdict.ok) keys.add(verdict.key);
  };
  for (const address of settingsAddresses(sqlite)) add(address);
  let seen = 0;
  return (emailKey) => {
    if (fromFile.size > seen) {
      let at = 0;
      for (const address of fromFile) if (at++ >= seen) add(address);
      seen = fromFile.size;
    }
    return keys.has(emailKey);
  };
};
