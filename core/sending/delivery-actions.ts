import type { OutboxEntry } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { requireEntry } from '../outbox/outbox-entries';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

const load = (ctx: Ctx, id: string): OutboxEntry => requireEntry(ctx.db.$client, id);

// "Approve what is due": every scheduled message whose time has come, as the plan stands now.
export const approveDue = (ctx: Ctx): { approved: number } => {
  const now = ctx.clock.now().getTime();
  const sqlite = ctx.db.$client;
  const approved = writeTransactionOn(sqlite, () =>
    sqlite.prepare(`UPDATE outbox SET state = 'approved', updated_at = ? WHERE state = 'scheduled' AND scheduled_at <= ?`).run(now, now).changes);
  return { approved };
};

const fromUnknown = (ctx: Ctx, id: string, state: 'queued' | 'cancelled', reason: string): OutboxEntry => {
  const entry = load(ctx, id);
  if (entry.state !== 'unknown') throw new DomainError('CONFLICT', `This message is ${entry.state}: only a message whose delivery is unknown can be sent again or dropped here.`);
  const now = ctx.clock.now().getTime();
  writeTransactionOn(ctx.db.$client, () =>
    ctx.db.$client.prepare(`UPDATE outbox SET state = ?, reason = reason || '; ' || ?, next_attempt_at = NULL, updated_at = ? WHERE id = ? AND state = 'unknown'`)
      .run(state, reason, now, id));
  return load(ctx, id);
};

// The owner looked in their Sent folder and did not find it: it goes again, with the same
// Message-ID, so a copy that did arrive is recognised as the same message by mail programs.
export const retryUnknown = (ctx: Ctx, { id }: { id: string }): OutboxEntry => fromUnknown(ctx, id, 'queued', 'the owner checked and asked to send it again');

export const dropUnknown = (ctx: Ctx, { id }: { id: string }): OutboxEntry => fromUnknown(ctx, id, 'cancelled', 'dropped by the owner after an unknown delivery');
