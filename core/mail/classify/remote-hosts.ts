// Reasons given by a few large receivers in their own codes and words, which the generic phrase
// lists would misread. Ported from Sisimai's rhost/for-*.go (BSD 2-Clause): the receiver is known
// by the recipient's domain or the remote MTA's host name.

type RemoteFact = { status: string | null; replyCode: string | null; diagnostic: string; command: string };
type Rule = (f: RemoteFact, lower: string) => string;

const hosts: Array<[RegExp, Rule]> = [];
const firstOf = (lower: string, table: Record<string, string[]>): string =>
  Object.keys(table).find((reason) => table[reason]!.some((p) => lower.includes(p))) ?? '';

// Google: https://support.google.com/a/answer/3726730
const google: Rule = (_f, lower) => firstOf(lower, {
  authfailure: ['the spf record of the sending domain', 'senders to authenticate with either spf or dkim',
    'has an spf record with a hard fail policy', 'fails to pass spf checks', "is not accepted due to domain's dmarc policy",
    'fails to pass authentication checks', 'senders to authenticate with spf', 'senders to authenticate their email with',
    'aligned with either the authenticated spf or dkim', 'to add a dmarc record to '],
  badreputation: ['very low reputation of the sending'],
  blocked: ['ip not in whitelist for rcpt domain', 'try again later, closing connection', 'helo/ehlo argument',
    'an unusual rate of unsolicited mail', 'an unusual rate of mail'],
  mailboxfull: ['inbox is out of storage space', 'is over quota', 'email quota exceeded'],
  mesgtoobig: ["exceeded google's message size limits", "exceeds google's message size limit"],
  networkerror: ['message exceeded 50 hops'],
  norelaying: ['mail relay denied', 'invalid credentials for relay', 'is not authorized to send email directly to our servers'],
  notcompliantrfc: ['missing a valid address in the from: header', 'multiple addresses in from: header are not accepted',
    'is not rfc 5322 compliant', 'missing a valid message-id: header', 'encoded-word syntax is not permitted',
    'contains a unicode character in a disallowed header', 'mail message is malformed'],
  policyviolation: ['illegal attachment on your message', 'content presents a potential security issue',
    'has a policy that prohibited', 'sending messages with the same message-id:'],
  requireptr: ['does not have a ptr record', 'have a ptr record, or the ptr record', 'regarding ptr records',
    'does not match the ip address of the hostname'],
  spamdetected: ['due to the nature of the content or the links within', 'likely unsolicited mail'],
  speeding: ['is receiving mail too quickly', 'peak smtp relay limit exceeded', 'rate that prevents additional messages',
    'daily sending quota exceeded', 'daily user sending limit exceeded', 'daily smtp relay', 'this mail has been rate limited'],
  suspend: ['account that you tried to reach is disabled', 'account that you tried to reach is inactive'],
  userunknown: ['the email account that you tried to reach does not exist', 'no such user'],
});
hosts.push([/(^|\.)(gmail\.com|googlemail\.com|aspmx\.l\.google\.com|gmail-smtp-in\.l\.google\.com)$/, google]);

// Microsoft 365 and Outlook.com: https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online
const microsoft: Rule = (f, lower) => {
  const byCode: Record<string, string> = {
    '5.4.1': 'userunknown', '5.1.10': 'userunknown', '5.7.509': 'authfailure', '5.7.515': 'authfailure',
    '4.7.650': 'badreputation', '5.7.508': 'toomanyconn', '5.7.510': 'notaccept',
  };
  const found = f.status ? byCode[f.status] : undefined;
  if (found) return found;
  if (f.status && /^5\.7\.6(0[6-9]|[1-4]\d)$/.test(f.status)) return 'blocked';
  return firstOf(lower, { authfailure: ['does not pass dmarc verification'], badreputation: ['due to ip reputation'] });
};
hosts.push([/(\.prod\.outlook\.com|\.protection\.outlook\.com|\.onmicrosoft\.com|\.exchangelabs\.com|(^|\.)(outlook|hotmail|live)\.com)$/, microsoft]);

