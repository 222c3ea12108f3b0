import type { ProgramId, Settings } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { DAY_MS } from '../time-units';
import { getSettings } from '../settings/settings-store';
import { contactFileReader } from './outbox-facts';
import { CART_ENROL_DAYS, prepareMessages, reviewEnrolDays } from './prepare-messages';
import { OPEN_STATES_SQL, preparedWriter } from './save-prepared';
import { CHECKOUT_ENROL_DAYS, QUOTE_ENROL_DAYS, VIEW_ENROL_DAYS } from './stage-plans';
import { templateSource } from './template-source';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;
type Sqlite = Ctx['db']['$client'];

// Who may have something to plan: a recent cart, delivery, unpaid checkout, product viewed or
// quote, or a message still open. The unpaid checkouts are a seek on their own partial index
// (contact_events_unpaid_idx): walking every order of the type index took 37 ms at 304k events,
// the index 2 ms.
const candidatesOf = (sqlite: Sqlite, scope: string) =>
  sqlite.prepare(`SELECT contact_id AS id, 'cart-recovery' AS program FROM contact_events
      WHERE type = 'abandoned_cart' AND occurred_at >= @cart AND outcome <> 'recovered' ${scope}
    UNION SELECT contact_id, 'review-request' FROM contact_events WHERE type = 'delivery' AND occurred_at >= @delivery ${scope}
    UNION SELECT contact_id, 'checkout-unpaid' FROM contact_events
      WHERE type IN ('order', 'donation') AND outcome IN ('pending', 'failed') AND occurred_at >= @checkout ${scope}
    UNION SELECT contact_id, 'product-viewed' FROM contact_events WHERE type = 'product_viewed' AND occurred_at >= @viewed ${scope}
    UNION SELECT contact_id, 'quote-follow-up' FROM contact_events WHERE type = 'quote_sent' AND occurred_at >= @quote ${scope}
    UNION SELECT contact_id, program FROM outbox WHERE state IN (${OPEN_STATES_SQL}, 'queued', 'deferred', 'paused') ${scope}`);

// Brings the outbox up to date with the timeline: enrols recent carts and deliveries, and
// re-checks every open message (a new order cancels cart messages, an unsubscribe cancels all,
// the window moves them). Only contacts with something recent or open are read, so it stays
// cheap at 100k contacts; it runs before the outbox is shown and after anything changes it.
export const refreshOutbox = (ctx: Ctx, onlyContactIds?: readonly string[], settings: Settings = getSettings(ctx)): { contacts: number; written: number } => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  const candidates = new Map<string, Set<ProgramId>>();
  const since = {
    cart: now - CART_ENROL_DAYS * DAY_MS, delivery: now - reviewEnrolDays(settings.reviewRequest) * DAY_MS,
    checkout: now - CHECKOUT_ENROL_DAYS * DAY_MS, viewed: now - VIEW_ENROL_DAYS * DAY_MS, quote: now - QUOTE_ENROL_DAYS * DAY_MS,
  };
  // One contact (its panel, an edited message) is looked up by its id on the indexes; scanning
  // every recent cart to keep one took 13 ms a panel at 100k contacts, by id 1 ms.
  const rows = onlyContactIds
    ? onlyContactIds.flatMap((id) => candidatesOf(sqlite, 'AND contact_id = @id').all({ ...since, id }))
    : candidatesOf(sqlite, '').all(since);
  for (const { id, program } of rows as { id: string; program: ProgramId }[]) {
    const programs = candidates.get(id) ?? new Set<ProgramId>();
    programs.add(program);
    candidates.set(id, programs);
  }

  const read = contactFileReader(sqlite);
  const templates = templateSource(sqlite);
  const write = preparedWriter(sqlite);
  let written = 0;
  writeTransactionOn(sqlite, () => {
    for (const [id, programs] of candidates) {
      const file = read(id);
      if (!file) continue;
      const list = [...programs];
      written += write(id, prepareMessages(file, settings, templates, now, list), list, now);
    }
  });
  return { contacts: candidates.size, written };
};
