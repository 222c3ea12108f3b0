import type { Settings } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { getSettings } from '../settings/settings-store';
import { DAY_MS } from '../time-units';
import { contactFileReader } from './outbox-facts';
import { prepareMessages } from './prepare-messages';
import { preparedWriter } from './save-prepared';
import { templateSource } from './template-source';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

// A reactivation campaign on a segment's members: each gets one message now or, when the
// caps say not yet, at the first allowed date, with the reason. Nobody is dropped silently.
export const startReactivation = (
  ctx: Ctx,
  contactIds: readonly string[],
  settings: Settings = getSettings(ctx),
): { planned: number; deferred: number; skipped: number } => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  const read = contactFileReader(sqlite);
  const templates = templateSource(sqlite);
  const write = preparedWriter(sqlite);
  const result = { planned: 0, deferred: 0, skipped: 0 };
  writeTransactionOn(sqlite, () => {
    for (const id of contactIds) {
      const file = read(id);
      if (!file) continue;
      const prepared = prepareMessages(file, settings, templates, now, ['reactivation']);
      write(id, prepared, ['reactivation'], now);
      for (const { planned } of prepared) {
        if (planned.state === 'cancelled') result.skipped += 1;
        else if (planned.scheduledAt > now + DAY_MS || planned.state === 'needs-attention') result.deferred += 1;
        else result.planned += 1;
      }
    }
  });
  return result;
};
