import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify-mail';
import type { ClassifiedMail, MailKind } from './classified';

const fixtures = new URL('../../../../shared/fixtures/mail/', import.meta.url);

type Row = {
  file: string;
  kind: 'bounce' | 'complaint' | 'auto-reply' | 'not-bounce';
  status: string | null;
  reason: string | null;
  hard: boolean | null;
  index?: number;
  recipient_parsed?: string;
  feedback_type?: string;
};
const rows: Row[] = JSON.parse(readFileSync(new URL('expectations.json', fixtures), 'utf8'));

// Where we knowingly answer differently from Sisimai. Each entry pins our answer, so a change
// in either direction shows up as a failure to look at.
const knownDifferences: Array<{ file: string; field: 'address' | 'status'; ours: string | null; why: string }> = [
  {
    file: 'bounces/arf-11.eml', field: 'address', ours: null,
    why: 'the original To is "<Undisclosed Recipients>": Sisimai makes up a placeholder address, we report none rather than suppress a fake one',
  },
  {
    file: 'bounces/lhost-office365-04.eml', field: 'address', ours: 'otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp',
    why: 'Final-Recipient (and the original To) name this address; Sisimai takes the different one in a mailto: link of the text part',
  },
  {
    file: 'bounces/lhost-exchange2007-05.eml', field: 'status', ours: '4.4.7',
    why: 'Status: and Diagnostic-Code: both say 4.4.7; Sisimai takes 4.4.1 from the last "Remote Server returned" line of the text part',
  },
];
const differenceFor = (row: Row, field: 'address' | 'status') => knownDifferences.find((d) => d.file === row.file && d.field === field);

const expectedKinds = (row: Row): MailKind[] => {
  if (row.kind !== 'not-bounce') return [row.kind];
  if (row.reason === 'delivered') return ['delivered'];
  // Sisimai's "not a bounce" sample is an ordinary message: a reply or an other are both right
  return row.file.includes('is-not-bounce') ? ['reply', 'other'] : ['reply'];
};

// Sisimai's own 5.0.9xx / 4.0.9xx codes stand for "no code given": only the class is comparable.
const isInternalCode = (status: string) => /^[45]\.0\.9\d\d$/.test(status);

const cache = new Map<string, Promise<ClassifiedMail>>();
const classified = (file: string) => {
  if (!cache.has(file)) cache.set(file, classifyMail(readFileSync(new URL(file, fixtures))));
  return cache.get(file)!;
};

