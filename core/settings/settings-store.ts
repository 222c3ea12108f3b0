import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../api';
import { writeTransaction } from '../../db/open-database';
import { settings as settingsTable } from '../../db/schema';
import type { CoreContext } from '../context';
import { parseStoredJson } from './stored-values';

// Settings live as one JSON value per key, merged over the defaults so new keys need no migration.
// A value this version cannot read (damaged, or written by a newer version) gives way to its own
// default; the other settings, a business name or a send window, keep theirs.
export const getSettings = ({ db }: Pick<CoreContext, 'db'>): Settings => {
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const { key, value } of db.select().from(settingsTable).all()) {
    const parsed = parseStoredJson(value);
    if (parsed !== undefined) merged[key] = parsed;
  }
  const checked = settingsSchema.safeParse(merged);
  if (checked.success) return checked.data;
  const unreadable = new Set(checked.error.issues.map((issue) => String(issue.path[0])));
  for (const key of unreadable) merged[key] = (defaultSettings as Record<string, unknown>)[key];
  const kept = settingsSchema.safeParse(merged);
  return kept.success ? kept.data : defaultSettings;
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
