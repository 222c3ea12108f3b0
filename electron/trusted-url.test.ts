import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl, isSafeExternalUrl } from './trusted-url';

const appUrls = ['app://crm/', 'app://crm', 'app://crm/index.html', 'app://crm/assets/index-abc.js?v=1#top', APP_ENTRY_URL];

// Each line is a way a string test would have been fooled, or a scheme that must never be trusted.
const hostileAppUrls = [
  'app://crm.evil/',
  'app://crm.evil.com/index.html',
  'app://crm@evil/',
  'app://crm%2f@evil/',
  'app://evil@crm/',
  'app://user:pass@crm/',
  'app://crm:80/',
  'app://crm./',
  'app://CRM/', // Chromium lowercases standard schemes before we see them; anything else is not ours
  'app://сrm/', // Cyrillic "с"
  'app://crm／evil', // full-width solidus
  'app://crm\\evil/',
  'app:///crm/',
  'app:crm/index.html',
  'apps://crm/',
  'javascript:alert(1)',
  'javascript://crm/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://crm/1234',
  'file:///etc/passwd',
  'file://crm/index.html',
  'http://127.0.0.1:5173/',
  'http://localhost/',
  'https://crm/',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  '',
  'crm/index.html',
  '//crm/',
];

const safeExternal = [
  'https://example.com/',
  'https://example.com/path?q=1#x',
  'http://example.org',
  'mailto:jeanne@example.fr',
  'mailto:jeanne.o%27neil@example.fr',
  'mailto:jeanne@ex%C3%A4mple.fr',
  'https://exаmple.com/', // a homograph still parses to punycode, which the browser shows as such
  'https://127.0.0.1.nip.io/', // a real public name; DNS is the browser's business
];

const unsafeExternal = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file://server/share/x.exe',
  'smb://evil/share',
  'ms-msdt:/id PCWDiagnostic',
  'vbscript:msgbox(1)',
  'data:text/html,hi',
  'app://crm/',
  'ftp://example.com/',
  'https://user:pass@example.com/',
  'https://user@example.com/',
  'https://example.com@evil.com/', // userinfo again, the classic phishing shape
  'http://127.0.0.1/',
  'http://127.0.0.1:38117/api/contacts.list',
  'http://2130706433/',
  'http://0x7f.1/',
  'http://127.1/',
  'http://0/',
  'http://[::1]/',
  'http://[::ffff:127.0.0.1]/',
  'http://localhost:3000/',
  'http://localhost./',
  'http://app.localhost/',
  'mailto:',
  // A query asks the mail client for more than an address: a local file attached, a copy sent.
  'mailto:jeanne@example.fr?subject=Bonjour',
  'mailto:jeanne@example.fr?attach=/home/me/.ssh/id_ed25519',
  'mailto:jeanne@example.fr?cc=someone@example.com',
  'mailto:jeanne@example.fr?',
  'mailto:jeanne@example.fr#x',
  'mailto:jeanne@example.fr,paul@example.fr',
  'mailto:jeanne',
  'mailto:@example.fr',
  // The domain is this machine, however it is spelled.
  'mailto:jeanne@localhost',
  'mailto:jeanne@LOCALHOST.',
  'mailto:jeanne@app.localhost',
  'mailto:jeanne@127.0.0.1',
  'mailto:jeanne@127.1',
  'mailto:jeanne@[127.0.0.1]',
  'mailto:jeanne@[IPv6:::1]',
  'mailto:jeanne@0x7f.1',
  'mailto:jeanne@example.fr:25',
  'not a url',
  '',
];

describe('isAppUrl', () => {
  it.each(appUrls)('trusts %s', (url) => expect(isAppUrl(url)).toBe(true));
  it.each(hostileAppUrls)('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, new URL('app://crm/')]) expect(isAppUrl(value)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it.each(safeExternal)('lets %s open outside', (url) => expect(isSafeExternalUrl(url)).toBe(true));
  it.each(unsafeExternal)('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});
