// A reply as a person's mail program writes it (RFC 5322): In-Reply-To and References name the
// message answered, the new text comes first and the quoted message after it.
export type ReplyMail = { from: string; to: string; subject: string; inReplyTo: string; text: string; quoted: string };

export const replyMail = ({ from, to, subject, inReplyTo, text, quoted }: ReplyMail): string => {
  const headers = {
    From: from,
    To: to,
    Subject: subject,
    Date: new Date().toUTCString(),
    'Message-ID': `<reply-${Date.now()}@example.org>`,
    'In-Reply-To': inReplyTo,
    References: inReplyTo,
    'MIME-Version': '1.0',
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Transfer-Encoding': '8bit',
  };
  const quote = quoted.split('\n').map((line) => `> ${line}`).join('\n');
  const body = `${text}\n\nLe ${new Date().toLocaleDateString('fr-FR')}, ${to} a écrit :\n${quote}\n`;
  return `${Object.entries(headers).map(([name, value]) => `${name}: ${value}`).join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`;
};
