// Classify one raw message from the owner's mailbox (C7): complaint, bounce, delivery notice,
// auto-reply, human reply or other. Pure: the raw bytes in, a ClassifiedMail out.
import type { ParsedMail } from 'mailparser';
import type { ClassifiedMail, FailedRecipient } from './classified';
import { isAutoReply, returnDateOf } from './auto-reply';
import { isSuccess, looksLikeDeliveryStatus, paragraphAbout, readDeliveryStatus } from './delivery-report';
import { failedRecipient, hostsIn, powerMtaReason } from './failed-recipient';
import { isAppleUnsubscribe, readFeedbackReport } from './feedback-report';
import { looksLikeBounce, readPlainBounce } from './plain-bounces';
import { addressesIn, headerBlock, lf, originalMessageId } from './report-parts';
import { newTextOf } from './reply-text';
import { readSesNotification } from './ses-notification';
import { asksToStop, unsubscribeTokenIn } from './stop-words';
import { mailBasics, type MailBasics } from './mail-basics';

type Verdict = Pick<ClassifiedMail, 'kind' | 'recipients' | 'feedbackType'> & { originalIds: string[] };

const partsOf = (parsed: ParsedMail, types: RegExp): string[] =>
  parsed.attachments.filter((a) => types.test(a.contentType)).map((a) => a.content.toString('utf8'));

const complaintOf = (parsed: ParsedMail, mail: MailBasics): Verdict | null => {
  const reports = partsOf(parsed, /^message\/feedback-report$/i);
  const isArf = /report-type\s*=\s*"?feedback-report/i.test(mail.header('content-type') ?? '') || reports.length > 0;
  if (isArf) {
    const original = partsOf(parsed, /^(message\/rfc822|text\/rfc822-headers|message\/global)$/i)[0] ?? null;
    const complaint = readFeedbackReport(reports.join('\n\n'), original);
    const recipients = complaint.recipients.length > 0 ? complaint.recipients : [null];
    return {
      kind: 'complaint', feedbackType: complaint.feedbackType, originalIds: original ? idsOf(original) : [],
      recipients: recipients.map((address) => ({ address, status: null, reason: 'feedback', permanent: false, diagnostic: null })),
    };
  }
  if (isAppleUnsubscribe(mail.header)) {
    return { kind: 'complaint', feedbackType: 'opt-out', originalIds: [], recipients: [{ address: mail.fromAddress, status: null, reason: 'feedback', permanent: false, diagnostic: null }] };
  }
  return null;
};

const idsOf = (headers: string): string[] => {
  const id = originalMessageId(headerBlock(headers));
  return id ? [id] : [];
};

const sesVerdict = (mail: MailBasics): Verdict | null => {
  if (!/"(notificationType|eventType)"\s*:/.test(mail.text)) return null;
  const ses = readSesNotification(mail.text);
  if (!ses) return null;
  const originalIds = ses.messageId ? [ses.messageId] : [];
  if (ses.type === 'complaint') {
    const recipients = ses.recipients.map((address) => ({ address, status: null, reason: 'feedback', permanent: false, diagnostic: null }));
    return { kind: 'complaint', feedbackType: ses.feedbackType, recipients, originalIds };
  }
  const recipients = ses.recipients.map((r) => failedRecipient({
    address: r.address, fieldStatus: r.status, diagnostic: r.diagnostic, diagnosticType: 'SMTP', context: '', action: r.action, hosts: [],
  }));
  return { kind: ses.type === 'delivery' ? 'delivered' : 'bounce', feedbackType: null, recipients, originalIds };
};

// Delivery status fields outside any part the parser kept: an inline copy in the text, or a second
// report appended after the first one's closing boundary.
const strayStatusTexts = (mail: MailBasics, rawText: string): string[] => {
  const inline = looksLikeDeliveryStatus(mail.text) ? [mail.text] : [];
  const chunks = rawText.split(/^--.*$/m).filter((c) => looksLikeDeliveryStatus(c) && !/^content-transfer-encoding:\s*base64/im.test(c));
  return [...inline, ...chunks];
};

