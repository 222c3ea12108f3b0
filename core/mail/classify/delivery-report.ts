// RFC 3464 delivery status notifications: one entry per recipient field group of a
// message/delivery-status part (or of the same fields found in a plain text body).
import { addressOf, fieldGroups, first, isAddress, lf } from './report-parts';

export type ReportEntry = {
  address: string | null;
  status: string | null;       // the Status: field's code
  action: string;              // failed, delayed, delivered, relayed, expanded (lower case)
  diagnostic: string;          // Diagnostic-Code text without its type
  diagnosticType: string;      // SMTP, X-UNIX, … (upper case) or ''
  remoteHost: string;          // Remote-MTA host name
  category: string | null;     // X-PowerMTA-BounceCategory, when PowerMTA wrote the report
};

const recipientOf = (group: Map<string, string[]>): string | null => {
  // Final-Recipient can be a local form ("rfc822;@relay:user@host") that is no address at all
  for (const field of ['final-recipient', 'original-recipient', 'x-actual-recipient']) {
    const address = addressOf(first(group, field));
    if (address && isAddress(address)) return address;
  }
  return null;
};

const diagnosticOf = (value: string | null): { text: string; type: string } => {
  if (!value) return { text: '', type: '' };
  const typed = /^\s*([A-Za-z][\w-]*)\s*;\s*([\s\S]*)$/.exec(value);
  if (typed) return { text: typed[2]!.trim(), type: typed[1]!.toUpperCase() };
  return { text: value.trim(), type: '' };
};

export const readDeliveryStatus = (text: string): ReportEntry[] =>
  fieldGroups(text)
    .filter((g) => g.has('final-recipient') || g.has('original-recipient') || (g.has('action') && g.has('status')))
    .map((group) => {
      const diagnostic = diagnosticOf(first(group, 'diagnostic-code'));
      return {
        address: recipientOf(group),
        status: /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(first(group, 'status') ?? '')?.[1] ?? null,
        action: (first(group, 'action') ?? '').trim().toLowerCase().split(/\s/)[0] ?? '',
        diagnostic: diagnostic.text,
        diagnosticType: diagnostic.type,
        category: first(group, 'x-powermta-bouncecategory'),
        remoteHost: (first(group, 'remote-mta') ?? '').replace(/^\s*dns\s*;\s*/i, '').split(/[\s(\[]/)[0] ?? '',
      };
    });

// True when a text has the fields of a delivery status part (some gateways inline them).
export const looksLikeDeliveryStatus = (text: string): boolean =>
  /^(final|original)-recipient\s*:/im.test(text) && /^(action|status)\s*:/im.test(text);

const commandNames: Array<[RegExp, string]> = [
  [/rcpt\s+to/i, 'RCPT'], [/mail\s+from/i, 'MAIL'], [/\bdata\b/i, 'DATA'], [/\behlo\b/i, 'EHLO'],
  [/\bhelo\b/i, 'HELO'], [/initial connection|connect(ion)? to\b/i, 'CONN'], [/starttls/i, 'STARTTLS'],
];

const nameOf = (phrase: string): string => commandNames.find(([p]) => p.test(phrase))?.[1] ?? '';

// The SMTP command the remote server answered, as bounce texts report it: Postfix "(in reply to
// RCPT TO command)", Exim "after RCPT TO:", Sendmail's ">>> RCPT To:" transcript, "did not like our RCPT TO".
export const commandIn = (text: string): string => {
  const flat = lf(text).replace(/\s+/g, ' ');
  const replied = /in reply to (rcpt to|mail from|end of data|data|helo|ehlo|starttls)/i.exec(flat)?.[1];
  if (replied) return nameOf(replied);
  const after = /\b(?:after|like our) (rcpt to|mail from|end of data|data|initial connection|helo|ehlo)/i.exec(flat)?.[1];
  if (after) return nameOf(after);
  const sent = [...lf(text).matchAll(/^>>> (\w+(?: \w+)?)/gm)].map((m) => m[1]!);
  const last = sent[sent.length - 1];
  if (last) return nameOf(last);
  return /\brcpt to\b/i.test(flat) && /\b5\d\d\b/.test(flat) ? 'RCPT' : '';
};

// The paragraph of a human-readable report that talks about one recipient.
export const paragraphAbout = (text: string, address: string): string => {
  const paragraphs = lf(text).split(/\n\s*\n/);
  const index = paragraphs.findIndex((p) => p.toLowerCase().includes(address));
  if (index < 0) return '';
  const next = paragraphs[index + 1] ?? '';
  // Sendmail puts the transcript in the paragraph after the address line
  return /^\s*(>>>|<<<|\.\.\. while talking)/m.test(next) ? `${paragraphs[index]}\n${next}` : paragraphs[index]!;
};

export const isSuccess = (entry: ReportEntry): boolean =>
  ['delivered', 'relayed', 'expanded'].includes(entry.action) || (entry.status?.startsWith('2.') ?? false);
