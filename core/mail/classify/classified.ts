// What one message in the owner's mailbox is, as far as Relance is concerned (C7, docs/practice.md).
// Built from the raw bytes alone: the reader decides what it means for contacts and messages.

// reply: written by a person; auto-reply: out-of-office, autoresponder, challenge-response;
// bounce: a delivery report (RFC 3464 or a non-standard one) with at least one failed recipient;
// complaint: an ARF feedback report; delivered: a delivery *success* notice; other: none of these.
export const mailKinds = ['reply', 'auto-reply', 'bounce', 'complaint', 'delivered', 'other'] as const;
export type MailKind = (typeof mailKinds)[number];

// One failed recipient of a delivery report or complaint. `reason` uses Sisimai's words
// (userunknown, mailboxfull, expired, blocked, …; `feedback` for complaints); `permanent` says
// the address cannot receive (suppress now), otherwise the failure is temporary (count it).
export type FailedRecipient = {
  address: string | null;
  status: string | null;       // enhanced status such as 5.1.1, else null
  reason: string;
  permanent: boolean;
  diagnostic: string | null;   // the remote server's words, one line
};

export type ClassifiedMail = {
  kind: MailKind;
  messageId: string | null;            // without angle brackets
  fromAddress: string | null;          // lower-cased
  toAddresses: string[];               // To and Cc, lower-cased
  subject: string;
  // Message-IDs this message points at, without angle brackets: In-Reply-To and References,
  // and for reports the original message's Message-ID (attached message or headers).
  references: string[];
  recipients: FailedRecipient[];       // bounce and complaint only
  feedbackType: string | null;         // complaint only (abuse, opt-out, …)
  returnsOn: string | null;            // auto-reply only: the return date it gives, YYYY-MM-DD
  newText: string;                     // reply: the new text without the quoted part, trimmed
  asksToStop: boolean;                 // reply: the new text says stop / unsubscribe / désabonner…
  unsubscribeToken: string | null;     // a List-Unsubscribe mailto token found in the subject or body
};
