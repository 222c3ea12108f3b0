// From their own files: the api index would build the whole contract's schemas in the import thread.
import { contactLimits } from '../../../api/contacts';
import { eventLimits } from '../../../api/timeline';
import type { ImportField } from '../types';
import { readConsentCell } from './consent';
import { addNote, addTags, fullNameLimit, nameCell, webLinkCell, withinLimit } from './field-rules';
import { parseTimeOfDay, parseWallDate } from './parse-date';
import { ownItems, type ColumnPlan, type RowContext, type RowValues } from './row-values';
import { splitMultiValue } from './split-values';

// How each field reads one trimmed, non-empty cell into the row's values. A value that cannot
// be read leaves the field empty and says why, naming the line and the column.

export type CellReader = (values: RowValues, cell: string, column: ColumnPlan, context: RowContext) => void;

const quoted = (cell: string): string => `“${cell}”`;

// Every such problem is about the cell's value, which the translated wording quotes too.
const report = (values: RowValues, column: ColumnPlan, cell: string, rule: string, message: string): void => {
  values.problems.push({ line: values.line, column: column.header, message, rule, params: { value: cell } });
};

// Below U+0300 (Latin letters with their accents, precomposed) no character changes in NFC
// and none combines with the one before: ICU's own quick check starts there. Most names are
// such text, and skip the copy into ICU that normalize makes.
const isBelowCombiningMarks = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
};

// Names as typed, in NFC so "é" typed two ways is one name, inner runs of spaces made one.
const name = (cell: string): string => {
  const nfc = isBelowCombiningMarks(cell) ? cell : cell.normalize('NFC');
  return /\s\s|[\t\n\r\u00a0\u202f]/.test(nfc) ? nfc.replace(/\s+/g, ' ') : nfc;
};

