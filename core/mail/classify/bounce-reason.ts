// Why one recipient failed, in Sisimai's words, and whether that failure is permanent.
// A port of the decision order of Sisimai's reason.Find / anotherone and failure.IsHardBounce
// (sisimai/go-sisimai, BSD 2-Clause): first the status code and the remote server's text checked
// reason by reason in a fixed order, then broader phrase lists, then the status class.
import { includes } from './reason-phrases';
import { internalStatus, reasonOfStatus, statusesIn } from './smtp-status';

export type BounceFact = {
  status: string | null;      // enhanced status code, as found
  replyCode: string | null;   // SMTP reply code such as 550
  diagnostic: string;         // the remote server's words (any case)
  diagnosticType: string;     // 'SMTP', 'X-UNIX' or ''
  command: string;            // last SMTP command: CONN, EHLO, HELO, MAIL, RCPT, DATA or ''
  action: string;             // failed, delayed, … (lower case) or ''
  hint: string;               // a reason the report's own format already told us, or ''
};

const retried = new Set(['undefined', 'onhold', 'systemerror', 'securityerror', 'expired', 'networkerror', 'hostunknown', 'userunknown']);
const beforeData = new Set(['CONN', 'EHLO', 'HELO', 'STARTTLS', 'AUTH', 'MAIL', 'RCPT']);
const isExplicit = (reason: string) => reason !== '' && reason !== 'undefined' && reason !== 'onhold';

type Probe = (f: BounceFact, text: string, named: string) => boolean;
const byStatusOrText = (reason: string): Probe => (f, text, named) => f.hint === reason || named === reason || includes(reason, text);
const byText = (reason: string): Probe => (f, text) => f.hint === reason || includes(reason, text);

// ProbesInto of each reason (reason/why-*.go), in Sisimai's first class order.
const probes: Array<[string, Probe]> = [
  ['mailboxfull', byStatusOrText('mailboxfull')],
  ['mesgtoobig', (f, text, named) => f.hint === 'mesgtoobig' || named === 'mesgtoobig' ||
    (named !== 'exceedlimit' && f.status !== '5.2.3' && includes('mesgtoobig', text))],
  ['exceedlimit', byStatusOrText('exceedlimit')],
  ['suspend', (f, text) => f.hint === 'suspend' || f.replyCode === '525' || includes('suspend', text)],
  ['hasmoved', byText('hasmoved')],
  ['norelaying', (f, text) => f.hint === 'norelaying' || (!['CONN', 'EHLO', 'HELO'].includes(f.command) && includes('norelaying', text))],
  ['authfailure', byStatusOrText('authfailure')],
  ['userunknown', (f, text, named) => {
    if (f.hint === 'userunknown') return true;
    if (named === 'suspend') return false;
    if (named === 'userunknown') return !['norelaying', 'blocked', 'mailboxfull', 'hasmoved', 'rejected', 'notaccept'].some((r) => includes(r, text));
    return f.command === 'RCPT' && includes('userunknown', text);
  }],
  ['filtered', (f, text, named) => {
    if (f.hint === 'filtered') return true;
    if (named === 'suspend') return false;
    if (named !== 'filtered' && beforeData.has(f.command)) return false;
    return includes('userunknown', text) || includes('filtered', text);
  }],
  ['requireptr', byStatusOrText('requireptr')],
  ['notcompliantrfc', byText('notcompliantrfc')],
  ['badreputation', byText('badreputation')],
  ['contenterror', (f, text, named) => f.hint === 'contenterror' ||
    (!isSpam(f, text, named) && (named === 'contenterror' || includes('contenterror', text)))],
  ['rejected', (f, text, named) => {
    if (f.hint === 'rejected' || named === 'rejected') return true;
    const temp = named || 'undefined';
    const worthChecking = f.command === 'MAIL' || (f.command === 'DATA' && temp !== 'userunknown') ||
      !isExplicit(temp) || temp === 'securityerror' || temp === 'systemerror';
    return worthChecking && includes('rejected', text);
  }],
  ['hostunknown', (f, text, named) => f.hint === 'hostunknown' ||
    (named === 'hostunknown' ? !includes('networkerror', text) : includes('hostunknown', text))],
  ['spamdetected', (f, text, named) => isSpam(f, text, named)],
  ['speeding', byText('speeding')],
  ['toomanyconn', byStatusOrText('toomanyconn')],
  ['blocked', byStatusOrText('blocked')],
];

