import { fold } from './fold';
import { headerWords } from './normalize-header';

// Marketing consent as exports state it: "yes"/"no", "oui"/"non", "true"/"false",
// "subscribed"/"unsubscribed", "opt-in", HubSpot's "Marketing contact", or an opt-out column
// (Brevo EMAIL_BLACKLISTED, Mailchimp UNSUB_TIME) where "true" or a date means the person
// said no.

// 'declined': an opt-in box left unticked; no consent, but no opt-out either.
export type ConsentAnswer = 'given' | 'withdrawn' | 'declined' | 'unsaid' | 'invalid';

const givenWords = new Set([
  'yes', 'y', 'oui', 'o', 'true', '1', 'vrai', 'x', 'ok', 'subscribed', 'subscriber', 'abonne', 'abonnee', 'inscrit', 'inscrite',
  'opt in', 'optin', 'opted in', 'single opt in', 'double opt in', 'confirmed', 'granted', 'given', 'consent', 'consented',
  'accepted', 'accepte', 'acceptee', 'marketing', 'marketing contact', 'marketable',
]);
// Only words that record an opt-out withdraw consent. A plain "no" in an opt-in column (Shopify's
// "Accepts Email Marketing: no") means the box was never ticked, which is not an unsubscribe: it
// must not land the person on the suppression list, where soft opt-in mail to customers stops.
const withdrawnWords = new Set([
  'unsubscribed', 'desabonne', 'desabonnee', 'desinscrit', 'desinscrite', 'opt out', 'optout', 'opted out', 'revoked', 'withdrawn',
  'refused', 'refuse', 'refusee', 'declined', 'unmarketable',
]);
const notGivenWords = new Set(['no', 'n', 'non', 'false', '0', 'faux', 'not subscribed', 'non marketing contact', 'non marketing', 'not marketing contact']);
// Said in the file, but says neither yes nor no.
const unsaidWords = new Set(['pending', 'en attente', 'unknown', 'inconnu', 'not specified', 'non renseigne', 'na', 'n a', 'cleaned', 'transactional']);

// A column whose "yes" means "do not email": Brevo EMAIL_BLACKLISTED, HubSpot "Unsubscribed
// from all email", Mailchimp UNSUB_TIME, "Désabonné", "Opt-out".
export const isOptOutHeader = (header: string): boolean =>
  /\b(unsub\w*|blacklist\w*|black listed|opt ?out|optout|opted out|desabonn\w*|desinscri\w*|do not (e ?mail|contact)|bounced?)\b/.test(headerWords(header));

const ticks = new Set(['✓', '✔', '☑']);

// `isDate` tells whether the cell is a date (a consent or unsubscribe date standing for "yes").
export const readConsentCell = (value: string, isOptOut: boolean, isDate: boolean): ConsentAnswer => {
  const key = ticks.has(value.trim()) ? 'yes' : fold(value);
  let answer: ConsentAnswer;
  if (givenWords.has(key) || isDate) answer = 'given';
  else if (withdrawnWords.has(key)) answer = 'withdrawn';
  else if (notGivenWords.has(key)) answer = 'declined';
  else if (unsaidWords.has(key)) return 'unsaid';
  else return 'invalid';
  // In an opt-out column "yes" withdraws, and "no" says nothing about consent given.
  if (isOptOut) return answer === 'given' ? 'withdrawn' : 'unsaid';
  return answer;
};