// Orange and La Poste: the code after OFR/LPN names the reason.
const francePtt: Rule = (f, lower) => {
  const codes: Record<string, string> = {
    '101': 'blocked', '102': 'blocked', '103': 'blocked', '104': 'toomanyconn', '305': 'securityerror', '401': 'authfailure',
    '402': 'securityerror', '403': 'rejected', '405': 'rejected', '415': 'rejected', '416': 'userunknown',
    '417': 'mailboxfull', '420': 'suspend', '421': 'rejected', '426': 'suspend', '505': 'systemerror',
    '506': 'spamdetected', '510': 'blocked', '514': 'mesgtoobig', '517': 'authfailure', '630': 'policyviolation',
    '999': 'blocked',
  };
  const code = /(?:lpn|ofr|ouk)[a-z]*\d*[_-](\d{3})\b/.exec(lower)?.[1];
  if (code && codes[code]) return codes[code];
  return lower.includes('spf/dns de votre nom de domaine') ? 'authfailure' : '';
};
hosts.push([/(^|\.)(laposte\.net|orange\.fr|wanadoo\.fr)$/, francePtt]);

// Tencent QQ: https://service.mail.qq.com/detail/122
const tencent: Rule = (_f, lower) => firstOf(lower, {
  authfailure: ['spf check failed', 'dmarc check failed'],
  blocked: ['suspected bounce attacks', 'suspected spam ip', 'connection denied'],
  mesgtoobig: ['message too large'],
  rejected: ['suspected spam', 'mail is rejected by recipients'],
  spamdetected: ['spam is embedded in the email', 'mail content denied'],
  speeding: ['mailbox unavailable or access denined', 'frequency of receiving messages is limited'],
  suspend: ['is a deactivated mailbox'],
  syntaxerror: ['bad address syntax'],
  toomanyconn: ['ip frequency limited', 'domain frequency limited', 'sender frequency limited', 'connection frequency limited'],
  userunknown: ['mailbox not found'],
});
hosts.push([/(^|\.)qq\.com$/, tencent]);

