import { copyOf, onceEach, type TextKeeper } from '../keep-text';
import type { FileProblem, ImportEventType, ImportItem, ImportRecord } from '../types';
import { readConsentCell, type ConsentAnswer } from './consent';
import { readKind } from './contact-kind';
import { readLegalBasis } from './legal-basis';
import { countryCode } from './country';
import { currencyCode } from '../../money/currency';
import { readEventType } from './event-type';
import { languageCode } from './language';
import type { DateOrder, DateReading } from './parse-date';
import { parseItems } from '../../events/parse-items';
import { splitTags } from './split-values';
import { zoneNamed, type WallZone } from './wall-clock';

// What one row says, field by field, while its cells are read. Several columns may feed one
// field (E-mail 1, 2, 3…); the record is built from this once the whole row is read.

export type ColumnPlan = {
  index: number;
  header: string;
  // For consent columns: "yes" means "do not email" (EMAIL_BLACKLISTED, UNSUB_TIME).
  isOptOut: boolean;
  // For amount columns: the currency the header names ("Montant (€)").
  headerCurrency: string | null;
  // For columns whose text the record keeps (names, emails, items…), see keep-text.ts.
  keep: TextKeeper | null;
};

export type RowContext = {
  order: DateOrder;
  // Whether the row being read had a value that `order` decides (see map-rows.ts).
  isOrderUsed: boolean;
  now: Date;
  // What the last date cell said besides its date (parse-date.ts), reused for every cell.
  reading: DateReading;
  // Times without a zone are read in the owner's zone (Settings → Business), or in the one the
  // row's zone column names (`zone`, reset to the owner's for each row).
  ownerZone: WallZone;
  zone: WallZone;
  // Per-file memos: a column of 100,000 rows repeats a handful of countries, kinds, types.
  memos: Memos;
  // The items of an order as its cell lists them; the same few carts come back on many rows.
  items: (cell: string) => readonly ImportItem[];
  // The tags of a tags cell: a dozen labels make most cells, and each record shares their
  // strings instead of its own copies (100k contacts: about 3 MB).
  tags: (cell: string) => readonly string[];
};

// Lookups that fold accents and case or search ICU names, done once per distinct cell
// (keep-text.ts); a result may be null (an unknown country).
type Memos = {
  country: (cell: string) => string | null;
  language: (cell: string) => string | null;
  kind: (cell: string) => ReturnType<typeof readKind>;
  eventType: (cell: string) => ImportEventType | null;
  currency: (cell: string) => string | null;
  consent: (cell: string) => ConsentAnswer;
  optOut: (cell: string) => ConsentAnswer;
  legalBasis: (cell: string) => ReturnType<typeof readLegalBasis>;
  zone: (cell: string) => WallZone | null;
};

export const newRowContext = (order: DateOrder, now: Date, ownerZone: WallZone): RowContext => ({
  order,
  isOrderUsed: false,
  now,
  reading: { isOrderUsed: false, isDateOnly: false, hasZone: false },
  ownerZone,
  zone: ownerZone,
  memos: {
    country: onceEach(countryCode),
    language: onceEach(languageCode),
    kind: onceEach(readKind),
    eventType: onceEach(readEventType),
    currency: onceEach(currencyCode),
    consent: onceEach((cell) => readConsentCell(cell, false, false)),
    optOut: onceEach((cell) => readConsentCell(cell, true, false)),
    legalBasis: onceEach(readLegalBasis),
    zone: onceEach(zoneNamed),
  },
  items: onceEach(sharedItems),
  tags: onceEach((cell) => Object.freeze(splitTags(cell))),
});

