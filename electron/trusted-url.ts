// Every URL decision goes through the WHATWG parser and exact comparisons, never startsWith or
// includes: string tests are fooled by `app://crm.evil/` or `app://crm@evil/` (security.md #13).
export const APP_SCHEME = 'app';
export const APP_HOST = 'crm';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

const parseUrl = (raw: unknown): URL | null => {
  if (typeof raw !== 'string') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
};

const hasCredentials = (url: URL): boolean => url.username !== '' || url.password !== '';

// True only for pages Relance serves itself: scheme app, host exactly crm, no port, no userinfo.
export const isAppUrl = (raw: unknown): boolean => {
  const url = parseUrl(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !hasCredentials(url);
};

// The parser has already turned 2130706433, 0x7f.1 and 127.1 into 127.0.0.1.
const isLoopbackHost = (hostname: string): boolean => {
  const host = hostname.replace(/\.$/, '');
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d+\.\d+\.\d+$/.test(host) ||
    host === '0.0.0.0' ||
    host === '[::1]' ||
    host === '[::]' ||
    /^\[::ffff:(7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)\]$/.test(host)
  );
};

// The one domain of a `mailto:` that may reach the OS: one address, no query, no fragment. A
// query is how a link asks the mail client to attach a local file (`?attach=/home/…`) or copy
// someone (`?cc=`), so none is handed on; addresses are encoded where the links are built.
// Returns the domain as the URL parser normalises it (`127.1`, `[127.0.0.1]` → 127.0.0.1), or null.
export const mailtoDomain = (raw: unknown): string | null => {
  const url = parseUrl(raw);
  if (url === null || url.protocol !== 'mailto:' || url.search !== '' || url.hash !== '' || url.href.includes('?') || url.href.includes('#')) return null;
  let address: string;
  try {
    address = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  const at = address.lastIndexOf('@');
  if (at <= 0 || address.includes(',') || /[\s<>]/.test(address)) return null;
  // An address literal ([127.0.0.1], [IPv6:::1]) goes through the same parser as a name.
  const domain = address.slice(at + 1).replace(/^\[(?:IPv6:)?(.*)\]$/i, (_whole, ip: string) => (ip.includes(':') ? `[${ip}]` : ip));
  const host = parseUrl(`http://${domain}/`);
  return host !== null && host.hostname !== '' && host.port === '' && host.pathname === '/' && !isLoopbackHost(host.hostname) ? host.hostname : null;
};

// An address a name resolved to (dns.lookup) that is this machine.
export const isLoopbackAddress = (address: string): boolean =>
  /^127\./.test(address) || address === '0.0.0.0' || address === '::1' || address === '::' || /^::ffff:(127\.|0\.0\.0\.0$)/i.test(address);

// Links a person may follow out of Relance into their browser or mail client. Loopback is
// refused so a link in an imported note cannot make the browser talk to services on this machine.
export const isSafeExternalUrl = (raw: unknown): boolean => {
  const url = parseUrl(raw);
  if (url === null || !EXTERNAL_PROTOCOLS.has(url.protocol) || hasCredentials(url)) return false;
  if (url.protocol === 'mailto:') return mailtoDomain(raw) !== null;
  return url.hostname !== '' && !isLoopbackHost(url.hostname);
};
