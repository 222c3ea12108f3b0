import { isMessageKey } from '../i18n/en';
import type { Translate } from '../i18n/i18n';

// A known export's name in the window's language, by its preset id (i18n/en-presets.ts); a preset
// this window does not know yet keeps the English name core sent.
export const presetName = (presetId: string, fallback: string, t: Translate): string => {
  const key = `import.preset.${presetId}`;
  return isMessageKey(key) ? t(key) : fallback;
};
