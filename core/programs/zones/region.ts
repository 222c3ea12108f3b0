// What a state, province or region names: its names as people write them, and every time zone it
// spans (the send window must hold in each: Tennessee is on Eastern and Central time).
export type RegionZones = { names: readonly string[]; zones: readonly string[] };

export const region = (zones: string | readonly string[], ...names: string[]): RegionZones => ({ names, zones: typeof zones === 'string' ? [zones] : zones });
