import { z } from 'zod';
import { defaultMessageOffers, messageOffersShape } from './message-offers';
import { defaultProgramSettings, programSettingsShape } from './program-settings';
import { attributionDaysSchema, defaultAttributionDays } from './reports';

export const uiLanguages = ['system', 'fr', 'en'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

export const settingsSchema = z.object({
  uiLanguage: z.enum(uiLanguages),
  defaultCountry: z.string().regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code such as FR.' }),
  // The month the owner's giving (fiscal) year starts in: 1 = January, the calendar year.
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  ...programSettingsShape,
  ...messageOffersShape,
  attributionDays: attributionDaysSchema,
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;

export const defaultSettings: Settings = { uiLanguage: 'system', defaultCountry: 'FR', fiscalYearStartMonth: 1, ...defaultProgramSettings, ...defaultMessageOffers, attributionDays: defaultAttributionDays };

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  isDemo: z.boolean(),
  host: z.enum(['electron', 'browser', 'cli']),
  // Set when the database was found damaged: nothing is written, and this backup is offered.
  damage: z.object({ newestBackup: z.string().nullable() }).nullable().optional(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;
