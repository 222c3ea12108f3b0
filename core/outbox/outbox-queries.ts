import type { OutboxEntry, OutboxListInput, OutboxPage } from '../../api';
import type { CoreContext } from '../context';
import { nextMessageOf, outboxPage } from './outbox-entries';
import { refreshOutbox } from './refresh-outbox';
import { runDueReactivation } from './scheduled-reactivation';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

// The outbox is re-planned before it is read, so what the owner sees follows the timeline.
export const listOutbox = (ctx: Ctx, input: Required<Omit<OutboxListInput, 'contactId'>> & Pick<OutboxListInput, 'contactId'>): OutboxPage => {
  if (!input.contactId) runDueReactivation(ctx);
  refreshOutbox(ctx, input.contactId ? [input.contactId] : undefined);
  return outboxPage(ctx.db.$client, ctx.clock.now().getTime(), input);
};

export const nextMessage = (ctx: Ctx, contactId: string): OutboxEntry | null => {
  refreshOutbox(ctx, [contactId]);
  return nextMessageOf(ctx.db.$client, contactId);
};
