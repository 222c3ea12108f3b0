// ARF feedback-loop reports (RFC 5965) and Apple Mail's one-click unsubscribe notices: who
// complained and how (abuse, opt-out, auth-failure, …).
import { addressOf, addressesIn, fieldGroups, headerBlock, isAddress, first } from './report-parts';

export type Complaint = { feedbackType: string | null; recipients: string[] };

const unique = (values: string[]): string[] => [...new Set(values)];

// The complaining recipient: Original-Rcpt-To (RFC 5965 §3.2) or Removal-Recipient (older
// Microsoft reports) in the report part, else the To of the original message.
export const readFeedbackReport = (report: string, originalHeaders: string | null): Complaint => {
  const fields = new Map<string, string[]>();
  for (const group of fieldGroups(report)) for (const [k, v] of group) fields.set(k, [...(fields.get(k) ?? []), ...v]);
  const feedbackType = (first(fields, 'feedback-type') ?? '').trim().toLowerCase() || null;
  const named = [...(fields.get('original-rcpt-to') ?? []), ...(fields.get('removal-recipient') ?? [])]
    .map(addressOf)
    .filter((a): a is string => a !== null && isAddress(a));
  if (named.length > 0) return { feedbackType, recipients: unique(named) };
  const to = originalHeaders ? first(headerBlock(originalHeaders), 'to') : null;
  return { feedbackType, recipients: unique(to ? addressesIn(to) : []) };
};

// Apple Mail's "unsubscribe" button sends a plain message with X-Apple-Unsubscribe: true from the
// recipient's own address: an opt-out, as Sisimai's ARF module treats it.
export const isAppleUnsubscribe = (header: (name: string) => string | null): boolean =>
  header('x-apple-unsubscribe')?.trim().toLowerCase() === 'true';
