import type { Db } from '../../db/open-database';

// Every setting and every stored fact is one JSON value per key in the settings table. Apart from
// settings-store.ts, which reads them with the contract's schema: `relance send-due` looks at a
// few facts (a pause, the switches) without loading the contract when nothing is due.

// Unreadable JSON reads as absent.
export const parseStoredJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

// A value kept in the settings table beside the settings but outside their schema: facts such as
// when a campaign last ran, the mailbox, a pause. Unreadable JSON reads as absent; null deletes.
export const readStoredValue = (sqlite: Db['$client'], key: string): unknown => {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return value === undefined ? undefined : parseStoredJson(value);
};

export const writeStoredValue = (sqlite: Db['$client'], key: string, value: unknown): void => {
  if (value === null) sqlite.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
};
