import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../api';
import { systemClock } from '../ports';
import { callThrough, useTempCore } from '../test-support/temp-core';

const core = useTempCore('settings', systemClock);
const call = callThrough(core);

const storeRaw = (key: string, value: string) =>
  core().database.sqlite.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);

describe('the settings store', () => {
  it('keeps every readable setting when one stored value cannot be read', async () => {
    await call('settings.update', { fiscalYearStartMonth: 4, business: { ...defaultSettings.business, name: 'Atelier Lumière' } });
    // A country this version does not accept, and a value that is not JSON at all.
    storeRaw('defaultCountry', JSON.stringify('France'));
    storeRaw('timeZone', '{not json');
    const settings = await call('settings.get', {});
    expect(settings.fiscalYearStartMonth).toBe(4);
    expect(settings.business.name).toBe('Atelier Lumière');
    expect(settings.defaultCountry).toBe(defaultSettings.defaultCountry);
    expect(settings.timeZone).toBe(defaultSettings.timeZone);
  });

  it('reads back what was saved', async () => {
    const saved = await call('settings.update', { defaultCountry: 'BE', messageLanguage: 'en' });
    expect(saved).toMatchObject({ defaultCountry: 'BE', messageLanguage: 'en' });
    expect(await call('settings.get', {})).toEqual(saved);
  });
});
