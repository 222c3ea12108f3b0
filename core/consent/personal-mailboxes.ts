// Free webmail and internet-provider mailboxes: an address there belongs to a person, not to a
// company, so B2B legitimate interest does not cover it (docs/practice.md, rules of respect).
const DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aim.com', 'ymail.com',
  'rocketmail.com', 'mail.com', 'proton.me', 'pm.me', 'protonmail.com', 'protonmail.ch', 'tutanota.com', 'tuta.io',
  'fastmail.com', 'hey.com', 'zoho.com', 'mailbox.org', 'posteo.de', 'posteo.net',
  // France and Belgium, Switzerland
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'bbox.fr', 'neuf.fr', 'aliceadsl.fr', 'club-internet.fr',
  'cegetel.net', 'numericable.fr', 'noos.fr', 'voila.fr', 'skynet.be', 'telenet.be', 'bluewin.ch', 'sunrise.ch', 'hispeed.ch',
  // Germany, Italy, Central and Eastern Europe
  'web.de', 't-online.de', 'freenet.de', 'arcor.de', 'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tin.it',
  'mail.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'rambler.ru', 'ya.ru', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl',
  // United Kingdom, North America, Asia
  'btinternet.com', 'sky.com', 'virginmedia.com', 'ntlworld.com', 'talktalk.net', 'comcast.net', 'verizon.net', 'att.net',
  'sbcglobal.net', 'bellsouth.net', 'cox.net', 'charter.net', 'earthlink.net', 'qq.com', '163.com', '126.com', 'naver.com',
]);

// Providers with a domain per country: yahoo.fr, hotmail.co.uk, live.be, gmx.de, yandex.ru…
const FAMILIES = new Set(['yahoo', 'hotmail', 'outlook', 'live', 'windowslive', 'gmx', 'yandex', 'aol', 'gmail', 'icloud']);
const COUNTRY_SUFFIX = /^(?:(?:co|com|net|org)\.)?[a-z]{2,3}$/;

export const isPersonalMailbox = (domain: string): boolean => {
  const name = domain.trim().toLowerCase().replace(/\.$/, '');
  if (DOMAINS.has(name)) return true;
  const dot = name.indexOf('.');
  return dot > 0 && FAMILIES.has(name.slice(0, dot)) && COUNTRY_SUFFIX.test(name.slice(dot + 1));
};
