import type { Db } from '../../db/open-database';
import { DAY_MS } from '../time-units';
import type { ClassifiedMail, FailedRecipient } from '../mail/classify/classified';
import { suppressionHash } from '../respect/suppression-hash';
import { countTemporaryFailure } from './temporary-failures';
import {
  addEvent, confirmSent, contactByAddress, emailKeyOf, failSent, lastSentTo, sentByReference, suppressContact, suppressHash, type SentRow,
} from './mail-effects';

type Sqlite = Db['$client'];

export type Counted = 'replies' | 'autoReplies' | 'bounces' | 'complaints' | 'unsubscribes' | 'sentConfirmed';

// What one message changed: the counters it adds to and the contacts to plan again. Empty when
// the message does not concern Relance (it is then left alone and nothing of it is kept).
export type MailEffect = { counted: Counted[]; contactIds: string[]; isSenderSide: boolean };

export type ArrivedMail = { mail: ClassifiedMail; arrivedAt: number };

const NOTHING: MailEffect = { counted: [], contactIds: [], isSenderSide: false };

// An automatic reply without a return date moves the next message this far.
const AWAY_DEFAULT_MS = 3 * DAY_MS;
const EXCERPT_CHARS = 600;

const oneLine = (text: string | null, max = 300): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
const excerptOf = (text: string): string => {
  const lines = text.split('\n').map((line) => line.trimEnd());
  return lines.slice(0, 12).join('\n').trim().slice(0, EXCERPT_CHARS);
};

// Who a reply is from, as Relance sees it: the person a referenced message went to, whatever
// address they answer from; else a contact's address, once Relance has written to them.
const replier = (sqlite: Sqlite, mail: ClassifiedMail, arrivedAt: number): { contactId: string; sent: SentRow } | null => {
  const sent = sentByReference(sqlite, mail.references);
  if (sent) return { contactId: sent.contactId, sent };
  const contactId = contactByAddress(sqlite, mail.fromAddress);
  const last = contactId ? lastSentTo(sqlite, contactId, arrivedAt) : null;
  return contactId && last ? { contactId, sent: last } : null;
};

const unsubscribeByToken = (sqlite: Sqlite, { mail, arrivedAt }: ArrivedMail, now: number): string[] | null => {
  if (!mail.unsubscribeToken) return null;
  const row = sqlite.prepare('SELECT contact_id AS contactId, email_hash AS emailHash FROM unsubscribe_tokens WHERE token = ?').get(mail.unsubscribeToken) as
    | { contactId: string | null; emailHash: string }
    | undefined;
  if (!row) return null;
  suppressHash(sqlite, row.emailHash, 'unsubscribed', now);
  const alive = row.contactId ? (sqlite.prepare('SELECT id FROM contacts WHERE id = ?').pluck().get(row.contactId) as string | undefined) : undefined;
  if (!alive) return [];
  suppressContact(sqlite, alive, 'unsubscribed', arrivedAt);
  addEvent(sqlite, {
    contactId: alive, type: 'unsubscribed', at: arrivedAt, reference: mail.messageId, status: 'link',
    note: `Asked to unsubscribe through the link in a message: an email from ${mail.fromAddress ?? 'an unknown address'}, subject "${oneLine(mail.subject)}".`,
  }, now);
  return [alive];
};

const applyReply = (sqlite: Sqlite, arrived: ArrivedMail, now: number): MailEffect => {
  const { mail, arrivedAt } = arrived;
  const who = replier(sqlite, mail, arrivedAt);
  if (!who) return NOTHING;
  addEvent(sqlite, { contactId: who.contactId, type: 'reply', at: arrivedAt, reference: mail.messageId, status: oneLine(mail.subject), note: excerptOf(mail.newText) }, now);
  if (!mail.asksToStop) return { counted: ['replies'], contactIds: [who.contactId], isSenderSide: false };
  suppressContact(sqlite, who.contactId, 'unsubscribed', arrivedAt);
  addEvent(sqlite, {
    contactId: who.contactId, type: 'unsubscribed', at: arrivedAt, reference: mail.messageId, status: 'reply',
    note: `Asked to stop in a reply from ${mail.fromAddress ?? 'an unknown address'}: "${oneLine(mail.newText, 200)}"`,
  }, now);
  return { counted: ['replies', 'unsubscribes'], contactIds: [who.contactId], isSenderSide: false };
};

const applyAutoReply = (sqlite: Sqlite, { mail, arrivedAt }: ArrivedMail, now: number): MailEffect => {
  const who = replier(sqlite, mail, arrivedAt);
  if (!who) return NOTHING;
  const back = mail.returnsOn ? Date.parse(`${mail.returnsOn}T00:00:00Z`) : NaN;
  const awayUntil = Number.isFinite(back) && back > arrivedAt ? back : arrivedAt + AWAY_DEFAULT_MS;
  sqlite.prepare('UPDATE contacts SET away_until = max(coalesce(away_until, 0), ?), updated_at = ? WHERE id = ?').run(awayUntil, now, who.contactId);
  addEvent(sqlite, { contactId: who.contactId, type: 'auto_reply', at: arrivedAt, reference: mail.messageId, status: mail.returnsOn, note: oneLine(mail.subject) }, now);
  return { counted: ['autoReplies'], contactIds: [who.contactId], isSenderSide: false };
};

