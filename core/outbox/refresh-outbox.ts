import type { ProgramId } from '../../api';
import type { CoreContext } from '../context';
import { DAY_MS } from '../programs/program-types';
import { getSettings } from '../settings/settings-store';
import { contactFileReader } from './outbox-facts';
import { CART_ENROL_DAYS, prepareMessages } from './prepare-messages';
import { preparedWriter } from './save-prepared';
import { templateSource } from './template-source';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

// Brings the outbox up to date with the timeline: enrols recent carts and deliveries, and
// re-checks every open message (a new order cancels cart messages, an unsubscribe cancels all,
// the window moves them). Only contacts with something recent or open are read, so it stays
// cheap at 100k contacts; it runs before the outbox is shown and after anything changes it.
export const refreshOutbox = (ctx: Ctx, onlyContactIds?: readonly string[]): { contacts: number; written: number } => {
  const sqlite = ctx.db.$client;
  const settings = getSettings(ctx);
  const now = ctx.clock.now().getTime();
  const reviewDays = settings.reviewRequest.afterDays + settings.reviewRequest.reminderDays + 14;
  const candidates = new Map<string, Set<ProgramId>>();
  const add = (id: string, program: ProgramId) => {
    if (onlyContactIds && !onlyContactIds.includes(id)) return;
    const programs = candidates.get(id) ?? new Set<ProgramId>();
    programs.add(program);
    candidates.set(id, programs);
  };
  const recent = sqlite.prepare('SELECT DISTINCT contact_id FROM contact_events WHERE type = ? AND occurred_at >= ?').pluck();
  for (const id of recent.all('abandoned_cart', now - CART_ENROL_DAYS * DAY_MS) as string[]) add(id, 'cart-recovery');
  for (const id of recent.all('delivery', now - reviewDays * DAY_MS) as string[]) add(id, 'review-request');
  const open = sqlite.prepare(`SELECT DISTINCT contact_id AS id, program FROM outbox WHERE state IN ('scheduled', 'needs-attention', 'approved')`);
  for (const row of open.all() as { id: string; program: ProgramId }[]) add(row.id, row.program);

  const read = contactFileReader(sqlite);
  const templates = templateSource(sqlite);
  const write = preparedWriter(sqlite);
  let written = 0;
  sqlite.transaction(() => {
    for (const [id, programs] of candidates) {
      const file = read(id);
      if (!file) continue;
      const list = [...programs];
      written += write(id, prepareMessages(file, settings, templates, now, list), list, now);
    }
  })();
  return { contacts: candidates.size, written };
};
