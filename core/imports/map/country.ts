import { fold } from './fold';

// Country as typed in an export ("FR", "France", "Belgique", "United States", "UK") into its
// ISO 3166-1 alpha-2 code. The names come from the ICU data Node ships (Intl.DisplayNames) in the
// languages our users' exports are written in, so every country is known in each of them
// without a hand-kept table.

const nameLocales = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl'];

// Region codes ICU names that are not countries (EU, UN, "Unknown Region"…) or only
// exceptionally reserved (Canary Islands, Ceuta…), so nobody is put in them by accident.
const notCountries = new Set(['EU', 'EZ', 'UN', 'ZZ', 'QO', 'XA', 'XB', 'AC', 'CP', 'CQ', 'DG', 'EA', 'IC', 'TA']);

// What exports write that is neither a code nor an ICU name.
const aliases: Record<string, string> = {
  usa: 'US',
  'u s a': 'US',
  'u s': 'US',
  'united states of america': 'US',
  america: 'US',
  'etats unis d amerique': 'US',
  'great britain': 'GB',
  'grande bretagne': 'GB',
  england: 'GB',
  angleterre: 'GB',
  scotland: 'GB',
  ecosse: 'GB',
  wales: 'GB',
  'pays de galles': 'GB',
  'northern ireland': 'GB',
  'irlande du nord': 'GB',
  holland: 'NL',
  hollande: 'NL',
  'the netherlands': 'NL',
  'les pays bas': 'NL',
  el: 'GR',
  // ISO alpha-3 codes of the countries our users mostly deal with.
  fra: 'FR',
  bel: 'BE',
  che: 'CH',
  can: 'CA',
  gbr: 'GB',
  deu: 'DE',
  esp: 'ES',
  ita: 'IT',
  nld: 'NL',
  lux: 'LU',
  prt: 'PT',
  pol: 'PL',
  aut: 'AT',
  irl: 'IE',
  mco: 'MC',
};

type Tables = { codes: Map<string, string>; names: Map<string, string> };
let tables: Tables | null = null;

const canonicalRegion = (code: string): string | null => {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0]?.split('-')[1] ?? null;
  } catch {
    return null;
  }
};

// Built on first use: 676 codes × 8 languages take a few milliseconds, once.
const build = (): Tables => {
  const codes = new Map<string, string>();
  const names = new Map<string, string>();
  const displays = nameLocales.map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      if (notCountries.has(code) || displays[0]!.of(code) === undefined) continue;
      // Retired codes (UK, DD, BU…) answer to the country that replaced them.
      const canonical = canonicalRegion(code) ?? code;
      codes.set(code, canonical);
      if (canonical !== code) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (!name) continue;
        const key = fold(name);
        if (!names.has(key)) names.set(key, code);
        // "Myanmar (Burma)", "Congo - Kinshasa": the part before the bracket or dash too.
        const short = fold(name.replace(/\s*[(–-].*$/, ''));
        if (short && !names.has(short)) names.set(short, code);
      }
    }
  }
  for (const [alias, code] of Object.entries(aliases)) names.set(alias, code);
  return { codes, names };
};

// The code, or null when the value names no country we know.
export const countryCode = (value: string): string | null => {
  tables ??= build();
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = tables.codes.get(trimmed.toUpperCase());
    if (code) return code;
  }
  const key = fold(trimmed);
  return tables.names.get(key) ?? tables.names.get(key.replace(/^(the|la|le|les|l) /, '')) ?? null;
};
