import type { Contact } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { recordAudit, originOf, type AuditOrigin } from '../respect/audit-log';
import { recordConsentChange } from '../respect/consent-history';
import { suppress } from '../respect/suppression-list';
import { getContact } from './contacts-store';
import { utcDay } from '../time-units';

type Sqlite = CoreContext['db']['$client'];
type Row = { emailKey: string | null; phone: string | null; unsubscribedAt: number | null };

// Every message not yet in the sender's hands, and those queued but not yet handed over (the
// sender takes a message only from `queued`); one in `sending` or done is never touched.
const STOPPABLE = `'scheduled', 'needs-attention', 'approved', 'queued', 'deferred', 'paused'`;

const HOW: Record<AuditOrigin, string> = {
  ui: 'the Unsubscribe action in Relance',
  cli: 'the relance unsubscribe command',
  import: 'an import',
  mailbox: 'a message read in the mailbox',
};

export const cancelPlannedFor = (sqlite: Sqlite, contactId: string, why: string, now: number): number =>
  sqlite
    .prepare(`UPDATE outbox SET state = 'cancelled', reason = reason || '; ' || ?, next_attempt_at = NULL, updated_at = ?
      WHERE contact_id = ? AND state IN (${STOPPABLE})`)
    .run(why, now, contactId).changes;

// A person's opt-out written down, inside the caller's transaction: the address and the number
// on the suppression list, what was planned cancelled, and (when not already so) the date on the
// contact, the consent history and the privacy log. `detail` ends the log's line. Returns how
// many planned messages were cancelled.
export const recordOptOut = (
  sqlite: Sqlite,
  id: string,
  row: Row,
  { at, evidence, origin, detail }: { at: number; evidence: string; origin: AuditOrigin; detail: string },
  now: number,
): number => {
  suppress(sqlite, { emailKey: row.emailKey, phone: row.phone }, 'unsubscribed', at);
  const count = cancelPlannedFor(sqlite, id, 'cancelled: they unsubscribed', now);
  if (row.unsubscribedAt !== null) return count;
  sqlite.prepare('UPDATE contacts SET unsubscribed_at = ?, updated_at = ? WHERE id = ?').run(at, now, id);
  // The contact keeps the basis it had, for the record; the history says it was withdrawn.
  recordConsentChange(sqlite, { contactId: id, basis: null, source: 'opt-out', evidence, consentAt: at, origin }, now);
  recordAudit(sqlite, { action: 'unsubscribe', origin, contactId: id, detail: `cancelled=${count}; ${detail}` }, now);
  return count;
};

// The owner records that a person asked to hear no more (docs/practice.md): the opt-out with its date
// and how it was recorded, what was planned cancelled, and the address and the number on the
// suppression list, which outlives the contact. Doing it again changes nothing.
export const unsubscribeContact = (ctx: CoreContext, { id }: { id: string }): Contact => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  const origin = originOf(ctx.info.host);
  const cancelled = writeTransactionOn(sqlite, () => {
    const row = sqlite
      .prepare(`SELECT email_key AS emailKey, phone, unsubscribed_at AS unsubscribedAt FROM contacts WHERE id = ?`)
      .get(id) as Row | undefined;
    if (!row) throw notFound('This contact');
    const evidence = `unsubscribed on ${utcDay(now)} through ${HOW[origin]}`;
    const listed = [row.emailKey ? 'email' : null, row.phone ? 'phone' : null].filter(Boolean).join('+') || 'none';
    return recordOptOut(sqlite, id, row, { at: now, evidence, origin, detail: `suppressed=${listed}` }, now);
  });
  ctx.events.emit({ type: 'contacts.changed', ids: [id] });
  if (cancelled > 0) ctx.events.emit({ type: 'outbox.changed' });
  return getContact(ctx, id);
};
