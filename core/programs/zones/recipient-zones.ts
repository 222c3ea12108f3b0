import { DAY_MS } from '../../time-units';
import { nextInWindowAll, type SendWindow } from '../send-window';
import { COUNTRY_ZONES, type CountryZones } from './country-zones';
import { postalTarget } from './postal-zones';
import { SINGLE_ZONE } from './single-zones';

// Where the send window of one recipient is read (docs/practice.md: "in the recipient's time zone").
// `timeZone` is the zone the window is read in; `alsoIn`, other zones where it must hold too (a
// contact in the United States without a state gets the hours that are working hours from New York
// to Los Angeles). `movedWords` follows "inside the send window (…)" in a reason; `note` is said in
// the reason of every message of this recipient.
export type ZonePlan = { timeZone: string; alsoIn: readonly string[]; movedWords: string | null; note: string | null };

export type Whereabouts = { country: string | null; region: string | null; postalCode: string | null };

const only = (timeZone: string): ZonePlan => ({ timeZone, alsoIn: [], movedWords: null, note: null });

const many = (zones: readonly string[], movedWords: string): ZonePlan =>
  zones.length === 1 ? only(zones[0]!) : { timeZone: zones[0]!, alsoIn: zones.slice(1), movedWords, note: null };

// "Québec", "quebec", "QC", "CA-QC" and "qc." read the same.
const fold = (value: string): string =>
  value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const regionIndexes = new Map<string, Map<string, string>>();
const regionIndex = (country: string, zones: CountryZones): Map<string, string> => {
  let index = regionIndexes.get(country);
  if (!index) {
    index = new Map();
    for (const [code, { names }] of Object.entries(zones.regions)) {
      index.set(fold(code), code);
      for (const name of names) index.set(fold(name), code);
    }
    regionIndexes.set(country, index);
  }
  return index;
};

// The region's code in the country's table, from its code or name ("NY", "New York", "US-NY").
export const regionCode = (country: string, region: string): string | null => {
  const zones = COUNTRY_ZONES[country];
  if (!zones) return null;
  const index = regionIndex(country, zones);
  const folded = fold(region);
  const prefix = `${country.toLowerCase()} `;
  return index.get(folded) ?? (folded.startsWith(prefix) ? (index.get(folded.slice(prefix.length)) ?? null) : null);
};

// The zones a region or a postal code names, or null when neither says anything we know.
const exactZones = (country: string, zones: CountryZones, who: Whereabouts): { zones: readonly string[]; said: string } | null => {
  const fromRegion = who.region?.trim() ? regionCode(country, who.region) : null;
  if (fromRegion) return { zones: zones.regions[fromRegion]!.zones, said: `the region ${fromRegion}` };
  const target = who.postalCode?.trim() ? postalTarget(country, who.postalCode) : null;
  if (target === null) return null;
  const said = `the postal code ${who.postalCode!.trim()}`;
  if (target.includes('/')) return { zones: [target], said };
  const known = zones.regions[target];
  return known ? { zones: known.zones, said } : null;
};

// Whether the zones share an hour of the window in the week from `now`: asked once per country,
// window and day, not for every message.
const shared = new Map<string, boolean>();
const shareAnHour = (country: string, zones: readonly string[], window: SendWindow, now: number): boolean => {
  const key = `${country}|${window.days.join(',')}|${window.startHour}-${window.endHour}|${Math.floor(now / DAY_MS)}`;
  let answer = shared.get(key);
  if (answer === undefined) {
    if (shared.size > 1000) shared.clear();
    answer = nextInWindowAll(now, window, zones) !== null;
    shared.set(key, answer);
  }
  return answer;
};

const cityOf = (zone: string): string => zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');

export const recipientZones = (who: Whereabouts, ownerZone: string, window: SendWindow, now: number): ZonePlan => {
  const country = who.country;
  if (!country) return only(ownerZone);
  const single = SINGLE_ZONE[country];
  if (single) return only(single);
  const zones = COUNTRY_ZONES[country];
  // A country of several zones not in the table is not guessed: the owner's time applies.
  if (!zones) return only(ownerZone);
  const exact = exactZones(country, zones, who);
  if (exact) return many(exact.zones, `in every time zone of ${exact.said}`);
  if (shareAnHour(country, zones.mainland, window, now)) {
    return many(zones.mainland, `in every mainland time zone of ${zones.name}, as no region or postal code says which`);
  }
  return {
    ...only(zones.capital),
    note: `${cityOf(zones.capital)} time: the mainland time zones of ${zones.name} share no hour of the send window, so the capital's applies`,
  };
};