describe('classifyMail over the shared fixtures', () => {
  it.each(rows.map((row) => [`${row.file}${row.index ? ` #${row.index}` : ''}`, row] as const))('%s', async (_name, row) => {
    const mail = await classified(row.file);
    expect(expectedKinds(row)).toContain(mail.kind);
    if (row.kind !== 'bounce' && row.kind !== 'complaint' && row.reason !== 'delivered') return;

    const recipient = mail.recipients[(row.index ?? 1) - 1];
    expect(recipient).toBeDefined();
    const addressDifference = differenceFor(row, 'address');
    if (addressDifference) expect(recipient!.address).toBe(addressDifference.ours);
    else if (row.recipient_parsed) expect(recipient!.address).toBe(row.recipient_parsed);

    if (row.kind === 'complaint') {
      expect(recipient!.reason).toBe('feedback');
      if (row.feedback_type) expect(mail.feedbackType).toBe(row.feedback_type);
      return;
    }
    const statusDifference = differenceFor(row, 'status');
    if (statusDifference) expect(recipient!.status).toBe(statusDifference.ours);
    else if (row.status && isInternalCode(row.status)) expect(recipient!.status?.[0]).toBe(row.status[0]);
    else expect(recipient!.status).toBe(row.status);
    if (row.kind === 'bounce') {
      expect(recipient!.permanent).toBe(row.hard);
      expect(recipient!.reason).toBe(row.reason);
    }
  });

  it('lists only differences that exist in the expectations', () => {
    for (const d of knownDifferences) expect(rows.some((r) => r.file === d.file)).toBe(true);
  });
});

const crlf = (lines: string[]): string => `${lines.join('\r\n')}\r\n`;

describe('classifyMail on hand-written messages', () => {
  it('reads a CRLF human reply, its In-Reply-To and its new text', async () => {
    const mail = await classifyMail(Buffer.from(crlf([
      'From: Alice Martin <Alice@Example.com>',
      'To: owner@example.com',
      'Subject: Re: Our offer',
      'Date: Tue, 02 Jan 2024 10:00:00 +0100',
      'Message-ID: <reply-1@example.com>',
      'In-Reply-To: <offer-42@example.com>',
      'References: <thread-1@example.com> <offer-42@example.com>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Yes, I am interested. Call me tomorrow.',
      '',
      'On Mon, Jan 1, 2024 at 9:00 AM Owner <owner@example.com> wrote:',
      '> Would you like to hear more?',
    ])));
    expect(mail.kind).toBe('reply');
    expect(mail.fromAddress).toBe('alice@example.com');
    expect(mail.messageId).toBe('reply-1@example.com');
    expect(mail.references).toEqual(['offer-42@example.com', 'thread-1@example.com']);
    expect(mail.newText).toContain('Yes, I am interested.');
    expect(mail.newText).not.toContain('Would you like');
    expect(mail.recipients).toEqual([]);
  });

  // Our tokens are 24 lower-case hex digits (core/sending/claim.ts)
  it('finds the token of our List-Unsubscribe mailto in the subject', async () => {
    // List-Unsubscribe: <mailto:owner@example.com?subject=unsubscribe%20a1b2c3d4e5f6a7b8c9d0e1f2>
    const mail = await classifyMail(crlf([
      'From: bob@example.com',
      'To: owner@example.com',
      'Subject: unsubscribe a1b2c3d4e5f6a7b8c9d0e1f2',
      'Message-ID: <unsub-1@example.com>',
      '',
      '',
    ]));
    expect(mail.unsubscribeToken).toBe('a1b2c3d4e5f6a7b8c9d0e1f2');
  });

  it('reports a bounce without a recipient and points at the attached original message', async () => {
    const mail = await classifyMail(crlf([
      'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
      'To: owner@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <bounce-1@mx.example.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'Your message could not be delivered: 550 5.1.1 mailbox unavailable.',
      '',
      '--b1',
      'Content-Type: message/rfc822',
      '',
      'From: owner@example.com',
      'Subject: Hello',
      'Message-ID: <original-7@example.com>',
      '',
      'Hello there',
      '--b1--',
    ]));
    expect(mail.kind).toBe('bounce');
    expect(mail.references).toContain('original-7@example.com');
    expect(mail.recipients).toHaveLength(1);
    expect(mail.recipients[0]).toMatchObject({ address: null, status: '5.1.1' });
  });

  it('reads an RFC 3464 report with CRLF line ends', async () => {
    const mail = await classifyMail(crlf([
      'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)',
      'To: owner@example.com',
      'Subject: Undelivered Mail Returned to Sender',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="r1"',
      '',
      '--r1',
      'Content-Type: text/plain',
      '',
      '<nobody@example.net>: host mx.example.net said: 550 5.1.1 <nobody@example.net>: Recipient',
      '    address rejected: User unknown (in reply to RCPT TO command)',
      '',
      '--r1',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.com',
      '',
      'Final-Recipient: rfc822; nobody@example.net',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.net>: Recipient address',
      '    rejected: User unknown',
      '',
      '--r1',
      'Content-Type: text/rfc822-headers',
      '',
      'From: owner@example.com',
      'Message-ID: <campaign-3@example.com>',
      '',
      '--r1--',
    ]));
    expect(mail.kind).toBe('bounce');
    expect(mail.references).toEqual(['campaign-3@example.com']);
    expect(mail.recipients).toEqual([{
      address: 'nobody@example.net', status: '5.1.1', reason: 'userunknown', permanent: true,
      diagnostic: '550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown',
    }]);
  });

  it('treats a newsletter that is no auto-reply as other', async () => {
    const mail = await classifyMail(crlf([
      'From: news@example.org',
      'To: owner@example.com',
      'Subject: This week at Example',
      'List-Id: <weekly.example.org>',
      'List-Unsubscribe: <mailto:leave@example.org>',
      '',
      'Our news.',
    ]));
    expect(mail.kind).toBe('other');
  });
});
