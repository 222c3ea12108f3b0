import { copyOfProblem } from '../keep-text';
import type { ImportEvent, ImportItem, ImportRecord, Mapping } from '../types';
import { parseAmount } from '../../money/parse-amount';
import { ownItems, type RowValues } from './row-values';
import { splitFullName } from './split-name';

// A row's values into the record it describes, plus the event it carries (not yet merged with
// the other lines of the same order, and not yet checked for a date).

// The event as it will be stored, except that its date may still be missing.
export type EventDraft = Omit<ImportEvent, 'occurredAt'> & { occurredAt: number | null };

// Most rows have no second address, no tags and no problem: one frozen empty list stands for all
// of them (a 304k-row file otherwise holds five empty arrays per row). Code that adds to a
// record's list takes its own copy first (`growable`); a forgotten one throws instead of
// adding to every record.
export const emptyList: never[] = Object.freeze([]) as never[];

export const growable = <T>(list: T[]): T[] => (Object.isFrozen(list) ? [] : list);

// A scratch list of the row values, copied at its exact length (a list grown by push keeps
// room for 17).
const listOf = <T>(scratch: T[]): T[] => (scratch.length === 0 ? emptyList : scratch.slice());

export type BuildOptions = {
  defaults: Pick<Mapping, 'defaultKind' | 'defaultEventType'>;
  // A consent date with no yes/no column means consent was given then (Mailchimp's export of
  // subscribed members), except in a file that lists people who left.
  isConsentDateConsent: boolean;
  // For an amount whose currency neither its cell, a currency column nor its header names.
  currency: string | null;
};

// The first of the two lists is the main value; the rest, without repeats, are extra.
const mainOf = (first: string[], second: string[]): string | null => first[0] ?? second[0] ?? null;
const extrasOf = (first: string[], second: string[]): string[] => {
  if (first.length + second.length <= 1) return emptyList;
  const seen = new Set<string>();
  const extras: string[] = [];
  for (const list of [first, second]) {
    for (const value of list) {
      const key = value.toLowerCase();
      if (seen.has(key)) continue;
      if (seen.size > 0) extras.push(value);
      seen.add(key);
    }
  }
  return listOf(extras);
};

const uniqueTags = (tags: string[]): string[] => {
  if (tags.length <= 1) return listOf(tags);
  const seen = new Set<string>();
  return tags.filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

// A full name is split only when the file has no first or last name.
const splitNameInto = (record: ImportRecord, values: RowValues): void => {
  if (values.firstName || values.lastName || !values.fullName) return;
  // A card whose only name is its company's (vCard of an organisation) names no person.
  if (values.fullName.toLowerCase() === values.company.toLowerCase()) return;
  const { firstName, lastName } = splitFullName(values.fullName);
  record.firstName = firstName;
  record.lastName = lastName;
};

const consentOf = (values: RowValues, options: BuildOptions): ImportRecord['consent'] => {
  // Any "no" outweighs a "yes": a person who unsubscribed is never emailed by mistake.
  if (values.consentWithdrawn) return { state: 'withdrawn', at: values.consentWithdrawnAt };
  // A stated basis stands even beside an unticked opt-in box: soft opt-in is for exactly those customers.
  if (values.legalBasis !== null) return { state: 'given', at: values.consentGivenAt ?? values.consentDate, basis: values.legalBasis };
  if (values.consentGiven) return { state: 'given', at: values.consentGivenAt ?? values.consentDate };
  if (values.consentDate !== null && options.isConsentDateConsent && !values.consentDeclined) return { state: 'given', at: values.consentDate };
  return null;
};

const eventOf = (values: RowValues, options: BuildOptions): EventDraft | null => {
  if (!values.hasEvent || values.isEventTypeInvalid) return null;
  const type = values.eventType ?? options.defaults.defaultEventType;
  if (type === null) {
    values.problems.push({
      line: values.line,
      column: null,
      message: 'This row describes an order or a donation, but nothing says which: choose the kind of event for this file.',
      rule: 'import.noEventType',
    });
    return null;
  }
  let amountMinor: number | null = null;
  let currency = values.currency;
  if (values.amountText !== null && values.amountColumn !== null) {
    const amount = parseAmount(values.amountText, values.currency, values.amountColumn.headerCurrency);
    if (amount === null) {
      values.problems.push({
        line: values.line,
        column: values.amountColumn.header,
        message: `“${values.amountText}” is not an amount.`,
        rule: 'import.notAnAmount',
        params: { value: values.amountText },
      });
    } else {
      amountMinor = amount.minor;
      currency = amount.currency ?? options.currency;
    }
  }
  if (values.itemName !== null) ownItems(values).push({ name: values.itemName, quantity: values.itemQuantity ?? 1 });
  const items = (values.sharedItems as ImportItem[] | null) ?? listOf(values.items);
  return { type, occurredAt: values.eventDate, dateOnly: values.isEventDateOnly, amountMinor, currency, reference: values.reference, items, status: values.status, link: values.link };
};

// Until the lines of one order are merged (merge-events.ts), a record's one event is a draft
// held in its own list: the list the record keeps, made once, instead of a wrapper per row
// (304k rows: one object fewer each that lives until the end of the mapping).
export const draftOf = (record: ImportRecord): EventDraft | null => (record.events.length === 0 ? null : (record.events[0] as EventDraft));

export const buildRow = (values: RowValues, options: BuildOptions): ImportRecord => {
  const event = eventOf(values, options);
  const record: ImportRecord = {
    line: values.line,
    firstName: values.firstName,
    lastName: values.lastName,
    email: mainOf(values.emails, values.extraEmails),
    extraEmails: extrasOf(values.emails, values.extraEmails),
    phone: mainOf(values.phones, values.extraPhones),
    extraPhones: extrasOf(values.phones, values.extraPhones),
    company: values.company,
    kind: values.kind ?? options.defaults.defaultKind,
    tags: uniqueTags(values.tags),
    language: values.language,
    country: values.country,
    region: values.region,
    postalCode: values.postalCode,
    notes: values.notes.length === 1 ? values.notes[0]! : values.notes.join('\n'),
    sourceId: values.sourceId,
    consent: consentOf(values, options),
    // Without a creation date, someone who agreed to hear from us on a date was here by then.
    createdAt: values.createdAt ?? values.consentGivenAt ?? values.consentDate,
    events: event === null ? emptyList : [event as ImportEvent],
    // Problems quote cells, which are slices of the whole file's text (keep-text.ts).
    problems: values.problems.length === 0 ? emptyList : values.problems.map(copyOfProblem),
  };
  splitNameInto(record, values);
  return record;
};