const reportVerdict = (parsed: ParsedMail, mail: MailBasics, rawText: string): Verdict | null => {
  const statusParts = partsOf(parsed, /^message\/(global-)?delivery-status$/i);
  const seen = new Set<string>();
  const entries = [...statusParts, ...strayStatusTexts(mail, rawText)].flatMap(readDeliveryStatus).filter((e) => {
    const key = `${e.address}|${e.status}|${e.action}`;
    if (!e.address || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (entries.length === 0) return null;
  const hosts = hostsIn(statusParts.join('\n'));
  const original = partsOf(parsed, /^(message\/rfc822|text\/rfc822-headers|message\/global(-headers)?)$/i)[0];
  const originalIds = original ? idsOf(original) : [];
  if (entries.every(isSuccess)) {
    const recipients = entries.map((e) => ({ address: e.address, status: e.status, reason: 'delivered', permanent: false, diagnostic: e.diagnostic || null }));
    return { kind: 'delivered', feedbackType: null, recipients, originalIds };
  }
  const recipients = entries.filter((e) => !isSuccess(e)).map((e) => {
    const context = paragraphAbout(mail.text, e.address ?? '');
    return failedRecipient({
      address: e.address, fieldStatus: e.status, diagnostic: e.diagnostic || context, diagnosticType: e.diagnosticType,
      context, action: e.action, hosts: [e.remoteHost, ...hosts].filter(Boolean), hint: powerMtaReason(e.category) || undefined,
    });
  });
  return { kind: 'bounce', feedbackType: null, recipients, originalIds };
};

const plainVerdict = (parsed: ParsedMail, mail: MailBasics): Verdict | null => {
  if (!looksLikeBounce(mail.from, mail.subject, mail.returnPathEmpty)) return null;
  const excluded = [...mail.toAddresses, ...(mail.fromAddress ? [mail.fromAddress] : [])];
  const failedHeader = addressesIn(mail.header('x-failed-recipients') ?? '');
  const bounce = readPlainBounce(mail.text, excluded, failedHeader);
  const attached = partsOf(parsed, /^(message\/rfc822|text\/rfc822-headers|text\/plain)$/i).find((p) => /^message-id\s*:/im.test(p));
  const originalIds = idsOf(attached ?? bounce.original);
  const hosts = hostsIn(bounce.errorText);
  const failures = bounce.failures.length > 0 ? bounce.failures : [{ address: null, diagnostic: bounce.errorText }];
  const recipients: FailedRecipient[] = failures.map((f) => failedRecipient({
    address: f.address, fieldStatus: null, diagnostic: f.diagnostic, diagnosticType: '', context: bounce.errorText, action: 'failed', hosts,
  }));
  return { kind: 'bounce', feedbackType: null, recipients, originalIds };
};

// Bulk senders, lists and notification robots mark themselves; a reply never does.
const isBulk = (mail: MailBasics): boolean =>
  /^(bulk|junk|list)$/i.test((mail.header('precedence') ?? '').trim()) || mail.header('list-id') !== null || mail.header('list-unsubscribe') !== null;

// Challenge-response filters (Boxbe, SpamArrest, …) answer with a report-like notice asking the
// sender to prove itself: an automatic answer, not a failed delivery.
const challenge = /not pre-?approved|guest list|verify (that )?you('re| are) (a )?(human|real person|not a robot)|challenge[- ]response|sender verification request|waitlisted/i;

export const classifyMail = async (raw: Buffer | string): Promise<ClassifiedMail> => {
  // Loaded on the first message read, not by every command (see imap-reader.ts).
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(raw, { keepDeliveryStatus: true, ignoreEmbedded: true, skipImageLinks: true });
  const mail = mailBasics(parsed, raw);
  const rawText = lf(typeof raw === 'string' ? raw : raw.toString('latin1'));
  const report = complaintOf(parsed, mail) ?? sesVerdict(mail) ?? reportVerdict(parsed, mail, rawText) ?? plainVerdict(parsed, mail);
  const isChallenge = report?.kind === 'bounce' && report.recipients.every((r) => challenge.test(`${r.diagnostic ?? ''}\n${mail.text}`));
  const verdict = isChallenge ? null : report;
  const base = {
    messageId: mail.messageId, fromAddress: mail.fromAddress, toAddresses: mail.toAddresses, subject: mail.subject,
    unsubscribeToken: unsubscribeTokenIn(mail.subject, mail.text),
    returnsOn: null, newText: '', asksToStop: false,
  };
  if (verdict) {
    const references = [...new Set([...mail.references, ...verdict.originalIds])];
    return { ...base, kind: verdict.kind, recipients: verdict.recipients, feedbackType: verdict.feedbackType, references };
  }
  const rest = { ...base, references: mail.references, recipients: [], feedbackType: null };
  if (isChallenge || isAutoReply({ headers: mail.header, subject: mail.subject, text: mail.text })) {
    const receivedAt = parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : new Date();
    return { ...rest, kind: 'auto-reply', returnsOn: returnDateOf({ subject: mail.subject, text: mail.text, receivedAt }) };
  }
  if (isBulk(mail)) return { ...rest, kind: 'other' };
  const newText = newTextOf(mail.text, typeof parsed.html === 'string' ? parsed.html : null);
  return { ...rest, kind: 'reply', newText, asksToStop: asksToStop(newText, mail.subject) };
};