function isSpam(f: BounceFact, text: string, named: string): boolean {
  if (!f.status) return false;
  if (f.hint === 'spamdetected' || named === 'spamdetected') return true;
  return !beforeData.has(f.command) && includes('spamdetected', text);
}

// Sisimai's second class order: phrase lists alone, used when the status code says little.
const broader = ['mailboxfull', 'authfailure', 'badreputation', 'speeding', 'spamdetected', 'virusdetected',
  'policyviolation', 'norelaying', 'systemerror', 'networkerror', 'suspend', 'contenterror', 'systemfull',
  'notaccept', 'expired', 'failedstarttls', 'securityerror', 'suppressed', 'mailererror'];

const fallback = (f: BounceFact, text: string, named: string): string => {
  if (isExplicit(f.hint)) return f.hint;
  if (named && !retried.has(named) && f.diagnosticType === 'SMTP') return named;
  const found = broader.find((r) => includes(r, text));
  if (found) return found;
  if (named) return named;
  const subject = f.status?.slice(0, 3) ?? '';
  if (subject === '5.6' || subject === '4.6') return 'contenterror';
  if (subject === '5.7' || subject === '4.7') return 'securityerror';
  if (f.diagnosticType.startsWith('X-UNIX')) return 'mailererror';
  const reply = Number(f.replyCode ?? 0);
  if ((reply > 400 && reply < 408) || (reply > 500 && reply < 508)) return 'syntaxerror';
  if (f.action === 'delayed' || f.action === 'expired') return 'expired';
  if (f.command === 'EHLO' || f.command === 'HELO') return 'blocked';
  return '';
};

export const reasonOf = (f: BounceFact): string => {
  if (f.hint && !retried.has(f.hint)) return f.hint;
  if (f.status?.startsWith('2.')) return 'delivered';
  const text = f.diagnostic.toLowerCase().replace(/\s+/g, ' ');
  const named = reasonOfStatus(f.status);
  if (f.diagnosticType === 'SMTP' || f.diagnosticType === '') {
    const hit = probes.find(([, probe]) => probe(f, text, named));
    if (hit) return hit[0];
  }
  const other = fallback(f, text, named);
  if (isExplicit(other)) return other;
  if (f.action === 'delayed') return 'expired';
  if (includes('vacation', text)) return 'vacation';
  return text.trim() ? 'onhold' : 'undefined';
};

// failure.IsHardBounce: only an address that cannot exist is hard; notaccept (null MX, no SMTP
// service) is hard unless the server said it was temporary.
export const isPermanent = (reason: string, status: string | null, diagnostic: string): boolean => {
  if (reason === 'userunknown' || reason === 'hostunknown' || reason === 'hasmoved') return true;
  if (reason !== 'notaccept') return false;
  if (!status && !diagnostic) return true;
  return status?.startsWith('5') === true || !isTemporary(diagnostic);
};

export const isTemporary = (diagnostic: string): boolean => {
  const code = statusesIn(diagnostic)[0] ?? /(?<!\d)([45])\d\d(?!\d)/.exec(diagnostic)?.[1] ?? '';
  if (code.startsWith('4')) return true;
  return / temporar| persistent/i.test(diagnostic);
};

// The status to report: the one found, else Sisimai's internal code for the reason.
export const statusFor = (reason: string, found: string | null, temporary: boolean): string | null =>
  found ?? internalStatus(reason, temporary);
