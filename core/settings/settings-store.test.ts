import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../api';
import { bootCore, type Booted } from '../boot';

let dir: string;
let booted: Booted;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'relance-settings-'));
  booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli' });
});
afterEach(() => {
  booted.close();
  rmSync(dir, { recursive: true, force: true });
});

const update = async (patch: Parameters<Booted['handlers']['settings.update']>[0]) => booted.handlers['settings.update'](patch);
const read = async () => booted.handlers['settings.get']({});
const storeRaw = (key: string, value: string) =>
  booted.database.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

describe('the settings store', () => {
  it('keeps every readable setting when one stored value cannot be read', async () => {
    await update({ fiscalYearStartMonth: 4, business: { ...defaultSettings.business, name: 'Atelier Lumière' } });
    // A country this version does not accept, and a value that is not JSON at all.
    storeRaw('defaultCountry', JSON.stringify('France'));
    storeRaw('timeZone', '{not json');
    const settings = await read();
    expect(settings.fiscalYearStartMonth).toBe(4);
    expect(settings.business.name).toBe('Atelier Lumière');
    expect(settings.defaultCountry).toBe(defaultSettings.defaultCountry);
    expect(settings.timeZone).toBe(defaultSettings.timeZone);
  });

  it('reads back what was saved', async () => {
    const saved = await update({ defaultCountry: 'BE', messageLanguage: 'en' });
    expect(saved).toMatchObject({ defaultCountry: 'BE', messageLanguage: 'en' });
    expect(await read()).toEqual(saved);
  });
});
