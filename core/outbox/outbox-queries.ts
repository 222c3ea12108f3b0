import type { OutboxEntry, OutboxListInput, OutboxPage } from '../../api';
import type { CoreContext } from '../context';
import { nextMessageOf, outboxPage } from './outbox-entries';
import { endOfLocalDay } from '../programs/send-window';
import { getSettings } from '../settings/settings-store';
import { refreshOutbox } from './refresh-outbox';
import { runDueReactivation } from './scheduled-reactivation';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

// The outbox is re-planned before it is read, so what the owner sees follows the timeline.
export const listOutbox = (ctx: Ctx, input: Required<Omit<OutboxListInput, 'contactId'>> & Pick<OutboxListInput, 'contactId'>): OutboxPage => {
  if (!input.contactId) runDueReactivation(ctx);
  refreshOutbox(ctx, input.contactId ? [input.contactId] : undefined);
  const endOfDay = endOfLocalDay(ctx.clock.now().getTime(), getSettings(ctx).timeZone);
  return outboxPage(ctx.db.$client, endOfDay, input);
};

export const nextMessage = (ctx: Ctx, contactId: string): OutboxEntry | null => {
  refreshOutbox(ctx, [contactId]);
  return nextMessageOf(ctx.db.$client, contactId);
};
