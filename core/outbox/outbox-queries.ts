import type { OutboxEntry, OutboxListInput, OutboxPage, OutboxView, Settings } from '../../api';
import type { CoreContext } from '../context';
import { endOfLocalDay } from '../programs/send-window';
import { getSettings } from '../settings/settings-store';
import { nextMessageOf, outboxPage } from './outbox-entries';
import { refreshOutbox } from './refresh-outbox';
import { runDueReactivation } from './scheduled-reactivation';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;
type PageInput = { view: OutboxView; contactId?: string | undefined; offset: number; limit: number };

// Brings the whole outbox up to date: a reactivation campaign that is due, then every contact
// with something recent or open. Once per read of the outbox, not once per view or page.
export const updateOutbox = (ctx: Ctx, settings: Settings = getSettings(ctx)): void => {
  runDueReactivation(ctx, settings);
  refreshOutbox(ctx, undefined, settings);
};

// One page of one view, as it stands; "today" ends at the owner's local midnight.
export const readOutbox = (ctx: Ctx, settings: Settings, input: PageInput): OutboxPage =>
  outboxPage(ctx.db.$client, endOfLocalDay(ctx.clock.now().getTime(), settings.timeZone), input);

// The outbox is re-planned before its first page is read, so what the owner sees follows the
// timeline. A window showing more rows than one call returns (500) reads them from offset 0 in
// several calls; those after the first are of the same reading and are not planned again.
export const listOutbox = (ctx: Ctx, input: Required<Omit<OutboxListInput, 'contactId'>> & Pick<OutboxListInput, 'contactId'>): OutboxPage => {
  const settings = getSettings(ctx);
  if (input.offset === 0) {
    if (input.contactId) refreshOutbox(ctx, [input.contactId], settings);
    else updateOutbox(ctx, settings);
  }
  return readOutbox(ctx, settings, input);
};

export const nextMessage = (ctx: Ctx, contactId: string): OutboxEntry | null => {
  refreshOutbox(ctx, [contactId]);
  return nextMessageOf(ctx.db.$client, contactId);
};
