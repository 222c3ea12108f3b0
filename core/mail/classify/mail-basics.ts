// The plain facts of a parsed message that every classification step reads: headers by name,
// addresses, Message-IDs and a text body (from HTML, or the raw body, when mailparser has none).
import type { AddressObject, ParsedMail } from 'mailparser';
import { lf, messageIdsIn } from './report-parts';

export type MailBasics = {
  header: (name: string) => string | null;
  messageId: string | null;
  from: { address: string; name: string };
  fromAddress: string | null;
  toAddresses: string[];
  subject: string;
  references: string[];
  returnPathEmpty: boolean;
  text: string;
};

const addressList = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : [])
    .flatMap((o) => o.value)
    .flatMap((a) => [a.address, ...(a.group ?? []).map((g) => g.address)])
    .filter((a): a is string => Boolean(a))
    .map((a) => a.toLowerCase());

const htmlToText = (html: string): string =>
  html
    .replace(/<(style|script)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|tr|li|h\d)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

// A body mailparser could not place (a boundary parameter on a line of its own): the raw text
// after the headers, without MIME boundary lines and part headers.
const rawBodyText = (raw: Buffer | string): string => {
  const text = lf(typeof raw === 'string' ? raw : raw.toString('latin1'));
  const body = text.slice(text.search(/\n\n/) + 2);
  return body
    .split(/\n(?=--)/)
    .map((part) => (part.startsWith('--') ? part.replace(/^--[^\n]*\n(?:[\w-]+:[^\n]*\n(?:[ \t][^\n]*\n)*|\S+=[^\n]*\n)*/, '') : part))
    .join('\n');
};

export const mailBasics = (parsed: ParsedMail, raw: Buffer | string): MailBasics => {
  const header = (name: string): string | null => {
    const line = parsed.headerLines.find((h) => h.key === name.toLowerCase())?.line;
    return line === undefined ? null : line.slice(line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
  };
  const from = (parsed.from?.value ?? [])[0];
  const inReplyTo = messageIdsIn(header('in-reply-to'));
  const references = messageIdsIn(header('references'));
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  const text = parsed.text?.trim() ? parsed.text : html ? htmlToText(html) : rawBodyText(raw);
  return {
    header,
    messageId: messageIdsIn(header('message-id'))[0] ?? null,
    from: { address: (from?.address ?? header('from') ?? '').toLowerCase(), name: from?.name ?? '' },
    fromAddress: from?.address?.toLowerCase() || null,
    toAddresses: [...new Set([...addressList(parsed.to), ...addressList(parsed.cc)])],
    subject: parsed.subject ?? '',
    references: [...new Set([...inReplyTo, ...references])],
    returnPathEmpty: /^<\s*>$/.test(header('return-path') ?? ''),
    text: lf(text),
  };
};
