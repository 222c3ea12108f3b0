import type { FieldIssue, ParsedInput } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { cleanText } from '../text/clean-text';
import { validationError } from '../errors';
import { assertContactExists, insertEvent, readEvent } from '../timeline/log-event';
import { readMoment } from '../timeline/read-event-input';
import { getContact } from './contacts-store';

type Input = ParsedInput<'prospects.logStalled'>;

// A prospect who went quiet: they become a prospect "stalled since" the last exchange the owner
// gives (now when they give none), their interest is noted, and that exchange goes on the
// timeline so "last contact" and the silent-prospects segment see it. Already stalled, the date
// only moves later: an older exchange logged afterwards does not say they went quiet earlier.
export const logStalledProspect = (ctx: Pick<CoreContext, 'db' | 'clock' | 'events'>, input: Input) => {
  const sqlite = ctx.db.$client;
  assertContactExists(sqlite, input.contactId);
  const now = ctx.clock.now().getTime();
  const issues: FieldIssue[] = [];
  const occurredAt = readMoment(input.lastExchangeAt, now, 'lastExchangeAt', issues);
  if (issues.length > 0) throw validationError(issues);
  const interest = cleanText(input.interest);
  const note = input.note.normalize('NFC').trim();
  const eventId = writeTransactionOn(sqlite, () => {
    const id = insertEvent(sqlite, input.contactId, { type: 'exchange', occurredAt, amountMinor: null, currency: null, reference: null, items: null, link: null, note: note || null, outcome: 'completed' }, now);
    sqlite
      .prepare(
        `UPDATE contacts SET kind = 'prospect',
           status_since = CASE WHEN prospect_status = 'stalled' AND status_since IS NOT NULL THEN max(status_since, ?) ELSE ? END,
           prospect_status = 'stalled',
           interest = CASE WHEN ? = '' THEN interest ELSE ? END,
           updated_at = ?
         WHERE id = ?`,
      )
      .run(occurredAt, occurredAt, interest, interest, now, input.contactId);
    return id;
  });
  ctx.events.emit({ type: 'contacts.changed', ids: [input.contactId] });
  return { contact: getContact(ctx, input.contactId), event: readEvent(sqlite, eventId) };
};