// The contact a failed recipient names, else the one the original message went to.
const failedContact = (sqlite: Sqlite, recipient: FailedRecipient, original: SentRow | null, isOnly: boolean): string | null =>
  contactByAddress(sqlite, recipient.address) ?? (original && (isOnly || recipient.address === null) ? original.contactId : null);

const describeFailure = (recipient: FailedRecipient): string =>
  [recipient.status, recipient.reason, recipient.diagnostic ? oneLine(recipient.diagnostic, 400) : null].filter(Boolean).join(' ');

const applyBounce = (sqlite: Sqlite, { mail, arrivedAt }: ArrivedMail, now: number): MailEffect => {
  const original = sentByReference(sqlite, mail.references);
  const contactIds: string[] = [];
  let isSenderSide = false;
  for (const recipient of mail.recipients) {
    const contactId = failedContact(sqlite, recipient, original, mail.recipients.length === 1);
    if (!contactId) continue;
    contactIds.push(contactId);
    const sent = original?.contactId === contactId ? original : lastSentTo(sqlite, contactId, arrivedAt);
    const words = describeFailure(recipient);
    if (recipient.permanent) {
      if (sent) failSent(sqlite, sent, `bounced later: ${words}`, recipient.status, recipient.diagnostic, now);
      suppressContact(sqlite, contactId, 'bounced', now);
      addEvent(sqlite, { contactId, type: 'bounced', at: arrivedAt, reference: sent?.messageId ?? null, status: recipient.reason, note: `The address bounced: ${words}` }, now);
      continue;
    }
    const key = emailKeyOf(recipient.address) ?? emailKeyOf(sqlite.prepare('SELECT email FROM contacts WHERE id = ?').pluck().get(contactId) as string | null);
    const verdict = key ? countTemporaryFailure(sqlite, suppressionHash(key), recipient, arrivedAt, now) : { isSenderSide: false, isSuppressed: false, count: 1 };
    isSenderSide ||= verdict.isSenderSide;
    addEvent(sqlite, { contactId, type: 'soft_bounce', at: arrivedAt, reference: sent?.messageId ?? null, status: recipient.reason, note: `Temporary delivery failure: ${words}` }, now);
    if (verdict.isSuppressed) {
      addEvent(sqlite, { contactId, type: 'bounced', at: arrivedAt, reference: sent?.messageId ?? null, status: recipient.reason, note: `The address bounced: ${verdict.count} temporary failures over several days` }, now);
    }
  }
  return contactIds.length > 0 ? { counted: ['bounces'], contactIds, isSenderSide } : NOTHING;
};

const applyComplaint = (sqlite: Sqlite, { mail, arrivedAt }: ArrivedMail, now: number): MailEffect => {
  const original = sentByReference(sqlite, mail.references);
  const contactIds = new Set<string>();
  const named = mail.recipients.map((recipient) => contactByAddress(sqlite, recipient.address)).filter((id): id is string => id !== null);
  for (const id of named.length > 0 ? named : original ? [original.contactId] : []) contactIds.add(id);
  for (const contactId of contactIds) {
    suppressContact(sqlite, contactId, 'complained', arrivedAt);
    addEvent(sqlite, {
      contactId, type: 'unsubscribed', at: arrivedAt, reference: original?.messageId ?? null, status: 'complaint',
      note: `Marked a message as spam (a ${mail.feedbackType ?? 'feedback'} report from their provider): no message will go to them again.`,
    }, now);
  }
  return contactIds.size > 0 ? { counted: ['complaints'], contactIds: [...contactIds], isSenderSide: false } : NOTHING;
};

// A delivery notice for a message whose fate was unknown settles it.
const applyDelivered = (sqlite: Sqlite, { mail }: ArrivedMail, now: number): MailEffect => {
  const sent = sentByReference(sqlite, mail.references);
  if (!sent || !confirmSent(sqlite, sent, 'a delivery notice says it arrived', now)) return NOTHING;
  return { counted: ['sentConfirmed'], contactIds: [sent.contactId], isSenderSide: false };
};

export const applyMail = (sqlite: Sqlite, arrived: ArrivedMail, now: number): MailEffect => {
  const { mail } = arrived;
  if (mail.kind === 'bounce') return applyBounce(sqlite, arrived, now);
  if (mail.kind === 'complaint') return applyComplaint(sqlite, arrived, now);
  if (mail.kind === 'delivered') return applyDelivered(sqlite, arrived, now);
  const unsubscribed = unsubscribeByToken(sqlite, arrived, now);
  if (unsubscribed) return { counted: ['unsubscribes'], contactIds: unsubscribed, isSenderSide: false };
  if (mail.kind === 'auto-reply') return applyAutoReply(sqlite, arrived, now);
  if (mail.kind === 'reply') return applyReply(sqlite, arrived, now);
  return NOTHING;
};
