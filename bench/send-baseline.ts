// The baseline of the send benchmark (bench/send.ts), in a process of its own as `relance
// send-due` is: bare nodemailer sends the same rendered messages (it builds the MIME message, as
// Relance has nodemailer's composer do), with the same headers and envelope, over one reused
// STARTTLS connection, one after the other.
// Run by bench/send.ts: tsx bench/send-baseline.ts INPUT.json
import { readFileSync } from 'node:fs';
import { createTransport } from 'nodemailer';
import type { BaselineInput } from './send-seed';

const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as BaselineInput;
const transport = createTransport({
  host: '127.0.0.1',
  port: input.port,
  secure: false,
  requireTLS: true,
  auth: { user: input.user, pass: input.password },
  tls: { ca: [input.certPem] },
  pool: true,
  maxConnections: 1,
  maxMessages: Infinity,
});
let sent = 0;
for (const message of input.messages) {
  const headers: Record<string, string> = {};
  if (message.unsubscribe) headers['List-Unsubscribe'] = `<mailto:${message.unsubscribe.address}?subject=unsubscribe%20${message.unsubscribe.token}>`;
  if (message.listId) headers['List-Id'] = `${message.listId.name} <${message.listId.id}>`;
  await transport.sendMail({
    from: message.from,
    to: message.to,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.subject,
    text: message.text,
    ...(message.html === null ? {} : { html: message.html }),
    messageId: message.messageId,
    date: new Date(message.dateMs),
    headers,
    envelope: { from: message.from.address, to: [message.to.address] },
  });
  sent += 1;
}
transport.close();
process.stdout.write(`${JSON.stringify({ sent })}\n`);
