import type { OutboxEntry } from '../../api';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { stampMinute } from '../programs/program-types';
import { getSettings } from '../settings/settings-store';
import { hasFooter, renderFooter } from '../templates/compose-message';
import { textToHtml } from '../templates/text-to-html';
import { businessOf } from './message-context';
import { requireEntry } from './outbox-entries';
import { refreshOutbox } from './refresh-outbox';
import { refuseReviewPolicy } from './review-policy-hold';
import { OPEN_STATES } from './save-prepared';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;

const load = (ctx: Ctx, id: string): OutboxEntry => requireEntry(ctx.db.$client, id);

const refuse = (entry: OutboxEntry, action: string): never => {
  throw new DomainError('CONFLICT', `This message is ${entry.state.replace('-', ' ')}, so it cannot be ${action}.`);
};

const setState = (ctx: Ctx, id: string, state: string, extra = ''): void => {
  ctx.db.$client.prepare(`UPDATE outbox SET state = ?, updated_at = ?${extra} WHERE id = ?`).run(state, ctx.clock.now().getTime(), id);
};

export const approveMessage = (ctx: Ctx, { id }: { id: string }): OutboxEntry => {
  const entry = load(ctx, id);
  const { business } = getSettings(ctx);
  refuseReviewPolicy(entry, [business.name, business.senderName, business.postalAddress, business.replyAddress, entry.contact.firstName, entry.contact.lastName, entry.contact.email ?? '']);
  if (entry.state === 'needs-attention') throw new DomainError('CONFLICT', `This message needs attention first: ${entry.reason}.`);
  if (entry.state !== 'scheduled') refuse(entry, 'approved');
  setState(ctx, id, 'approved');
  return load(ctx, id);
};

export const skipMessage = (ctx: Ctx, { id }: { id: string }): OutboxEntry => {
  const entry = load(ctx, id);
  if (!OPEN_STATES.includes(entry.state)) refuse(entry, 'skipped');
  setState(ctx, id, 'skipped');
  return load(ctx, id);
};

// The owner rewrites this one message; the template is unchanged, and re-planning keeps the text.
// Whatever they write, it still ends with the sender's identity and the way to unsubscribe
// (docs/practice.md): a footer taken out of the text is put back. While the identity in Settings is
// incomplete there is no footer to add: the text is saved and the planner holds the message
// until the identity is filled and the text saved again with its footer.
export const editMessage = (ctx: Ctx, input: { id: string; subject: string; bodyText: string }): OutboxEntry => {
  const entry = load(ctx, input.id);
  if (!OPEN_STATES.includes(entry.state)) refuse(entry, 'edited');
  const subject = input.subject.replace(/[\r\n]+/g, ' ');
  const business = businessOf(getSettings(ctx));
  const values = { business_name: business.businessName, postal_address: business.postalAddress, reply_address: business.replyAddress };
  const footer = renderFooter(entry.language, values);
  const text = footer.ok && !hasFooter(input.bodyText, entry.language, values) ? `${input.bodyText.trimEnd()}\n\n${footer.text}` : input.bodyText;
  ctx.db.$client
    .prepare('UPDATE outbox SET subject = ?, body_text = ?, body_html = ?, is_edited = 1, updated_at = ? WHERE id = ?')
    .run(subject, text, textToHtml(text), ctx.clock.now().getTime(), input.id);
  refreshOutbox(ctx, [entry.contact.id]);
  return load(ctx, input.id);
};

// SMS and WhatsApp messages leave from the owner's phone; they say when it is done. The message
// passes the checks a message Relance sends passes just before it goes: planned again for this
// contact first, it must still be scheduled or approved, and its time must have come.
export const markMessageSent = (ctx: Ctx, { id }: { id: string }): OutboxEntry => {
  const before = load(ctx, id);
  if (before.channel === 'email') throw new DomainError('CONFLICT', 'Email messages are sent by Relance through your mailbox, not marked by hand.');
  refreshOutbox(ctx, [before.contact.id]);
  const entry = load(ctx, id);
  if (entry.state === 'needs-attention') throw new DomainError('CONFLICT', `This message needs attention first: ${entry.reason}.`);
  if (entry.state !== 'approved' && entry.state !== 'scheduled') {
    throw new DomainError('CONFLICT', `This message is ${entry.state.replace('-', ' ')}, so it cannot be marked as sent: ${entry.reason}.`);
  }
  const now = ctx.clock.now().getTime();
  if (Date.parse(entry.scheduledAt) > now) {
    throw new DomainError('CONFLICT', `This message can go from ${stampMinute(Date.parse(entry.scheduledAt))} UTC, not before: ${entry.reason}.`);
  }
  ctx.db.$client
    .prepare("UPDATE outbox SET state = 'sent', sent_at = ?, updated_at = ? WHERE id = ? AND state IN ('scheduled', 'approved')")
    .run(now, now, id);
  return load(ctx, id);
};
