import type { EventOutcome, FieldIssue, ParsedInput } from '../../api';
import { defaultOutcomeOf, LOGGABLE_OUTCOMES } from '../events/outcome';
import { cleanText } from '../text/clean-text';
import { validationError } from '../errors';
import { DAY_MS } from '../time-units';
import { webLinkOf } from '../text/web-link';
import { currencyCode } from '../money/currency';
import { parseAmount } from '../money/parse-amount';
import { parseItems } from '../events/parse-items';

export type EventInput = ParsedInput<'events.log'>;

// The columns of a contact_events row that a logged event fills.
export type EventValues = {
  type: EventInput['type'];
  occurredAt: number;
  amountMinor: number | null;
  currency: string | null;
  reference: string | null;
  items: string | null;
  link: string | null;
  note: string | null;
  outcome: EventOutcome;
};

// A day of slack: the owner's clock and time zone may put "today, 6 pm" a few hours ahead of
// the host's UTC; anything later is a typing slip (2062 for 2026), not a fact to record.
const FUTURE_SLACK_MS = DAY_MS;
const EARLIEST = Date.UTC(1900, 0, 1);

// Kinds where the amount is the point of the event.
const NEEDS_AMOUNT = new Set(['donation', 'refund']);

// A past or present moment, or the issue explaining why not; null input means now.
export const readMoment = (iso: string | null, now: number, path: string, issues: FieldIssue[]): number => {
  if (iso === null) return now;
  const ms = Date.parse(iso);
  if (ms > now + FUTURE_SLACK_MS) {
    issues.push({ path, rule: 'log.future', message: 'This date is in the future. The timeline records what already happened: use today or a past date.' });
  } else if (ms < EARLIEST) {
    issues.push({ path, rule: 'log.tooOld', message: 'This date is before 1900. Check the year.' });
  }
  return ms;
};

type Money = { amountMinor: number | null; currency: string | null };

const readMoney = (input: EventInput, fallbackCurrency: string, issues: FieldIssue[]): Money => {
  if (!('amount' in input)) return { amountMinor: null, currency: null };
  const typed = input.currency === null ? null : currencyCode(input.currency);
  if (input.currency !== null && typed === null) {
    issues.push({ path: 'currency', rule: 'log.currency.invalid', params: { value: input.currency }, message: `“${input.currency}” is not a currency code such as EUR or USD.` });
  }
  const text = input.amount.trim();
  if (text === '') {
    if (NEEDS_AMOUNT.has(input.type)) issues.push({ path: 'amount', rule: 'log.amount.required', message: 'Write the amount, such as 25 or 12.50.' });
    return { amountMinor: null, currency: null };
  }
  const parsed = parseAmount(text, typed);
  if (parsed === null) {
    issues.push({ path: 'amount', rule: 'log.amount.invalid', params: { value: text }, message: `“${text}” is not an amount. Write it like 25, 12.50 or 12,50.` });
    return { amountMinor: null, currency: null };
  }
  if (parsed.minor < 0 || (parsed.minor === 0 && NEEDS_AMOUNT.has(input.type))) {
    issues.push({ path: 'amount', rule: 'log.amount.positive', message: 'Write an amount above zero.' });
  }
  return { amountMinor: parsed.minor, currency: parsed.currency ?? fallbackCurrency };
};

// Links are opened by the owner later: only web addresses, never javascript: or file:.
const readLink = (input: EventInput, issues: FieldIssue[]): string | null => {
  if (!('link' in input)) return null;
  const text = input.link.trim();
  if (text === '') return null;
  const url = webLinkOf(text);
  if (!url) {
    issues.push({ path: 'link', rule: 'log.link.invalid', message: 'Paste the whole web address, starting with https://.' });
    return null;
  }
  return url.href;
};

// What became of it (C8): an order or gift that failed counts in no figure; without a choice,
// what the kind means (completed, or a cart still abandoned).
const readOutcome = (input: EventInput, issues: FieldIssue[]): EventOutcome => {
  const chosen = 'outcome' in input ? input.outcome : null;
  if (chosen === null) return defaultOutcomeOf(input.type);
  if (!(LOGGABLE_OUTCOMES[input.type] ?? []).includes(chosen)) {
    issues.push({ path: 'outcome', rule: 'log.outcome.invalid', message: 'Choose one of the statuses offered for this kind of event.' });
  }
  return chosen;
};

const optionalText = (value: string): string | null => {
  const clean = cleanText(value);
  return clean === '' ? null : clean;
};

// Reads what a person typed into the values to store, reporting every problem at once.
export const readEventInput = (input: EventInput, now: number, fallbackCurrency: string): EventValues => {
  const issues: FieldIssue[] = [];
  const occurredAt = readMoment(input.occurredAt, now, 'occurredAt', issues);
  const money = readMoney(input, fallbackCurrency, issues);
  const link = readLink(input, issues);
  const outcome = readOutcome(input, issues);
  const note = input.note.normalize('NFC').trim();
  if (input.type === 'note' && note === '') issues.push({ path: 'note', rule: 'log.note.required', message: 'Write the note.' });
  if (issues.length > 0) throw validationError(issues);
  const items = 'items' in input ? parseItems(input.items) : [];
  return {
    type: input.type,
    occurredAt,
    ...money,
    reference: 'reference' in input ? optionalText(input.reference) : null,
    items: items.length > 0 ? JSON.stringify(items) : null,
    link,
    note: note === '' ? null : note,
    outcome,
  };
};
