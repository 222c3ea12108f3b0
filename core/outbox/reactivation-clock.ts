import type { Db } from '../../db/open-database';
import { addUtcMonths } from '../calendar/utc-months';
import { readStoredValue } from '../settings/stored-values';

// When the last automatic campaign ran: kept beside the settings but outside their schema, it
// is a fact about the past, not a choice.
export const LAST_RUN_KEY = 'reactivation.lastRunAt';

export const lastReactivationRun = (sqlite: Db['$client']): number | null => {
  const stored = readStoredValue(sqlite, LAST_RUN_KEY);
  return stored === undefined ? null : Number(stored);
};

// A campaign every `everyMonths` months is due when none ran yet or the last is that old.
export const isCampaignDue = (lastRun: number | null, everyMonths: number, now: number): boolean =>
  lastRun === null || addUtcMonths(lastRun, everyMonths) <= now;
