import { fold } from './fold';

// Language as typed in an export ("fr", "fr-FR", "French", "Français", "néerlandais") into a
// two-letter ISO 639-1 code. Names come from ICU (Intl.DisplayNames), in the languages of our
// users' exports and in each language's own name for itself ("Nederlands", "Deutsch").

const nameLocales = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl'];

// Bibliographic and terminology alpha-3 codes that exports use for the common languages.
const alpha3: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  ita: 'it',
  nld: 'nl',
  dut: 'nl',
  por: 'pt',
  pol: 'pl',
  ara: 'ar',
  zho: 'zh',
  chi: 'zh',
};

type Tables = { codes: Map<string, string>; names: Map<string, string> };
let tables: Tables | null = null;

const canonicalLanguage = (code: string): string | null => {
  try {
    return Intl.getCanonicalLocales(code)[0] ?? null;
  } catch {
    return null;
  }
};

const build = (): Tables => {
  const codes = new Map<string, string>();
  const names = new Map<string, string>();
  const displays = nameLocales.map((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }));
  for (let a = 97; a <= 122; a += 1) {
    for (let b = 97; b <= 122; b += 1) {
      const code = String.fromCharCode(a, b);
      if (displays[0]!.of(code) === undefined) continue;
      // Retired codes (iw, in, ji) answer to their successor (he, id, yi).
      const canonical = canonicalLanguage(code) ?? code;
      codes.set(code, canonical.length === 2 ? canonical : code);
      if (canonical !== code) continue;
      const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
      for (const name of [...displays.map((display) => display.of(code)), own]) {
        if (!name) continue;
        const key = fold(name);
        if (key && !names.has(key)) names.set(key, code);
      }
    }
  }
  for (const [code, two] of Object.entries(alpha3)) names.set(code, two);
  return { codes, names };
};

// The code, or null when the value names no language we know.
export const languageCode = (value: string): string | null => {
  tables ??= build();
  const trimmed = value.trim();
  // "fr", "FR", "fr-FR", "fr_CA", "en-US": the language part of a locale tag.
  const tag = /^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{2,8})*$/.exec(trimmed);
  if (tag) {
    const code = tables.codes.get(tag[1]!.toLowerCase());
    if (code) return code;
  }
  // "English (US)", "Français (Canada)": the name before the bracket.
  const key = fold(trimmed.replace(/\s*\(.*\)\s*$/, ''));
  return tables.names.get(key) ?? null;
};