// Spectrum (Charter): AUP#I-nnnn / AUP#O-nnnn codes, and its wording of them.
const spectrum: Rule = (_f, lower) => {
  const code = Number(/aup#[a-z]*-?(\d{4})/.exec(lower)?.[1] ?? NaN);
  const ranges: Array<[number, number, string]> = [
    [1000, 1000, 'blocked'], [1010, 1010, 'rejected'], [1020, 1080, 'rejected'], [1090, 1090, 'systemerror'],
    [1100, 1150, 'requireptr'], [1160, 1190, 'policyviolation'], [1200, 1250, 'blocked'], [1260, 1260, 'networkerror'],
    [1300, 1340, 'toomanyconn'], [1350, 1490, 'speeding'], [1500, 1520, 'rejected'], [1530, 1530, 'mesgtoobig'],
    [1540, 1550, 'speeding'], [1560, 1560, 'policyviolation'], [1580, 1580, 'speeding'],
  ];
  return ranges.find(([low, high]) => code >= low && code <= high)?.[2] ?? '';
};
hosts.push([/(^|\.)charter\.net$/, spectrum]);

// i.ua: "See http://mail.i.ua/err/N/"
const iua: Rule = (_f, lower) => {
  const codes = ['', 'norelaying', 'userunknown', 'suspend', 'mailboxfull', 'toomanyconn', 'norelaying', 'blocked', 'rejected', 'blocked', 'filtered'];
  const n = Number(/\.i\.ua\/err\/(\d+)\//.exec(lower)?.[1] ?? 0);
  return codes[n] ?? '';
};
hosts.push([/(^|\.)(i\.ua|email\.ua)$/, iua]);

// Facebook: https://www.facebook.com/postmaster/response_codes
const facebook: Rule = (f) => {
  const label = /\b([A-Z]{3}-[PT]\d)\b/.exec(f.diagnostic)?.[1] ?? '';
  const table: Record<string, string[]> = {
    blocked: ['POL-P1', 'POL-P2', 'POL-P3', 'POL-P4', 'POL-T1', 'POL-T2', 'POL-T3'], contenterror: ['MSG-P2'],
    filtered: ['RCP-P2', 'RCP-P3'], mesgtoobig: ['MSG-P1', 'INT-P2'], notcompliantrfc: ['MSG-P3'],
    rejected: ['DNS-P1', 'DNS-P2', 'DNS-T1'], requireptr: ['DNS-P3', 'DNS-T2'], spamdetected: ['POL-P6', 'POL-P7'],
    suspend: ['RCP-T4'], systemerror: ['RCP-T1'], toomanyconn: ['CON-T1', 'CON-T2', 'CON-T3', 'CON-T4', 'MSG-T1'],
    userunknown: ['RCP-P1', 'INT-P1', 'INT-P3', 'INT-P4'], virusdetected: ['POL-P5'],
  };
  return Object.keys(table).find((r) => table[r]!.includes(label)) ?? '';
};
hosts.push([/(^|\.)facebook\.com$/, facebook]);

// Symantec MessageLabs (Email Security.cloud)
const messageLabs: Rule = (_f, lower) => firstOf(lower, {
  securityerror: ['please turn on smtp authentication in your mail client'],
  authfailure: ['domain authentication fail'], badreputation: ['connection rejected by policy'],
  blocked: ['mail rejected because your ip is in the pbl', 'your ip address has been '],
  norelaying: [' as a relay, '], notcompliantrfc: ['has detected that this message is not rfc 5322'],
  rejected: ['sender envelope domain not allowed for sender ip address', 'your domain has been blocked',
    'your email address has been blocked', 'your envelope sender is in my badmailfrom list',
    'your email address has been blacklisted', 'your domain has been blacklisted'],
  spamdetected: ['message filtered', 'filtered by outbound scanning'],
  toomanyconn: ['too many recipients received this hour', 'too many messages'],
  userunknown: ['no such user', 'invalid recipient', 'mailbox is not allowed'],
});
hosts.push([/\.messagelabs\.com$/, messageLabs]);

// Mimecast: https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754
const mimecast: Rule = (_f, lower) => firstOf(lower, {
  authfailure: ['spf sender invalid - envelope rejected', 'dkim sender invalid - envelope rejected', 'dmarc sender invalid - envelope rejected'],
  badreputation: ['internal resources are temporarily unavailable', 'local ct ip reputation - (reject)'],
  blocked: ['sender address blocked', 'recipient temporarily unavailable', 'ip temporarily blacklisted'],
  mesgtoobig: ['maximum email size exceeded'], networkerror: ['the incorrect hostname used for inbounds', 'mail loop detected'],
  norelaying: ['open relay not allowed', 'open relay is not allowed'], notaccept: ['account inbounds disabled'],
  policyviolation: ['anti-spoofing policy', 'content examination policy', 'host network not allowed', 'host network, not allowed'],
  rejected: ['administrative prohibition envelope blocked', 'envelope blocked - user', 'blocked senders', 'block policy for envelope from'],
  securityerror: ['incorrect authentication data', 'submitter failed to'],
  systemerror: ['unable to process connection at this time', 'message ended early', 'unable to process'],
  toomanyconn: ['account service is temporarily unavailable', 'too many recipients', 'exceeding outbound thread limit'],
  userunknown: ['invalid address', 'user unknown', 'invalid recipient'],
  virusdetected: ['virus signature', 'message contains a virus'],
});
hosts.push([/\.mimecast\.com$/, mimecast]);

// NTT docomo: since its filters reject at DATA with "550 Unknown user", 5.2.0 means a filter.
const docomo: Rule = (f, lower) => {
  if (f.status === '5.1.1' || f.status === '5.0.911') return 'userunknown';
  if (f.status === '5.2.0') return 'filtered';
  const found = firstOf(lower, { mailboxfull: ['552 too much mail data'], toomanyconn: ['552 too many recipients'],
    syntaxerror: ['503 bad sequence of commands', '504 command parameter not implemented'], userunknown: ['550 unknown user'] });
  if (found) return found;
  if (f.status === '5.0.0') return f.command === 'RCPT' ? 'userunknown' : f.command === 'DATA' ? 'rejected' : '';
  return '';
};
hosts.push([/(^|\.)docomo\.ne\.jp$/, docomo]);

// KDDI au: a rejection relayed through msmx.au.com is the recipient's filter.
const kddi: Rule = (_f, lower) => firstOf(lower, {
  filtered: ['550 : user unknown', 'each of the following recipients was rejected by a remote mail server'],
  userunknown: ['>: user unknown'],
});
hosts.push([/(^|\.)(ezweb\.ne\.jp|au\.com)$/, kddi]);

export const remoteReason = (hostnames: string[], f: RemoteFact): string => {
  const lower = f.diagnostic.toLowerCase().replace(/\s+/g, ' ');
  for (const host of hostnames) {
    const name = host.toLowerCase();
    const rule = hosts.find(([pattern]) => pattern.test(name))?.[1];
    if (rule) return rule(f, lower);
  }
  return '';
};
