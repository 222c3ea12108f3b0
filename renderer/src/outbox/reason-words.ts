import type { OutboxState, PauseReason } from '../../../api';
import type { MessageKey } from '../i18n/en';
import type { Language, Translate } from '../i18n/i18n';
import { counted, plural } from '../i18n/plural';
import { formatFullWhen, formatFullWhenBoth, THEIR_ZONE } from './outbox-words';
import { HELD_BY_POLICY, policyKindOf } from './policy-in-reason';

// Core explains each message in English clauses joined by "; " ("cart 2 of 3, unless they buy
// or reply; moved to 2026-03-09 08:00 UTC, inside the send window (weekdays 9:00–18:00)").
// The window words the shapes it knows in its own language, with dates in local time, and
// shows any other clause as core wrote it.
// `timeZone`: the owner's, where every time is shown (the computer's when not given).
type Words = { t: Translate; language: Language; timeZone?: string };
type Rule = { pattern: RegExp; word: (match: RegExpMatchArray, words: Words) => string };

const day = (ymd: string, language: Language): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${ymd}T00:00:00Z`));

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// 2024-01-07 was a Sunday: day i of that week names weekday i.
const weekdayName = (index: number, language: Language): string =>
  new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 7 + index));

const windowWords = (text: string, { t, language }: Words): string => {
  const match = text.match(/^(.*?) ?(\d{1,2}:00–\d{1,2}:00)$/);
  if (!match) return text;
  const days = match[1] === 'weekdays' ? t('outbox.reason.weekdays') : match[1]!.split(', ').map((name) => (WEEKDAYS.includes(name) ? weekdayName(WEEKDAYS.indexOf(name), language) : name)).join(', ');
  return `${days} ${match[2]}`.trim();
};

const FIELDS: Record<string, MessageKey> = {
  'the promo code (Settings → Programs)': 'outbox.field.promoCode',
  'the Google Place ID (Settings → Programs)': 'outbox.field.placeId',
  'the business name (Settings)': 'outbox.field.businessName',
  'the postal address (Settings)': 'outbox.field.postalAddress',
  'the reply address (Settings)': 'outbox.field.replyAddress',
  'the sender name (Settings)': 'outbox.field.senderName',
  template: 'outbox.field.template',
};

const STOPS: Record<string, MessageKey> = {
  'they ordered': 'outbox.reason.stopped.order',
  'they replied': 'outbox.reason.stopped.reply',
  'they unsubscribed': 'outbox.reason.stopped.unsubscribed',
  'the address bounced': 'outbox.reason.stopped.bounced',
  // The stage programs' stops (core/programs/checkout-unpaid.ts, product-viewed.ts, quote-follow-up.ts).
  'they paid': 'outbox.reason.stopped.paid',
  'they reached payment': 'outbox.reason.stopped.payment',
  'a newer cart started its own messages': 'outbox.reason.stopped.newerCart',
  'a cart or an order followed': 'outbox.reason.stopped.followed',
  'the prospect was marked won': 'outbox.reason.stopped.won',
  'the prospect was marked lost': 'outbox.reason.stopped.lost',
};

// The same stops, when core cancels the messages left rather than plans them stopped.
const CANCELS: Record<string, MessageKey> = {
  'they ordered': 'outbox.reason.cancelled.order',
  'they replied': 'outbox.reason.cancelled.reply',
  'they unsubscribed': 'outbox.reason.cancelled.unsubscribed',
  'the address bounced': 'outbox.reason.cancelled.bounced',
};

const KINDS: Record<string, MessageKey> = { customer: 'kind.customer', donor: 'kind.donor', prospect: 'kind.prospect' };
const PROGRAM_WORDS: Record<string, MessageKey> = {
  'cart recovery': 'outbox.reason.basis.program.cart',
  reactivation: 'outbox.reason.basis.program.reactivation',
  'review requests': 'outbox.reason.basis.program.review',
  'unpaid checkout messages': 'outbox.reason.basis.program.checkout',
  'product viewed messages': 'outbox.reason.basis.program.viewed',
  'quote follow-ups': 'outbox.reason.basis.program.quote',
};

const fixed = (text: string, key: MessageKey): Rule => ({ pattern: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), word: (_, { t }) => t(key) });

const RULES: Rule[] = [
  { pattern: /^cart (\d+) of (\d+), unless they buy or reply$/, word: ([, step, steps], { t }) => t('outbox.reason.cart', { step: step!, steps: steps! }) },
  { pattern: /^cart (\d+) of (\d+)$/, word: ([, step, steps], { t }) => t('outbox.reason.cartStep', { step: step!, steps: steps! }) },
  {
    pattern: /^stopped: (.+) on (\d{4}-\d{2}-\d{2})$/,
    word: ([whole, why, date], { t, language }) => (STOPS[why!] ? t(STOPS[why!]!, { date: day(date!, language) }) : whole),
  },
  {
    // A window read in the recipient's zone names it ("…, America/New_York time"): the moved time
    // is then said in both zones, so it never seems to fall outside the window.
    pattern: /^moved to (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC, inside the send window \((.*?)(?:, ([\w/+-]+) time)?\)$/,
    word: ([, date, time, window, zone], words) => {
      const at = `${date}T${time}:00Z`;
      const owner = words.timeZone;
      if (!zone || !owner || zone === owner) return words.t('outbox.reason.moved', { when: formatFullWhen(at, words.language, zone ?? owner), window: windowWords(window!, words) });
      const theirs = words.t('clock.reason.windowTheirs', { window: windowWords(window!, words) });
      return words.t('outbox.reason.moved', { when: formatFullWhenBoth(at, words.language, words.t, owner, zone), window: theirs });
    },
  },
  { pattern: THEIR_ZONE, word: ([, zone], { t }) => t('clock.reason.theirZone', { zone: zone! }) },
  { pattern: /^cancelled: (they ordered|they replied|they unsubscribed|the address bounced)$/, word: ([, why], { t }) => t(CANCELS[why!]!) },
  {
    pattern: /^moved to (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC: an automatic reply said they are away until (\d{4}-\d{2}-\d{2})$/,
    word: ([, date, time, back], words) => words.t('outbox.reason.away', { when: formatFullWhen(`${date}T${time}:00Z`, words.language, words.timeZone), date: day(back!, words.language) }),
  },
  {
    pattern: /^moved to (\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC: at most one message a day per person$/,
    word: ([, date, time], words) => words.t('outbox.reason.oneADay', { when: formatFullWhen(`${date}T${time}:00Z`, words.language, words.timeZone) }),
  },
  {
    pattern: /^missing: (.+)$/,
    word: ([, list], { t }) => t('outbox.reason.missing', { fields: list!.split(', ').map((field) => (FIELDS[field] ? t(FIELDS[field]!) : field)).join(', ') }),
  },
  fixed('cancelled: the person unsubscribed or is on the suppression list', 'outbox.reason.suppressed'),
  fixed('needs a legal basis (consent, soft opt-in, legitimate interest…) before it can go', 'outbox.reason.noBasis'),
  fixed('no email address or phone number to reach them', 'outbox.reason.unreachable'),
  fixed('cancelled: it no longer applies', 'outbox.reason.noLongerApplies'),
  fixed('reactivation: one plain question, unless they reply or buy first', 'outbox.reason.reactivation'),
  {
    pattern: /^reactivation, deferred: at least (\d+) months? after the last one \((\d{4}-\d{2}-\d{2})\)$/,
    word: ([, months, date], { t, language }) => counted(t, language, 'outbox.reason.afterLast', Number(months), { date: day(date!, language) }),
  },
  {
    pattern: /^reactivation, deferred: at least (\d+) months? after the last real contact \((\d{4}-\d{2}-\d{2})\)$/,
    word: ([, months, date], { t, language }) => counted(t, language, 'outbox.reason.afterContact', Number(months), { date: day(date!, language) }),
  },
  { pattern: /^reactivation, deferred: at most (\d+) a year$/, word: ([, count], { t }) => t('outbox.reason.perYear', { count: count! }) },
  { pattern: /^reactivation, deferred: (\d+) days? after the cart messages$/, word: ([, days], { t, language }) => counted(t, language, 'outbox.reason.coolDown', Number(days)) },
  {
    pattern: /^re-permission: no real contact since (\d{4}-\d{2}-\d{2}), more than 3 years ago$/,
    word: ([, date], { t, language }) => t('outbox.reason.repermission', { date: day(date!, language) }),
  },
  fixed('the only message they can get', 'outbox.reason.onlyOne'),
  {
    pattern: /^no real contact since (\d{4}-\d{2}-\d{2}): the one re-permission message was already sent$/,
    word: ([, date], { t, language }) => t('outbox.reason.repermissionSent', { date: day(date!, language) }),
  },
  { pattern: /^review request, (\d+) days? after delivery$/, word: ([, days], { t, language }) => counted(t, language, 'outbox.reason.review', Number(days)) },
  fixed('the one reminder, unless they reply', 'outbox.reason.reminder'),
  ...stageRules(),
  fixed('on hold: the contact has an open complaint', 'outbox.reason.complaint'),
  fixed('on hold: restored from a backup, check before sending', 'backups.reason.restored'),
  fixed('on hold: it may have gone before the restore, check before sending', 'backups.reason.carried'),
  { pattern: HELD_BY_POLICY, word: ([, words, phrase], { t }) => t(`outbox.reason.policy.${policyKindOf(words!)}`, { phrase: phrase! }) },
  ...basisRules(),
  ...deliveryRules(),
];

// The stage programs' own clauses (core/programs/checkout-unpaid.ts, product-viewed.ts, quote-follow-up.ts).
function stageRules(): Rule[] {
  const unpaid = (what: string) => (what === 'payment failed' ? 'failed' : 'pending');
  return [
    {
      pattern: /^(order unpaid|payment failed): message (\d+) of (\d+), unless they pay or reply$/,
      word: ([, what, step, steps], { t }) => t(`outbox.reason.checkout.${unpaid(what!)}`, { step: step!, steps: steps! }),
    },
    {
      pattern: /^(order unpaid|payment failed): message (\d+) of (\d+)$/,
      word: ([, what, step, steps], { t }) => t(`outbox.reason.checkoutStep.${unpaid(what!)}`, { step: step!, steps: steps! }),
    },
    fixed('product viewed, one gentle message 3 days later, unless a cart or an order follows', 'outbox.reason.viewed'),
    fixed('product viewed', 'outbox.reason.viewedStep'),
    { pattern: /^not again: one went on (\d{4}-\d{2}-\d{2}), at most one in 90 days$/, word: ([, date], { t, language }) => t('outbox.reason.viewedOnce', { date: day(date!, language) }) },
    { pattern: /^quote follow-up (\d+) of (\d+), unless they reply or decide$/, word: ([, step, steps], { t }) => t('outbox.reason.quote', { step: step!, steps: steps! }) },
    { pattern: /^quote follow-up (\d+) of (\d+)$/, word: ([, step, steps], { t }) => t('outbox.reason.quoteStep', { step: step!, steps: steps! }) },
  ];
}

// Why a contact's legal basis does not cover a program (core/programs/legal-basis.ts).
function basisRules(): Rule[] {
  const kind = (name: string, t: Translate) => (KINDS[name] ? t(KINDS[name]!).toLocaleLowerCase() : name);
  const program = (words: string, t: Translate) => (PROGRAM_WORDS[words] ? t(PROGRAM_WORDS[words]!) : words);
  const problem = (text: string, t: Translate): string => {
    const notProspect = text.match(/^this contact is a (\w+), not a prospect$/);
    if (notProspect) return t('outbox.reason.basis.notProspect', { kind: kind(notProspect[1]!, t) });
    if (text === 'this contact has no email address') return t('outbox.reason.basis.noEmail');
    const personal = text.match(/^(.+) is a personal mailbox$/);
    return personal ? t('outbox.reason.basis.personal', { domain: personal[1]! }) : text;
  };
  return [
    fixed('soft opt-in only covers people who bought before', 'outbox.reason.basis.softOptIn'),
    fixed('record their consent to send this', 'outbox.reason.basis.askConsent'),
    { pattern: /^B2B legitimate interest only covers prospects at a company address, and (.+)$/, word: ([, text], { t }) => t('outbox.reason.basis.b2b', { problem: problem(text!, t) }) },
    { pattern: /^charity opt-out only covers reactivating donors, not (.+)$/, word: ([, words], { t }) => t('outbox.reason.basis.charityProgram', { program: program(words!, t) }) },
    { pattern: /^charity opt-out only covers reactivating donors, and this contact is a (\w+)$/, word: ([, name], { t }) => t('outbox.reason.basis.charityKind', { kind: kind(name!, t) }) },
    { pattern: /^transactional only covers messages about an order or an account, not (.+)$/, word: ([, words], { t }) => t('outbox.reason.basis.transactional', { program: program(words!, t) }) },
  ];
}

// What sending wrote on a message (core/sending): the server's verdict and the owner's decision.
function deliveryRules(): Rule[] {
  return [
    fixed('the connection failed before the message was handed over', 'outbox.reason.connectionFailed'),
    fixed('the connection was cut after the message was handed over', 'outbox.reason.connectionCut'),
    fixed('the sending process stopped while this message was being sent', 'outbox.reason.processStopped'),
    { pattern: /^(.+): it may have arrived$/, word: ([, what], words) => words.t('outbox.reason.mayHaveArrived', { what: clause(what!, words) }) },
    fixed('check your Sent folder, then send it again or drop it', 'outbox.reason.checkSent'),
    fixed("the recipient's mailbox is full", 'outbox.reason.mailboxFull'),
    { pattern: /^the server asked to try again later \((.+)\)$/, word: ([, code], { t }) => t('outbox.reason.tryLater', { code: code! }) },
    { pattern: /^the server refused the message for good \((.+)\)$/, word: ([, code], { t }) => t('outbox.reason.refused', { code: code! }) },
    fixed('the address does not exist (bounce)', 'outbox.reason.bounced'),
    { pattern: /^tried (\d+) times?$/, word: ([, count], { t, language }) => plural(t, language, Number(count), 'outbox.reason.tried.one', 'outbox.reason.tried.other') },
    { pattern: /^gave up after (\d+) attempts: (.+)$/, word: ([, count, why], words) => counted(words.t, words.language, 'outbox.reason.gaveUp', Number(count), { why: clause(why!, words) }) },
    fixed('the mail server could not be reached', 'outbox.reason.unreachableServer'),
    {
      pattern: /^the mailbox is paused: (auth|quota|rate|policy|sender|certificate)$/,
      word: ([, why], { t }) => t('outbox.reason.mailboxPaused', { why: t(`outbox.reason.pause.${why as PauseReason}`) }),
    },
    fixed('the owner checked and asked to send it again', 'outbox.reason.retried'),
    fixed('dropped by the owner after an unknown delivery', 'outbox.reason.dropped'),
    // What reading the mailbox found later (core/reading): the Sent folder, a bounce report.
    fixed('found in your Sent folder', 'outbox.reason.foundInSent'),
    fixed('not found in your Sent folder', 'outbox.reason.notFoundInSent'),
    { pattern: /^bounced later: (.+)$/, word: ([, answer], { t }) => t('outbox.reason.bouncedLater', { answer: answer! }) },
  ];
}

// Clauses that say what is happening to a message in the sender's hands: true only while it is
// in that state. Core keeps them in the reason as history; once the message has moved on (the
// mailbox resumed, a retry went through), they are not shown.
const WHILE: [RegExp, OutboxState][] = [
  [/^the mailbox is paused: /, 'paused'],
  [/: it may have arrived$/, 'unknown'],
  [/^check your Sent folder, then send it again or drop it$/, 'unknown'],
  [/^not found in your Sent folder$/, 'unknown'],
  [/^tried \d+ times?$/, 'deferred'],
  [/^the server asked to try again later \(/, 'deferred'],
  [/^the recipient's mailbox is full$/, 'deferred'],
  [/^the connection failed before the message was handed over$/, 'deferred'],
  [/^the mail server could not be reached$/, 'deferred'],
];

const isStale = (part: string, state: OutboxState | undefined): boolean =>
  state !== undefined && WHILE.some(([pattern, only]) => only !== state && pattern.test(part));

const clause = (text: string, words: Words): string => {
  for (const rule of RULES) {
    const match = text.match(rule.pattern);
    if (match) return rule.word(match, words);
  }
  return text;
};

// `state`: the message's state now, to leave out what no longer applies (see WHILE); `timeZone`:
// the owner's, where times are shown.
export const describeReason = (reason: string, t: Translate, language: Language, state?: OutboxState, timeZone?: string): string => {
  const text = reason
    .split('; ')
    .map((part) => part.trim())
    .filter((part) => !isStale(part, state))
    .map((part) => clause(part, { t, language, timeZone }))
    .filter(Boolean)
    // French sets a space before a semicolon.
    .join(language === 'fr' ? ' ; ' : '; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};
