import type { Settings } from '../../api';
import type { Db } from '../../db/open-database';
import { domainOf, type OutgoingMail } from '../mail/compose-mail';
import { unsubscribeLink } from '../templates/compose-message';
import { readMailbox } from './mailbox-store';
import { statement } from './statements';

type Sqlite = Db['$client'];

type Row = { email: string | null; firstName: string; lastName: string; program: string; subject: string; bodyText: string; bodyHtml: string; attempts: number };

// The message as it leaves, from its outbox row (the text the owner approved) and the mailbox.
export const messageFor = (
  sqlite: Sqlite,
  settings: Settings,
  id: string,
  fixed: { messageId: string; dateAt: number; token: string },
  mailbox = readMailbox(sqlite),
): { outgoing: OutgoingMail; attempts: number } | null => {
  const row = statement(sqlite, `SELECT c.email, c.first_name AS firstName, c.last_name AS lastName, o.program, o.subject, o.body_text AS bodyText, o.body_html AS bodyHtml,
      o.attempts FROM outbox o JOIN contacts c ON c.id = o.contact_id WHERE o.id = ?`).get(id) as Row | undefined;
  if (!row?.email || !mailbox) return null;
  const fromName = mailbox.fromName || settings.business.senderName || settings.business.name;
  const replyTo = mailbox.replyTo || settings.business.replyAddress || null;
  // The footer's unsubscribe link becomes the header's: the mailbox Relance reads, with the token.
  const planned = settings.business.replyAddress ? unsubscribeLink(settings.business.replyAddress) : null;
  const personal = (text: string) => (planned ? text.replaceAll(planned, unsubscribeLink(mailbox.fromAddress, fixed.token)) : text);
  return {
    attempts: row.attempts,
    outgoing: {
      from: { name: fromName, address: mailbox.fromAddress },
      to: { name: `${row.firstName} ${row.lastName}`.trim(), address: row.email },
      replyTo: replyTo === mailbox.fromAddress ? null : replyTo,
      subject: row.subject,
      text: personal(row.bodyText),
      // "Are you still interested?" goes as plain text only, as a person writes it (docs/practice.md).
      html: row.program === 'reactivation' || row.bodyHtml === '' ? null : personal(row.bodyHtml),
      messageId: fixed.messageId,
      dateMs: fixed.dateAt,
      // The opt-out goes to the mailbox Relance reads back, where the token finds the person.
      unsubscribe: { address: mailbox.fromAddress, token: fixed.token },
      listId: { name: settings.business.name || fromName, id: `${row.program}.${domainOf(mailbox.fromAddress)}` },
    },
  };
};
