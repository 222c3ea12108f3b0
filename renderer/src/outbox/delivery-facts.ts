import type { OutboxEntry } from '../../../api';
import type { Language, Translate } from '../i18n/i18n';
import { formatFullWhen } from './outbox-words';

type Delivery = Pick<OutboxEntry, 'state' | 'attempts' | 'nextAttemptAt' | 'messageId' | 'smtpCode' | 'enhancedCode' | 'smtpResponse'>;

// "550 5.1.1 User unknown": the code, the enhanced code (RFC 3463) and the text, each once;
// servers often repeat the codes at the start of their text.
export const serverAnswer = ({ smtpCode, enhancedCode, smtpResponse }: Delivery): string | null => {
  const text = (smtpResponse ?? '').trim();
  const head = [smtpCode === null ? '' : String(smtpCode), enhancedCode ?? ''].filter((part) => part && !text.startsWith(part) && !text.includes(` ${part}`));
  return [...head, text].filter(Boolean).join(' ') || null;
};

// What core records when the connection ended without an answer (core/sending/record-outcome.ts).
const NO_ANSWER = 'no answer: the connection ended';

const WITH_ANSWER = new Set<OutboxEntry['state']>(['sent', 'deferred', 'failed', 'paused', 'unknown']);
const WITH_ATTEMPTS = new Set<OutboxEntry['state']>(['deferred', 'failed', 'paused', 'unknown']);

// What the detail adds once a message has met the mail server: the next try of a deferred one,
// how many tries so far, the server's last answer, and the Message-ID to look it up by.
export const deliveryFacts = (entry: Delivery, t: Translate, language: Language, timeZone?: string): [string, string][] => {
  const facts: [string, string][] = [];
  if (entry.nextAttemptAt && (entry.state === 'deferred' || entry.state === 'paused')) {
    facts.push([t('outbox.fact.nextAttempt'), formatFullWhen(entry.nextAttemptAt, language, timeZone)]);
  }
  if (entry.attempts > 0 && WITH_ATTEMPTS.has(entry.state)) facts.push([t('outbox.fact.attempts'), String(entry.attempts)]);
  const answer = WITH_ANSWER.has(entry.state) ? serverAnswer(entry) : null;
  if (answer) facts.push([t('outbox.fact.serverAnswer'), answer === NO_ANSWER ? t('outbox.answer.none') : answer]);
  if (entry.messageId && (entry.state === 'sent' || entry.state === 'unknown')) facts.push([t('outbox.fact.messageId'), entry.messageId]);
  return facts;
};
