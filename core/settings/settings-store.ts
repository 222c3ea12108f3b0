import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../api';
import { writeTransaction, type Db } from '../../db/open-database';
import { settings as settingsTable } from '../../db/schema';
import type { CoreContext } from '../context';

const readJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

// Settings live as one JSON value per key, merged over the defaults so new keys need no migration.
// A value this version cannot read (damaged, or written by a newer version) gives way to its own
// default; the other settings, a business name or a send window, keep theirs.
export const getSettings = ({ db }: Pick<CoreContext, 'db'>): Settings => {
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const { key, value } of db.select().from(settingsTable).all()) {
    const parsed = readJson(value);
    if (parsed !== undefined) merged[key] = parsed;
  }
  const checked = settingsSchema.safeParse(merged);
  if (checked.success) return checked.data;
  const unreadable = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
  for (const key of unreadable) merged[key] = (defaultSettings as Record<string, unknown>)[key];
  const kept = settingsSchema.safeParse(merged);
  return kept.success ? kept.data : defaultSettings;
};

// A value kept in the settings table beside the settings but outside their schema: facts such as
// when a campaign last ran, the mailbox, a pause. Unreadable JSON reads as absent; null deletes.
export const readStoredValue = (sqlite: Db['$client'], key: string): unknown => {
  const value = sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
  return value === undefined ? undefined : readJson(value);
};

export const writeStoredValue = (sqlite: Db['$client'], key: string, value: unknown): void => {
  if (value === null) sqlite.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, JSON.stringify(value));
};

export const updateSettings = (ctx: CoreContext, patch: SettingsPatch): Settings => {
  writeTransaction(ctx.db, (tx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      tx.insert(settingsTable).values({ key, value: json }).onConflictDoUpdate({ target: settingsTable.key, set: { value: json } }).run();
    }
  });
  ctx.events.emit({ type: 'settings.changed' });
  return getSettings(ctx);
};
