import MailComposer from 'nodemailer/lib/mail-composer';

// One outgoing message as Relance builds it (docs/practice.md, docs/sending.md): the sender's identity, a
// working opt-out, a Message-ID and Date fixed when it was queued, and nothing hidden (no
// tracking pixel, no rewritten links).
export type OutgoingMail = {
  from: { name: string; address: string };
  to: { name: string; address: string };
  replyTo: string | null;
  subject: string;
  text: string;
  // Null: plain text only (the reactivation message, as the practice says).
  html: string | null;
  messageId: string;
  dateMs: number;
  // The owner's address that reads unsubscribe requests, and this recipient's token.
  unsubscribe: { address: string; token: string } | null;
  // Names the stream of messages for filters: `<cart-recovery.example.com>`.
  listId: { name: string; id: string } | null;
};

// A line break in a header value would start a new header (injection): every value is one line
// before it reaches the composer, whatever the caller passed.
export const oneLine = (value: string): string => value.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '').trim();

// A display name for a structured header written raw: ASCII letters, digits and spaces only.
const asciiPhrase = (name: string): string => oneLine(name.normalize('NFKD')).replace(/[^\w .-]/g, '').trim() || 'Relance';

export const domainOf = (address: string): string => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

export const makeMessageId = (uuid: string, fromAddress: string): string => `<${uuid}@${domainOf(fromAddress)}>`;

export const unsubscribeHeader = ({ address, token }: { address: string; token: string }): string =>
  `<mailto:${oneLine(address)}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`;

export const composeMail = (mail: OutgoingMail): Promise<Buffer> => {
  // Prepared: written as given (already one line, ASCII-safe), not re-encoded as words.
  const headers: Record<string, { prepared: true; value: string }> = {};
  if (mail.unsubscribe) headers['List-Unsubscribe'] = { prepared: true, value: unsubscribeHeader(mail.unsubscribe) };
  if (mail.listId) headers['List-Id'] = { prepared: true, value: `${asciiPhrase(mail.listId.name)} <${oneLine(mail.listId.id).replace(/[^\w.-]/g, '')}>` };
  const composer = new MailComposer({
    from: { name: oneLine(mail.from.name), address: oneLine(mail.from.address) },
    to: { name: oneLine(mail.to.name), address: oneLine(mail.to.address) },
    ...(mail.replyTo ? { replyTo: oneLine(mail.replyTo) } : {}),
    subject: oneLine(mail.subject),
    text: mail.text,
    ...(mail.html === null ? {} : { html: mail.html }),
    messageId: mail.messageId,
    date: new Date(mail.dateMs),
    headers,
    // Our own Message-ID and Date are kept; nodemailer would otherwise make new ones.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return new Promise((resolve, reject) => {
    composer.compile().build((error, message) => (error ? reject(error) : resolve(message)));
  });
};