// Shopify and Excel users put a leading apostrophe to keep "+33…" or "007…" as text.
const withoutTextMarker = (cell: string): string => (cell.charCodeAt(0) === 39 && /^'[+\d]/.test(cell) ? cell.slice(1) : cell);

// Google joins several addresses or numbers in one cell with " ::: ".
const addValues = (into: string[], cell: string, isPhone: boolean): void => {
  if (!cell.includes(':::')) into.push(isPhone ? withoutTextMarker(cell) : cell);
  else for (const value of splitMultiValue(cell)) into.push(isPhone ? withoutTextMarker(value) : value);
};

// The cell's wall-clock time read as UTC, or its instant when it names its own offset
// (context.reading says which, and whether it had a time at all).
const readWall = (values: RowValues, cell: string, column: ColumnPlan, context: RowContext): number | null => {
  const { reading } = context;
  const wall = parseWallDate(cell, context.order, context.now, reading);
  if (reading.isOrderUsed) context.isOrderUsed = true;
  if (wall === null) report(values, column, cell, 'import.notADate', `${quoted(cell)} is not a date.`);
  return wall;
};

// Contact dates (created, consent) and deliveries are instants: a time without a zone is the
// row's zone's. A date without a time has no column of its own to say so, and is read as noon
// there: the one hour whose date is the same in UTC and in every zone within 12 hours of the
// owner's, so "created on 1 February" never shows as 31 January, whether a screen prints it in
// the owner's zone, a reason stamps it in UTC, or a browser elsewhere reads it.
const NOON = 12 * 3_600_000;

const instantOf = (cell: string, context: RowContext): number | null => {
  const { reading } = context;
  const wall = parseWallDate(cell, context.order, context.now, reading);
  if (reading.isOrderUsed) context.isOrderUsed = true;
  if (wall === null || reading.hasZone) return wall;
  return context.zone.toUtc(reading.isDateOnly ? wall + NOON : wall);
};

const readDate = (values: RowValues, cell: string, column: ColumnPlan, context: RowContext): number | null => {
  const date = instantOf(cell, context);
  if (date === null) report(values, column, cell, 'import.notADate', `${quoted(cell)} is not a date.`);
  return date;
};

// An event's date with no time, and no time column beside it, stays a date: midnight UTC of that
// day, flagged, which every screen shows as that day in any zone. With a time column, the two
// make the wall-clock time that the row's zone places.
const readEventDate: CellReader = (values, cell, column, context) => {
  const wall = readWall(values, cell, column, context);
  if (wall === null || values.eventDate !== null) return;
  const { reading } = context;
  if (reading.hasZone) values.eventDate = wall;
  else if (!reading.isDateOnly) values.eventDate = context.zone.toUtc(wall);
  else if (values.timeOfDay !== null) values.eventDate = context.zone.toUtc(wall + values.timeOfDay);
  else {
    values.eventDate = wall;
    values.isEventDateOnly = true;
  }
};

const hasDigit = /\d/;

const readConsent: CellReader = (values, cell, column, context) => {
  const date = hasDigit.test(cell) ? instantOf(cell, context) : null;
  const { memos } = context;
  const answer =
    date !== null ? readConsentCell(cell, column.isOptOut, true) : column.isOptOut ? memos.optOut(cell) : memos.consent(cell);
  if (answer === 'invalid') report(values, column, cell, 'import.notConsent', `${quoted(cell)} does not say yes or no to marketing emails.`);
  else if (answer === 'given') {
    values.consentGiven = true;
    values.consentGivenAt ??= date;
  } else if (answer === 'withdrawn') {
    values.consentWithdrawn = true;
    values.consentWithdrawnAt ??= date;
  } else if (answer === 'declined') {
    values.consentDeclined = true;
  }
};

const event = (read: CellReader): CellReader => (values, cell, column, context) => {
  values.hasEvent = true;
  read(values, cell, column, context);
};

const readers: Record<ImportField, CellReader> = {
  ignore: () => {},
  // Names keep what they are given, less control characters and what passes the form's maximum.
  firstName: (values, cell, column) => void (values.firstName ||= name(nameCell(values, cell, column, contactLimits.firstName))),
  lastName: (values, cell, column) => void (values.lastName ||= name(nameCell(values, cell, column, contactLimits.lastName))),
  fullName: (values, cell, column) => void (values.fullName ||= name(nameCell(values, cell, column, fullNameLimit))),
  company: (values, cell, column) => void (values.company ||= name(nameCell(values, cell, column, contactLimits.company))),
  email: (values, cell) => addValues(values.emails, cell, false),
  email2: (values, cell) => addValues(values.extraEmails, cell, false),
  phone: (values, cell) => addValues(values.phones, cell, true),
  phone2: (values, cell) => addValues(values.extraPhones, cell, true),
  kind: (values, cell, column, context) => {
    const kind = context.memos.kind(cell);
    if (kind === null) report(values, column, cell, 'import.notAKind', `${quoted(cell)} is not a kind of contact (customer, donor or prospect).`);
    else if (kind !== 'unsaid') values.kind ??= kind;
  },
  tags: (values, cell, column, context) => addTags(values, context.tags(cell), column),
  language: (values, cell, column, context) => {
    const code = context.memos.language(cell);
    if (code === null) report(values, column, cell, 'import.unknownLanguage', `${quoted(cell)} is not a language we recognise.`);
    else values.language ??= code;
  },
  country: (values, cell, column, context) => {
    const code = context.memos.country(cell);
    if (code === null) report(values, column, cell, 'import.unknownCountry', `${quoted(cell)} is not a country we recognise.`);
    else values.country ??= code;
  },
  region: (values, cell, column) => void (values.region ??= name(nameCell(values, cell, column, contactLimits.region))),
  postalCode: (values, cell, column) => void (values.postalCode ??= withinLimit(values, withoutTextMarker(cell).toUpperCase(), column, contactLimits.postalCode)),
  notes: addNote,
  sourceId: (values, cell) => {
    const id = withoutTextMarker(cell);
    // WooCommerce writes customer id 0 for guest checkouts: no id at all.
    if (!/^0+$/.test(id)) values.sourceId ??= id;
  },
  consent: readConsent,
  consentDate: (values, cell, column, context) => {
    const date = readDate(values, cell, column, context);
    // Mailchimp has OPTIN_TIME and CONFIRM_TIME: consent counts from the later one.
    if (date !== null && (values.consentDate === null || date > values.consentDate)) values.consentDate = date;
  },
  legalBasis: (values, cell, column, context) => {
    const basis = context.memos.legalBasis(cell);
    if (basis === null) {
      const message = `${quoted(cell)} is not a legal basis (consent, soft opt-in, legitimate interest, charity or transactional).`;
      report(values, column, cell, 'import.notALegalBasis', message);
    } else values.legalBasis ??= basis;
  },
  createdAt: (values, cell, column, context) => {
    const date = readDate(values, cell, column, context);
    values.createdAt ??= date;
  },
  'event.type': event((values, cell, column, context) => {
    const type = context.memos.eventType(cell);
    if (type === null) {
      values.isEventTypeInvalid = true;
      report(values, column, cell, 'import.notAnEventType', `${quoted(cell)} is not a kind of event (order, donation, abandoned cart, delivery or refund).`);
    } else values.eventType ??= type;
  }),
  'event.date': event(readEventDate),
  // Read before the other cells of the row (map-rows.ts), so the dates find them set.
  time: (values, cell, column) => {
    const time = parseTimeOfDay(cell);
    if (time === null) report(values, column, cell, 'import.notATime', `${quoted(cell)} is not a time of day.`);
    else values.timeOfDay ??= time;
  },
  timeZone: (values, cell, column, context) => {
    const zone = context.memos.zone(cell);
    if (zone !== null) context.zone = zone;
    else {
      const message = `${quoted(cell)} is not a time zone we recognise: the times of this line were read in ${context.ownerZone.name}.`;
      values.problems.push({ line: values.line, column: column.header, message, rule: 'import.unknownTimeZone', params: { value: cell, zone: context.ownerZone.name } });
    }
  },
  'event.amount': event((values, cell, column) => {
    if (values.amountText !== null) return;
    values.amountText = cell;
    values.amountColumn = column;
  }),
  'event.currency': event((values, cell, column, context) => {
    const code = context.memos.currency(cell);
    if (code === null) report(values, column, cell, 'import.unknownCurrency', `${quoted(cell)} is not a currency code such as EUR or USD.`);
    else values.currency ??= code;
  }),
  'event.reference': event((values, cell, column) => void (values.reference ??= withinLimit(values, cell, column, eventLimits.reference))),
  'event.items': event((values, cell, column, context) => {
    const items = context.items(withinLimit(values, cell, column, eventLimits.items));
    if (values.sharedItems === null && values.items.length === 0) values.sharedItems = items;
    else for (const { name, quantity } of items) ownItems(values).push({ name, quantity });
  }),
  'event.itemName': event((values, cell, column) => void (values.itemName ??= withinLimit(values, cell, column, eventLimits.items))),
  'event.itemQuantity': event((values, cell, column) => {
    const quantity = Number(cell.replace(',', '.'));
    if (Number.isInteger(quantity) && quantity > 0) values.itemQuantity ??= quantity;
    else report(values, column, cell, 'import.notAQuantity', `${quoted(cell)} is not a number of items; 1 was counted.`);
  }),
  'event.status': event((values, cell) => void (values.status ??= cell)),
  'event.link': event((values, cell, column) => {
    if (values.link === null) values.link = webLinkCell(values, cell, column);
  }),
  'event.deliveredAt': event((values, cell, column, context) => {
    const date = readDate(values, cell, column, context);
    values.deliveredAt ??= date;
  }),
};

export const cellReader = (field: ImportField): CellReader => readers[field];
