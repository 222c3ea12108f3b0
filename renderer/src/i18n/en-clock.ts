// English texts of the owner's clock, spread into en.ts; fr-clock.ts has the same keys.
export const enClock = {
  'clock.zoneNote': 'Times are in {zone} ({offset}), the time zone set under Messages → Business and sending.',
  'clock.bothZones': '{their} their time, {yours} yours',
  'clock.reason.theirZone': 'in their time zone ({zone})',
  'clock.reason.windowTheirs': '{window}, their time',
  'log.stalledSinceHint': 'They become a prospect, stalled since the last exchange above, and the exchange goes on their timeline.',
} as const;
