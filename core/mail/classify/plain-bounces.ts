// Bounces that are not RFC 3464 reports: qmail, Exim, Gmail, Yahoo, Exchange 2003, Domino,
// OpenSMTPD, DragonFly, Zoho, mail.ru, 1&1, Verizon, … They share a shape: a few sentences naming
// the failed addresses and the remote server's words, then a copy of the original message.
import { addressesIn, lf } from './report-parts';

export type PlainFailure = { address: string; diagnostic: string };
export type PlainBounce = { failures: PlainFailure[]; errorText: string; original: string };

// Where the copy of the original message starts (one marker per MTA family).
const originalMarkers = [
  /^-+ ?this is a copy of (the|your) message/im, // Exim
  /^-+ ?(the )?header of the original message/im, // 1&1, GMX
  /^-+ ?below this line is a copy of the message/im, // qmail, Yahoo
  /^-+ ?original message -+/im, // Gmail
  /^included is a copy of the message header/im, // MXLogic
  /^\s*below is a copy of the original message/im, // OpenSMTPD
  /^message headers follow/im, // DragonFly
  /^original message headers:/im, // Exchange Online
  /^-+ ?(undelivered|returned|original) message/im,
  /^content-type: message\/rfc822/im,
];
// Otherwise the first line of a header block (Zoho writes "Message-ID:<…>" without a space).
const headerStart = /^(received|return-path|message-id|dkim-signature|delivered-to|x-[\w-]+):/im;

const splitAtOriginal = (text: string): { errorText: string; original: string } => {
  const cuts = originalMarkers.map((m) => m.exec(text)?.index ?? -1).filter((i) => i >= 0);
  const header = headerStart.exec(text)?.index ?? -1;
  const cut = cuts.length > 0 ? Math.min(...cuts) : header;
  if (cut < 0) return { errorText: text, original: '' };
  const original = text.slice(cut).replace(/^[^\n]*\n/, (line) => (/^[\w-]+:/.test(line) ? line : ''));
  return { errorText: text.slice(0, cut), original };
};

// Sentences after which the failed addresses are listed.
const listIntro = /(following (recipient|address)|did not reach the following|was not delivered to|could not be delivered to|error (delivering|occurred)|unable to deliver your message|wasn't able to deliver|following list of recipients|returned permanent errors|address(es)? failed|recipient\(s\))/i;

const isDaemon = (address: string): boolean => /^(mailer-daemon|postmaster|post_master|mail-daemon|mdaemon|noreply|no-reply)@/i.test(address);

const candidates = (errorText: string, excluded: Set<string>): string[] => {
  const usable = (a: string) => !excluded.has(a) && !isDaemon(a);
  // "RCPT TO:<x>" names the recipient whatever the layout
  const rcpt = [...errorText.matchAll(/rcpt to:\s*<?([^\s<>]+@[^\s<>]+?)>?(?=[\s:>]|$)/gim)].map((m) => m[1]!.toLowerCase());
  const intro = listIntro.exec(errorText);
  const listed = addressesIn(intro ? errorText.slice(intro.index) : errorText);
  const all = [...rcpt, ...listed, ...addressesIn(errorText)].filter(usable);
  const firstOne = all[0];
  if (!firstOne) return [];
  // Further recipients only where a line starts with one (several failed recipients in a list)
  const lineLed = [...errorText.matchAll(/^[\s"<]*([^\s"<>:@]+@[^\s"<>:]+?)[>":]*(\s|$)/gm)].map((m) => m[1]!.toLowerCase());
  return [...new Set([firstOne, ...lineLed.filter((a) => usable(a) && addressesIn(a).length === 1)])];
};

const hasErrorWords = (text: string): boolean => /\b[45]\d\d\b|[45]\.\d\.\d|user|mailbox|domain|host|reject|denied|exceed|full|quota|invalid|unknown|spam/i.test(text);

// The lines about one recipient: from the line naming it to the next recipient; when those lines
// say nothing useful (Verizon names the address last), the whole error text.
const diagnosticFor = (errorText: string, address: string, others: string[]): string => {
  const lines = errorText.split('\n');
  const start = lines.findIndex((l) => l.toLowerCase().includes(address));
  if (start < 0) return errorText;
  const end = lines.findIndex((l, i) => i > start && others.some((o) => o !== address && l.toLowerCase().includes(o)));
  const block = lines.slice(start, end < 0 ? undefined : end).join('\n');
  const rest = block.toLowerCase().split(address).join(' ');
  return hasErrorWords(rest) ? block : errorText;
};

export const readPlainBounce = (body: string, excluded: string[], failedHeader: string[]): PlainBounce => {
  const { errorText, original } = splitAtOriginal(lf(body));
  const skip = new Set(excluded.map((a) => a.toLowerCase()));
  const found = failedHeader.length > 0 ? failedHeader : candidates(errorText, skip);
  const failures = found.map((address) => ({ address, diagnostic: diagnosticFor(errorText, address, found) }));
  return { failures, errorText, original };
};

// Subjects and senders that only delivery reports use.
const reportSubject = /(undeliver|undelivered mail|returned mail|delivery status notification|delivery notification|failure notice|mail delivery fail|delivery fail|could not be delivered|non[- ]?delivery|mail system error|there was an error sending|returning message to sender|delivery has failed|nicht zustellbar|non distribu|non remis|no entregado|message not delivered|sorry, your message|warning: message|postmaster notify|mail failure)/i;
const reportSender = /^(mailer-daemon|postmaster|post_master|mail-daemon|mdaemon)@|^mailer-daemon$/i;
const reportName = /mail delivery (system|subsystem|service)|mailer[- ]daemon|postmaster/i;

export const looksLikeBounce = (from: { address: string; name: string }, subject: string, returnPathEmpty: boolean): boolean =>
  reportSender.test(from.address) || reportName.test(from.name) || (reportSubject.test(subject) && returnPathEmpty) ||
  (reportSubject.test(subject) && /^(undeliver|delivery status notification|failure notice|mail delivery failed|returned mail)/i.test(subject.trim()));
