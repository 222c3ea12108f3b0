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
// with something recent or open. The scheduler runs it after changes and on its timer.
export const updateOutbox = (ctx: Ctx, settings: Settings = getSettings(ctx)): { contacts: number; written: number } => {
  runDueReactivation(ctx, settings);
  return refreshOutbox(ctx, undefined, settings);
};

// One page of one view, as it stands; "today" ends at the owner's local midnight.
export const readOutbox = (ctx: Ctx, settings: Settings, input: PageInput): OutboxPage =>
  outboxPage(ctx.db.$client, endOfLocalDay(ctx.clock.now().getTime(), settings.timeZone), input);

// Reading never writes (docs/architecture.md): the outbox is planned after each change and on the
// scheduler's timer, so what is read here is already up to date.
export const listOutbox = (ctx: Ctx, input: Required<Omit<OutboxListInput, 'contactId'>> & Pick<OutboxListInput, 'contactId'>): OutboxPage =>
  readOutbox(ctx, getSettings(ctx), input);

export const nextMessage = (ctx: Ctx, { contactId }: { contactId: string }): OutboxEntry | null => nextMessageOf(ctx.db.$client, contactId);
