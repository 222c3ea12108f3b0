// What a postal code says of where a person lives, in the countries of country-zones.ts. Each
// rule gives a region code of that table (whose zones then apply) or a zone itself (with a "/").

// US ZIP codes by their first three digits, from the USPS ranges of each state. El Paso (798–799,
// 885) keeps Mountain time, unlike the rest of Texas.
const US_ZIP3: readonly [number, number, string][] = [
  [5, 5, 'NY'], [10, 27, 'MA'], [28, 29, 'RI'], [30, 38, 'NH'], [39, 49, 'ME'], [50, 59, 'VT'], [60, 69, 'CT'], [70, 89, 'NJ'],
  [100, 149, 'NY'], [150, 196, 'PA'], [197, 199, 'DE'], [200, 205, 'DC'], [206, 219, 'MD'], [220, 246, 'VA'], [247, 268, 'WV'],
  [270, 289, 'NC'], [290, 299, 'SC'], [300, 319, 'GA'], [320, 349, 'FL'], [350, 369, 'AL'], [370, 385, 'TN'], [386, 397, 'MS'],
  [398, 399, 'GA'], [400, 427, 'KY'], [430, 459, 'OH'], [460, 479, 'IN'], [480, 499, 'MI'], [500, 528, 'IA'], [530, 549, 'WI'],
  [550, 567, 'MN'], [570, 577, 'SD'], [580, 588, 'ND'], [590, 599, 'MT'], [600, 629, 'IL'], [630, 658, 'MO'], [660, 679, 'KS'],
  [680, 693, 'NE'], [700, 714, 'LA'], [716, 729, 'AR'], [730, 749, 'OK'], [750, 797, 'TX'], [798, 799, 'America/Denver'],
  [800, 816, 'CO'], [820, 831, 'WY'], [832, 838, 'ID'], [840, 847, 'UT'], [850, 865, 'AZ'], [870, 884, 'NM'], [885, 885, 'America/Denver'],
  [889, 898, 'NV'], [900, 961, 'CA'], [967, 968, 'HI'], [970, 979, 'OR'], [980, 994, 'WA'], [995, 999, 'AK'],
];

// Canadian postal codes by their first letter (the postal district).
const CA_LETTER: Readonly<Record<string, string>> = {
  A: 'NL', B: 'NS', C: 'PE', E: 'NB', G: 'QC', H: 'QC', J: 'QC', K: 'ON', L: 'ON', M: 'ON', N: 'ON', P: 'ON',
  R: 'MB', S: 'SK', T: 'AB', V: 'BC', X: 'NT', Y: 'YT',
};

// Prefix rules, the longest prefix that matches wins.
type Prefixes = readonly [string, string][];

// Australian postcodes: 02xx is the ACT, other 0xxx the Northern Territory; then one digit a state
// (8xxx and 9xxx are Victoria's and Queensland's large-volume codes).
const AU_PREFIXES: Prefixes = [
  ['02', 'ACT'], ['0', 'NT'], ['1', 'NSW'], ['2', 'NSW'], ['3', 'VIC'], ['4', 'QLD'], ['5', 'SA'], ['6', 'WA'], ['7', 'TAS'], ['8', 'VIC'], ['9', 'QLD'],
];

// Brazilian CEPs: every state on Brasília's time except these ranges.
const BR_PREFIXES: Prefixes = [
  ['699', 'AC'], ['693', 'RR'], ['69', 'AM'], ['768', 'RO'], ['769', 'RO'], ['78', 'MT'], ['79', 'MS'],
];

// Mexican códigos postales: the first two digits are the state.
const MX_PREFIXES: Prefixes = [
  ['21', 'BCN'], ['22', 'BCN'], ['23', 'BCS'], ['31', 'CHH'], ['32', 'CHH'], ['33', 'CHH'], ['63', 'NAY'], ['77', 'ROO'],
  ['80', 'SIN'], ['81', 'SIN'], ['82', 'SIN'], ['83', 'SON'], ['84', 'SON'], ['85', 'SON'],
];

const byPrefix = (prefixes: Prefixes, code: string): string | null => {
  let best: [string, string] | null = null;
  for (const rule of prefixes) if (code.startsWith(rule[0]) && (best === null || rule[0].length > best[0].length)) best = rule;
  return best?.[1] ?? null;
};

// A region code or a zone, or null when the code is not one of the country's or says nothing.
export const postalTarget = (country: string, postalCode: string): string | null => {
  const code = postalCode.toUpperCase().replace(/[\s.-]/g, '');
  switch (country) {
    case 'US': {
      if (!/^\d{5}(\d{4})?$/.test(code)) return null;
      const zip3 = Number(code.slice(0, 3));
      return US_ZIP3.find(([from, to]) => zip3 >= from && zip3 <= to)?.[2] ?? null;
    }
    case 'CA':
      return /^[A-Z]\d[A-Z](\d[A-Z]\d)?$/.test(code) ? (CA_LETTER[code[0]!] ?? null) : null;
    case 'AU':
      return /^\d{4}$/.test(code) ? byPrefix(AU_PREFIXES, code) : null;
    case 'BR':
      return /^\d{8}$/.test(code) ? (byPrefix(BR_PREFIXES, code) ?? 'SP') : null;
    case 'MX':
      return /^\d{5}$/.test(code) ? (byPrefix(MX_PREFIXES, code) ?? 'CMX') : null;
    default:
      return null;
  }
};