export type RowValues = {
  line: number;
  firstName: string;
  lastName: string;
  fullName: string;
  company: string;
  emails: string[];
  extraEmails: string[];
  phones: string[];
  extraPhones: string[];
  kind: ImportRecord['kind'];
  tags: string[];
  language: string | null;
  country: string | null;
  region: string | null;
  postalCode: string | null;
  notes: string[];
  sourceId: string | null;
  consentGiven: boolean;
  consentGivenAt: number | null;
  consentWithdrawn: boolean;
  consentWithdrawnAt: number | null;
  // An opt-in column said no: a consent date beside it must not count as consent.
  consentDeclined: boolean;
  consentDate: number | null;
  legalBasis: ReturnType<typeof readLegalBasis>;
  createdAt: number | null;
  hasEvent: boolean;
  eventType: ImportEventType | null;
  isEventTypeInvalid: boolean;
  eventDate: number | null;
  // The event's date had no time: it is kept as a date (midnight UTC of that day, see read-cell.ts).
  isEventDateOnly: boolean;
  // A separate time column (PayPal's "Time"), ms since midnight, for a date cell without one.
  timeOfDay: number | null;
  amountText: string | null;
  amountColumn: ColumnPlan | null;
  currency: string | null;
  reference: string | null;
  items: ImportItem[];
  // The items of the row's one items cell, shared with every row that lists the same cart (see
  // read-cell.ts); null once the row has more to add, which goes into `items`.
  sharedItems: readonly ImportItem[] | null;
  itemName: string | null;
  itemQuantity: number | null;
  status: string | null;
  link: string | null;
  deliveredAt: number | null;
  problems: FileProblem[];
};

// Lists of items are shared by the rows that name the same cart, so nothing may change them:
// a merge of order lines copies them first (merge-events.ts). Copies per row took 24 MB of the
// heap once the 304k-row events corpus was mapped (165 -> 141 MB).
// The cell is copied only when it is parsed: item names are slices of it (keep-text.ts).
const sharedItems = (cell: string): readonly ImportItem[] => Object.freeze(parseItems(copyOf(cell)).map((item) => Object.freeze(item)));

// A row with more items than its one shared list: they are copied into its own list.
export const ownItems = (values: RowValues): ImportItem[] => {
  if (values.sharedItems !== null) {
    for (const { name, quantity } of values.sharedItems) values.items.push({ name, quantity });
    values.sharedItems = null;
  }
  return values.items;
};

// One values object is reset for every row: its lists are scratch space the record copies
// from, which spares the garbage collector a dozen arrays per row on 100,000-row files.
export const emptyRowValues = (line: number): RowValues => ({
  line,
  firstName: '',
  lastName: '',
  fullName: '',
  company: '',
  emails: [],
  extraEmails: [],
  phones: [],
  extraPhones: [],
  kind: null,
  tags: [],
  language: null,
  country: null,
  region: null,
  postalCode: null,
  notes: [],
  sourceId: null,
  consentGiven: false,
  consentGivenAt: null,
  consentWithdrawn: false,
  consentWithdrawnAt: null,
  consentDeclined: false,
  consentDate: null,
  legalBasis: null,
  createdAt: null,
  hasEvent: false,
  eventType: null,
  isEventTypeInvalid: false,
  eventDate: null,
  isEventDateOnly: false,
  timeOfDay: null,
  amountText: null,
  amountColumn: null,
  currency: null,
  reference: null,
  items: [],
  sharedItems: null,
  itemName: null,
  itemQuantity: null,
  status: null,
  link: null,
  deliveredAt: null,
  problems: [],
});

export const resetRowValues = (values: RowValues, line: number): void => {
  values.line = line;
  values.firstName = '';
  values.lastName = '';
  values.fullName = '';
  values.company = '';
  if (values.emails.length > 0) values.emails.length = 0;
  if (values.extraEmails.length > 0) values.extraEmails.length = 0;
  if (values.phones.length > 0) values.phones.length = 0;
  if (values.extraPhones.length > 0) values.extraPhones.length = 0;
  values.kind = null;
  if (values.tags.length > 0) values.tags.length = 0;
  values.language = null;
  values.country = null;
  values.region = null;
  values.postalCode = null;
  if (values.notes.length > 0) values.notes.length = 0;
  values.sourceId = null;
  values.consentGiven = false;
  values.consentGivenAt = null;
  values.consentWithdrawn = false;
  values.consentWithdrawnAt = null;
  values.consentDeclined = false;
  values.consentDate = null;
  values.legalBasis = null;
  values.createdAt = null;
  values.hasEvent = false;
  values.eventType = null;
  values.isEventTypeInvalid = false;
  values.eventDate = null;
  values.isEventDateOnly = false;
  values.timeOfDay = null;
  values.amountText = null;
  values.amountColumn = null;
  values.currency = null;
  values.reference = null;
  if (values.items.length > 0) values.items.length = 0;
  values.sharedItems = null;
  values.itemName = null;
  values.itemQuantity = null;
  values.status = null;
  values.link = null;
  values.deliveredAt = null;
  if (values.problems.length > 0) values.problems.length = 0;
};
