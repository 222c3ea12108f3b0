import type { Settings } from '../../api';
import type { CoreContext } from '../context';
import { findSegment } from '../segments/find-segment';
import { findSaved } from '../segments/saved-segments';
import { getSettings } from '../settings/settings-store';
import { writeStoredValue } from '../settings/stored-values';
import { startReactivation } from './reactivation-campaign';
import { isCampaignDue, lastReactivationRun, LAST_RUN_KEY } from './reactivation-clock';
import { segmentMemberIds } from './segment-members';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

// "Let it run every 6 months": when the owner chose a rhythm and the last automatic campaign
// is that old, start one on the chosen segments. The per-contact caps still apply, so a person
// in two segments gets one message.
export const runDueReactivation = (ctx: Ctx, settings: Settings = getSettings(ctx)): { isDue: boolean; planned: number } => {
  const { reactivation } = settings;
  if (!reactivation.isEnabled || reactivation.autoEveryMonths === 0) return { isDue: false, planned: 0 };
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  if (!isCampaignDue(lastReactivationRun(sqlite), reactivation.autoEveryMonths, now)) return { isDue: false, planned: 0 };
  const ids = new Set<string>();
  for (const segmentId of reactivation.autoSegmentIds) {
    // A custom segment deleted since it was chosen: the others still run.
    if (!findSegment(segmentId) && !findSaved(ctx.db, segmentId)) continue;
    for (const id of segmentMemberIds(ctx, segmentId)) ids.add(id);
  }
  const result = startReactivation(ctx, [...ids], settings);
  writeStoredValue(sqlite, LAST_RUN_KEY, now);
  return { isDue: true, planned: result.planned + result.deferred };
};
