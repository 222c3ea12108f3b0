export type EmailVerdict =
  | { ok: true; email: string; key: string }
  | { ok: false; message: string; rule: 'email.invalid' | 'email.lineBreak' };

// Spaces people paste along with an address: NBSP and friends at the ends, zero-width anywhere.
const EDGE_SPACE = /^[\s\u00a0\u2007\u202f]+|[\s\u00a0\u2007\u202f]+$/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const LINE_BREAK = /[\r\n]/;
// RFC 5322 atext, plus non-ASCII letters and digits as RFC 6531 allows.
const LOCAL_ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\-\p{L}\p{M}\p{N}]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{M}\p{Nd}](?:[\p{L}\p{M}\p{Nd}-]{0,61}[\p{L}\p{M}\p{Nd}])?$/u;

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

const isDotAtom = (local: string): boolean => local.split('.').every((atom) => LOCAL_ATOM.test(atom));

const domainProblem = (domain: string): string | null => {
  const labels = domain.split('.');
  if (labels.length < 2) return 'the part after @ needs a dot, as in example.com';
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return 'the part after @ is not a valid domain name';
  const ascii = domainToAscii(domain);
  // RFC 5891 §4.2.3.1: hyphens in places 3 and 4 are reserved for punycode ("xn--").
  const isLabelOk = (label: string) => label.length <= 63 && (label.slice(2, 4) !== '--' || label.startsWith('xn--'));
  if (!ascii || ascii.length > 253 || !ascii.split('.').every(isLabelOk)) return 'the part after @ is not a valid domain name';
  if (/^\d+$/.test(labels.at(-1)!)) return 'the part after @ ends in a number instead of a domain such as .com';
  return null;
};

// Deliberately narrow: a CRM sends to mailboxes, so quoted local parts, comments, display names
// and IP-literal domains (valid in RFC 5322, never seen in real customer lists) are refused.
export const normaliseEmail = (raw: string): EmailVerdict => {
  const cleaned = raw.replace(ZERO_WIDTH, '').replace(EDGE_SPACE, '');
  if (LINE_BREAK.test(cleaned)) return { ok: false, message: 'An email address cannot contain a line break.', rule: 'email.lineBreak' };
  const value = cleaned.normalize('NFC');
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) {
    return { ok: false, message: `"${value}" is not an email address: it needs a name, an @ and a domain.`, rule: 'email.invalid' };
  }
  const local = value.slice(0, at);
  const domain = value.slice(at + 1).toLowerCase();
  if (!isDotAtom(local)) {
    return { ok: false, message: `"${value}" is not a usable email address: the part before @ has spaces, quotes or misplaced dots.`, rule: 'email.invalid' };
  }
  if (utf8Length(local) > 64) return { ok: false, message: `"${value}" is too long before the @ (64 characters at most).`, rule: 'email.invalid' };
  const problem = domainProblem(domain);
  if (problem) return { ok: false, message: `"${value}" is not a usable email address: ${problem}.`, rule: 'email.invalid' };
  const email = `${local}@${domain}`;
  if (utf8Length(email) > 254) return { ok: false, message: `"${value}" is too long for an email address.`, rule: 'email.invalid' };
  return { ok: true, email, key: email.toLowerCase() };
};

const domainToAscii = (domain: string): string => {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return '';
  }
};
