// One failed recipient from what a report says about it: status, reason and permanence.
import type { FailedRecipient } from './classified';
import { isPermanent, isTemporary, reasonOf, statusFor } from './bounce-reason';
import { commandIn } from './delivery-report';
import { remoteReason } from './remote-hosts';
import { preferredStatus, replyCodeIn } from './smtp-status';

export type FailureInput = {
  address: string | null;
  fieldStatus: string | null;   // Status: of a report, if any
  diagnostic: string;
  diagnosticType: string;
  context: string;              // surrounding text, to find the SMTP command
  action: string;
  hosts: string[];              // remote and reporting host names
  hint?: string;                // a reason the report's format states outright
};

// Multi-line SMTP replies repeat "550-5.7.1" at the start of every line; once folded into one
// line those repeats split phrases ("at a rate that 550-5.2.1 prevents additional messages").
const unfolded = (text: string): string => {
  let seen = false;
  return text.replace(/\b[245]\d\d[- ][245]\.\d{1,3}\.\d{1,3}\s+/g, (code) => {
    if (seen) return '';
    seen = true;
    return code;
  });
};

// Exim and qmail give up with these words after retrying for days: a temporary cause
// (Sisimai's Exim module sets a 4.x.x pseudo status for them).
const gaveUpRetrying = /retry timeout exceeded|retry time not reached|failing for a long time|delay reason:|has been frozen|was frozen on arrival/i;

const oneLine = (text: string): string | null => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line ? line.slice(0, 500) : null;
};

// Reasons some MTAs state in their own words or codes (Sisimai's Lhost modules): PowerMTA's
// bounce categories, Exchange 2003 and Domino's unknown-recipient sentences.
const powerMtaCategories: Record<string, string> = {
  'bad-mailbox': 'userunknown', 'bad-domain': 'hostunknown', 'inactive-mailbox': 'suspend', 'quota-issues': 'mailboxfull',
  'message-expired': 'expired', 'no-answer-from-host': 'expired', 'routing-errors': 'systemerror', 'spam-related': 'spamdetected',
  'policy-related': 'policyviolation', 'content-related': 'contenterror', 'virus-related': 'virusdetected',
  'relaying-issues': 'norelaying', 'bad-connection': 'networkerror', 'protocol-errors': 'systemerror', 'invalid-sender': 'rejected',
};
export const powerMtaReason = (category: string | null): string => powerMtaCategories[(category ?? '').trim().toLowerCase()] ?? '';

const statedUnknown = /the recipient name is not recognized|not listed in (domino directory|public name & address book)/i;
const hintIn = (diagnostic: string): string => (statedUnknown.test(diagnostic) ? 'userunknown' : '');

export const failedRecipient = (input: FailureInput): FailedRecipient => {
  const found = preferredStatus(input.fieldStatus, input.diagnostic);
  const replyCode = replyCodeIn(input.diagnostic);
  const diagnostic = unfolded(input.diagnostic);
  const command = commandIn(`${input.diagnostic}\n${input.context}`);
  const domain = input.address?.split('@')[1] ?? '';
  const remote = remoteReason([domain, ...input.hosts], { status: found, replyCode, diagnostic, command });
  const reason = remote || reasonOf({
    status: found, replyCode, diagnostic, diagnosticType: input.diagnosticType, command, action: input.action,
    hint: input.hint ?? hintIn(diagnostic),
  });
  const temporary = replyCode?.startsWith('4') === true || isTemporary(input.diagnostic) ||
    ((reason === 'expired' || reason === 'mailboxfull') && gaveUpRetrying.test(input.diagnostic));
  const status = statusFor(reason, found, temporary);
  return {
    address: input.address,
    status,
    reason,
    permanent: isPermanent(reason, status, input.diagnostic),
    diagnostic: oneLine(input.diagnostic),
  };
};

// Host names a report mentions: Reporting-MTA, Remote-MTA, "Generating server:", "host x said".
export const hostsIn = (text: string): string[] =>
  [...text.matchAll(/(?:reporting-mta|remote-mta|generating server|\bhost)\s*[:;]?\s*(?:dns\s*;\s*)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)]
    .map((m) => m[1]!.toLowerCase())
    .filter((h) => /[a-z]/.test(h));
