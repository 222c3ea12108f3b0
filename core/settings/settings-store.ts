import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../api';
import { IMMEDIATE } from '../../db/open-database';
import { settings as settingsTable } from '../../db/schema';
import type { CoreContext } from '../context';

// Settings live as one JSON value per key, merged over the defaults so new keys need no migration.
export const getSettings = ({ db }: Pick<CoreContext, 'db'>): Settings => {
  const stored: Record<string, unknown> = {};
  for (const { key, value } of db.select().from(settingsTable).all()) stored[key] = JSON.parse(value);
  const merged = settingsSchema.safeParse({ ...defaultSettings, ...stored });
  return merged.success ? merged.data : defaultSettings;
};

export const updateSettings = (ctx: CoreContext, patch: SettingsPatch): Settings => {
  ctx.db.transaction((tx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      const json = JSON.stringify(value);
      tx.insert(settingsTable).values({ key, value: json }).onConflictDoUpdate({ target: settingsTable.key, set: { value: json } }).run();
    }
  }, IMMEDIATE);
  ctx.events.emit({ type: 'settings.changed' });
  return getSettings(ctx);
};
