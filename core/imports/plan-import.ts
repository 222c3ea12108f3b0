import type Database from 'better-sqlite3';
import { normaliseEmail, type EmailVerdict } from '../contacts/email';
import { phoneChecker, type PhoneCheck } from '../contacts/phone';
import { cleanTags } from '../text/clean-text';
import { timeOrderedId } from '../ids';
import { declaredSource, fillKeys, mergeValues, sameValues, type ContactValues } from './contact-values';
import { loadExisting, type ExistingContacts as Existing } from './existing-contacts';
import { onceEach } from './keep-text';
import { unknownEventsOf } from './known-events';
import { contactByName, nameOnlyKey } from './name-only';
import { ownAddressCheck } from './own-address';
import { suppressionHash } from '../respect/suppression-hash';
import { phoneSuppressionHash } from '../respect/suppression-list';
import { emptyList } from './map/build-record';
import type { FileProblem, ImportEvent, ImportRecord } from './types';

export type ImportMode = 'update' | 'fill' | 'skip';

export type PlannedContact = {
  line: number;
  action: 'create' | 'update' | 'skip';
  // The existing contact's, or the one the new contact will have: given when planned, so a
  // write made while the rest of the file is still being planned can point at it.
  id: string;
  // Null once a listener has the new contact written: what a later row of the file says of them
  // is then merged by the writer (PlanListener.merged). Holding every new contact's values until
  // the end cost a 100k-contact import a tenth of its time, in garbage collection. Null too, for a
  // while, for a stored contact a row says nothing more of (Bare, below).
  values: ContactValues | null;
  // Who it is, kept when its values are let go.
  emailKey: string | null;
  sourceId: string | null;
  before: ContactValues | null;
  // Kept here only when nobody listens to the plan as it is made (see PlanListener).
  events: ImportEvent[];
  // The events the file gave this contact so far (eventsOnce), while the file is planned; null
  // until a row gives one, and again once the plan is made.
  eventsSeen: EventsSeen | null;
};

// Told of each decision as it is made, so writing can start before the whole file is planned
// (run-import-job.ts). A contact planned once may change when the same person comes back on a
// later row: `changed` says so of a contact already in the database, with its new values;
// `merged` of a new one, with what the row says, for the writer to add to what it wrote ("fill").
export type PlanListener = {
  planned: (entry: PlannedContact, events: readonly ImportEvent[]) => void;
  addedEvents: (entry: PlannedContact, events: readonly ImportEvent[]) => void;
  changed: (entry: PlannedContact) => void;
  merged: (entry: PlannedContact, values: ContactValues) => void;
  // Before each row and once at the end, with the rows done: for progress and cancel.
  progress: (done: number) => void;
};

// `reason` is the English sentence (rejected-rows file, CLI); `rule` and `params` let a window word it.
export type RejectedRow = { line: number; reason: string; rule: string; params?: Record<string, string> };

export type ImportPlan = {
  contacts: PlannedContact[];
  rejected: RejectedRow[];
  problems: FileProblem[];
  counts: { rows: number; create: number; update: number; skip: number; reject: number; merged: number; events: number; erasedSkipped: number };
};

// `ownAddresses`: the owner's addresses the file shows (own-address.ts), filled while it is read.
// `fileBasis`: the basis the owner gives every contact of the file the file gives none ("these are my customers").
type PlanOptions = { mode: ImportMode; defaultCountry: string; fileName: string; now: number; ownAddresses?: ReadonlySet<string>; fileBasis?: 'soft-opt-in' | null };

// Who a row is: its email and phone by the same rules as the contact form, and the source's id.
type Identity = Pick<ContactValues, 'email' | 'emailKey' | 'phone' | 'phoneNational' | 'sourceId'>;

type Checks = { email: (raw: string) => EmailVerdict; phone: PhoneCheck };

// An events file names each person on every one of their rows: each address is checked once.
// A contacts file names each once: the memo then gives up (keep-text.ts) rather than hold them.
// The addresses are the records' own copies, fit to be kept as keys.
const emailChecker = (): ((raw: string) => EmailVerdict) => onceEach(normaliseEmail, (raw) => raw);

const identityOf = (record: ImportRecord, options: PlanOptions, checks: Checks, problems: FileProblem[]): Identity | RejectedRow => {
  let email: string | null = null;
  let emailKey: string | null = null;
  if (record.email) {
    const verdict = checks.email(record.email);
    if (!verdict.ok) return { line: record.line, reason: verdict.message, rule: verdict.rule, params: { value: record.email.trim() } };
    ({ email, key: emailKey } = verdict);
  }
  let phone: string | null = null;
  let phoneNational: string | null = null;
  for (const raw of [record.phone, ...record.extraPhones]) {
    if (!raw) continue;
    const country = record.country ?? options.defaultCountry;
    const verdict = checks.phone(raw, country);
    if (verdict.ok) {
      ({ e164: phone, national: phoneNational } = verdict);
      break;
    }
    // A wrong phone should not cost the whole contact: import it without, and say so.
    problems.push({
      line: record.line,
      column: 'phone',
      message: `${verdict.message} The contact is imported without it.`,
      // Not the contact form's phone rules: these words also say the contact is imported anyway.
      rule: `import.${verdict.rule}`,
      params: { value: raw.trim(), country },
    });
  }
  // A row of an events file may name its person only by the source's customer id: fine if that
  // person is already here (checked by the plan).
  if (!email && !phone && !record.firstName && !record.lastName && !record.sourceId) {
    return { line: record.line, reason: NO_IDENTITY, rule: 'import.noIdentity' };
  }
  return { email, emailKey, phone, phoneNational, sourceId: record.sourceId };
};

// Turns a file row into stored values.
const toValues = (record: ImportRecord, identity: Identity, options: PlanOptions): ContactValues => {
  const given = record.consent?.state === 'given';
  const withdrawn = record.consent?.state === 'withdrawn';
  // The owner's word for the whole file fills only a silence: a basis or an opt-out in the row wins.
  if (!record.consent && options.fileBasis) return { ...toValues({ ...record, consent: { state: 'given', at: null, basis: options.fileBasis } }, identity, options), consentSource: declaredSource(options.fileName) };
  return {
    firstName: record.firstName,
    lastName: record.lastName,
    email: identity.email,
    emailKey: identity.emailKey,
    phone: identity.phone,
    phoneNational: identity.phoneNational,
    company: record.company,
    kind: record.kind ?? 'customer',
    language: record.language,
    country: record.country,
    notes: record.notes,
    consentBasis: given ? (record.consent?.basis ?? 'consent') : null,
    consentSource: given ? `import ${options.fileName}` : null,
    consentAt: given ? (record.consent?.at ?? options.now) : null,
    unsubscribedAt: withdrawn ? (record.consent?.at ?? options.now) : null,
    sourceId: identity.sourceId,
    // Most rows have no tags: the one frozen empty list, not a list per contact kept to the end.
    tags: record.tags.length === 0 ? emptyList : cleanTags(record.tags),
    region: record.region,
    postalCode: record.postalCode,
    // A creation date after the import itself is a mistake in the file, not when they came.
    createdAt: record.createdAt !== null && record.createdAt < options.now ? record.createdAt : null,
  };
};

// The contacts planned so far, by each of their keys. Three maps keyed by the value itself: a
// prefixed key ("e:" + email) cost a string per key per row (304k event rows: 0.2 s).
// `byName`: contacts of rows that name their person by name alone (name-only.ts).
type InFile = { byEmail: Map<string, PlannedContact>; byPhone: Map<string, PlannedContact>; bySource: Map<string, PlannedContact>; byName: Map<string, PlannedContact> };

const remember = (inFile: InFile, values: Identity, entry: PlannedContact): void => {
  if (values.emailKey) inFile.byEmail.set(values.emailKey, entry);
  if (values.phone) inFile.byPhone.set(values.phone, entry);
  if (values.sourceId) inFile.bySource.set(values.sourceId, entry);
};

// The keys no earlier row of the file has: a row sent to its address's owner rather than to the
// earlier row with its customer id or number leaves those to that row (earlierInFile).
const rememberUnclaimed = (inFile: InFile, values: Identity, entry: PlannedContact): void => {
  if (values.emailKey && !inFile.byEmail.has(values.emailKey)) inFile.byEmail.set(values.emailKey, entry);
  if (values.phone && !inFile.byPhone.has(values.phone)) inFile.byPhone.set(values.phone, entry);
  if (values.sourceId && !inFile.bySource.has(values.sourceId)) inFile.bySource.set(values.sourceId, entry);
};

// Same person: same email; or same customer id of the source system; or, when one of the two has
// no email, same phone. Two different emails sharing a phone (a household, a shop) stay apart.
const findEarlier = (inFile: InFile, values: Identity): PlannedContact | undefined => {
  if (values.emailKey) {
    const byEmail = inFile.byEmail.get(values.emailKey);
    if (byEmail) return byEmail;
  }
  const bySource = values.sourceId ? inFile.bySource.get(values.sourceId) : undefined;
  if (bySource) return bySource;
  const byPhone = values.phone ? inFile.byPhone.get(values.phone) : undefined;
  if (!byPhone || (values.emailKey && byPhone.emailKey)) return undefined;
  // Two customer ids from the same source are two customers, whatever phone they share.
  return values.sourceId && byPhone.sourceId && values.sourceId !== byPhone.sourceId ? undefined : byPhone;
};

// An earlier row found by its customer id or its phone, without an address of its own, would
// take this row's address (rows of one file fill each other's gaps): not when the address
// belongs to another stored contact, which it says this row is (as against the database,
// findExisting; two contacts would share one address), nor when it was unsubscribed or erased
// before (the check below refuses it; filled in, it came back with no opt-out). The same for a
// number a person without an address opted out with, new to an earlier row without an address.
// Null: there was such a row, and its keys stay its own.
const earlierInFile = (inFile: InFile, existing: Existing, values: Identity): PlannedContact | null | undefined => {
  const earlier = findEarlier(inFile, values);
  if (!earlier || earlier.emailKey !== null) return earlier;
  if (!values.emailKey) return values.phone && inFile.byPhone.get(values.phone) !== earlier && isPhoneSuppressed(existing, values) ? null : earlier;
  const owner = existing.byEmail.get(values.emailKey);
  if (owner !== undefined) return owner === earlier.id ? earlier : null;
  return isAddressSuppressed(existing, values) ? null : earlier;
};

// Rows with the same keys, one after the other: the orders of one person in a file sorted by
// person (209k of the events corpus's 304k rows). A row with no key is nobody's twin.
const isSamePerson = (a: Identity, b: Identity): boolean =>
  Boolean(a.emailKey || a.phone || a.sourceId) && a.emailKey === b.emailKey && a.phone === b.phone && a.sourceId === b.sourceId;

// The same rules against the database: email, then the source's customer id, then a phone when
// one side has no email and the customer ids do not disagree.
const findExisting = (existing: Existing, values: Identity): string | null => {
  const byEmail = values.emailKey ? existing.byEmail.get(values.emailKey) : undefined;
  if (byEmail) return byEmail;
  const bySource = values.sourceId ? existing.bySource(values.sourceId) : undefined;
  if (bySource) return bySource;
  const byPhone = values.phone ? existing.byPhone(values.phone) : undefined;
  if (!byPhone || (values.emailKey && byPhone.hasEmail)) return null;
  return values.sourceId && byPhone.sourceId && values.sourceId !== byPhone.sourceId ? null : byPhone.id;
};

// Rows of an events file often carry only who (email or customer id) and the event: nothing to
// compare, so the stored contact is not even read (304k event rows: plan 4.8 s -> under 1 s).
const hasContactData = (v: ContactValues): boolean =>
  Boolean(v.firstName || v.lastName || v.phone || v.company || v.tags.length || v.language || v.country || v.notes || v.consentBasis || v.unsubscribedAt ||
    v.region || v.postalCode || v.createdAt !== null);

// hasContactData of the values the row would give, without making them: most rows of an events
// file are another order of someone met on an earlier row (205k of 304k), and need none.
const saysMore = (record: ImportRecord, identity: Identity, options: PlanOptions): boolean => {
  const { consent } = record;
  const unsubscribedAt = consent?.state === 'withdrawn' ? (consent.at ?? options.now) : null;
  const hasTags = record.tags.length > 0 && cleanTags(record.tags).length > 0;
  return Boolean(record.firstName || record.lastName || identity.phone || record.company || hasTags || record.language || record.country || record.notes || consent?.state === 'given' || unsubscribedAt ||
    record.region || record.postalCode || (record.createdAt !== null && record.createdAt < options.now));
};

// Sets what is done to a contact already in the database, and returns its values after it.
const compareWithStored = (entry: PlannedContact, values: ContactValues, existing: Existing, options: PlanOptions): ContactValues => {
  const { mode } = options;
  const current = existing.load(entry.id);
  const after = mode === 'skip' ? current : mergeValues(current, values, mode, options.now);
  entry.before = current;
  entry.action = mode === 'skip' || sameValues(current, after) ? 'skip' : 'update';
  return after;
};

// A stored contact a row names and says nothing else of (most rows of an events file: 94k
// people) is only written again if a later row says more. Its values, all empty but who it is,
// are let go once planned and made again then: held, they were 17 MB of the events import's peak.
type Bare = Pick<ContactValues, 'email' | 'kind'>;

const isBare = (v: ContactValues): boolean =>
  v.firstName === '' && v.lastName === '' && v.phone === null && v.phoneNational === null && v.company === '' && v.language === null && v.country === null &&
  v.notes === '' && v.consentBasis === null && v.consentSource === null && v.consentAt === null && v.unsubscribedAt === null && v.tags.length === 0 &&
  v.region === null && v.postalCode === null && v.createdAt === null;

// The values toValues gave the bare row, key for key.
const bareValues = (entry: PlannedContact, { email, kind }: Bare): ContactValues => ({
  firstName: '', lastName: '', email, emailKey: entry.emailKey, phone: null, phoneNational: null, company: '', kind, language: null, country: null, notes: '',
  consentBasis: null, consentSource: null, consentAt: null, unsubscribedAt: null, sourceId: entry.sourceId, tags: emptyList, region: null, postalCode: null, createdAt: null,
});

// Its values, and who they say it is (findEarlier reads the keys when the values are let go).
const holdValues = (entry: PlannedContact, values: ContactValues): void => {
  entry.values = values;
  entry.emailKey = values.emailKey;
  entry.sourceId = values.sourceId;
};

const NO_IDENTITY = 'This row has no name, no valid email address and no valid phone number.';

const hasIdentity = (v: ContactValues): boolean => Boolean(v.email || v.phone || v.firstName || v.lastName);

const isRejected = (value: Identity | RejectedRow): value is RejectedRow => 'reason' in value;

// An address on the list (an opt-out, an erasure) that no stored contact has any more: not added back.
const isAddressSuppressed = (existing: Existing, { emailKey }: Identity): boolean =>
  existing.suppressed.size > 0 && Boolean(emailKey) && existing.suppressed.has(suppressionHash(emailKey!)) && !existing.byEmail.has(emailKey!);

const isPhoneSuppressed = (existing: Existing, values: Identity): boolean =>
  existing.suppressed.size > 0 && !values.emailKey && values.phone !== null &&
  existing.suppressed.has(phoneSuppressionHash(values.phone)) && existing.byPhone(values.phone) === undefined;

// A row of a person who was erased: their address is, or (a row without an address) their
// number is, on the list as erased, and nobody in Relance has it again (the owner may have
// added them back by hand, with a new consent).
const isErased = (existing: Existing, identity: Identity): boolean => {
  if (existing.erased.size === 0) return false;
  if (identity.emailKey) return existing.erased.has(suppressionHash(identity.emailKey)) && !existing.byEmail.has(identity.emailKey);
  return identity.phone !== null && existing.erased.has(phoneSuppressionHash(identity.phone)) && existing.byPhone(identity.phone) === undefined;
};

// One event per contact, type and reference (or type and time, without a reference), however
// many rows of the file repeat it under other keys of the person (an email on one, a phone on
// another; map/merge-events.ts already merged the lines that share one). A contact's keys are
// made on its second row with events: most contacts of a file have one.
const eventKey = (event: ImportEvent): string => (event.reference !== null ? `${event.type}\u0001${event.reference}` : `${event.type}\u0002${event.occurredAt}`);

// A contact's keys, each ended by a NUL, in one string while they are few: a Set and a string
// per key for the 67k contacts of the events corpus with several rows held 14 MB more, live at
// the end of the check (120 MB against 134). Many keys, or a key with a NUL in it (a JSON value
// may hold one), go in a Set.
type Keys = string | Set<string>;
const FEW_KEYS_CHARS = 1024;

// The keys with `key` added, or null when they had it already.
const withKey = (keys: Keys, key: string): Keys | null => {
  let set = keys;
  if (typeof set === 'string') {
    if (!key.includes('\0') && set.length < FEW_KEYS_CHARS) {
      const entry = `${key}\0`;
      return set.startsWith(entry) || set.includes(`\0${entry}`) ? null : set + entry;
    }
    set = new Set(set.split('\0').slice(0, -1));
  }
  if (set.has(key)) return null;
  set.add(key);
  return set;
};

// A contact's events met so far in the file: its first row's as they came, then, from its
// second row with events, their keys.
type EventsSeen = { first: readonly ImportEvent[] | null; keys: Keys | null };

// Kept on the planned contact rather than in maps by contact id: most rows of an events file
// are another order of someone met on the row before, and two look-ups in maps of 94k contacts
// for each were, with findEarlier's for the same keys (isSamePerson), about 0.2 s of the events
// corpus's check (docs/performance.md). Two rows may find the same stored contact by different
// keys, as two planned contacts: those share one record, by id.
const eventsOnce = () => {
  const ofStored = new Map<string, EventsSeen>();
  const seenBy = (entry: PlannedContact): EventsSeen => {
    if (entry.eventsSeen !== null) return entry.eventsSeen;
    const isStored = entry.action !== 'create';
    let seen = isStored ? ofStored.get(entry.id) : undefined;
    if (seen === undefined) {
      seen = { first: null, keys: null };
      if (isStored) ofStored.set(entry.id, seen);
    }
    entry.eventsSeen = seen;
    return seen;
  };
  return (entry: PlannedContact, events: readonly ImportEvent[]): readonly ImportEvent[] => {
    if (events.length === 0) return events;
    const seen = seenBy(entry);
    let keys = seen.keys;
    if (keys === null) {
      if (seen.first === null) {
        seen.first = events;
        return events;
      }
      keys = '';
      for (const event of seen.first) keys = withKey(keys, eventKey(event)) ?? keys;
      seen.first = null;
    }
    const fresh = events.filter((event) => {
      const next = withKey(keys!, eventKey(event));
      if (next === null) return false;
      keys = next;
      return true;
    });
    seen.keys = keys;
    return fresh.length === events.length ? events : fresh;
  };
};

// Decides, without writing anything, what each row will do: the preview shows this plan and
// the commit carries it out, so what a person approved is what happens. The records are read
// once, in order: a caller may hand each over as it goes (run-import-job.ts).
export const planImport = (sqlite: Database.Database, records: Iterable<ImportRecord>, options: PlanOptions, listener?: PlanListener): ImportPlan => {
  const existing = loadExisting(sqlite);
  const problems: FileProblem[] = [];
  const rejected: RejectedRow[] = [];
  const planned: PlannedContact[] = [];
  const inFile: InFile = { byEmail: new Map(), byPhone: new Map(), bySource: new Map(), byName: new Map() };
  const byName = contactByName(sqlite);
  // Events already on a stored contact's timeline, or on an earlier row for the same contact,
  // are neither counted nor written again: the preview's count is what the import adds.
  const unknownEvents = unknownEventsOf(sqlite);
  const newInFile = eventsOnce();
  let merged = 0;
  const bare = new Map<PlannedContact, Bare>();
  const checks: Checks = { email: emailChecker(), phone: phoneChecker() };
  let rows = 0;
  let events = 0;
  let erasedSkipped = 0;
  const isOwnAddress = ownAddressCheck(sqlite, options.ownAddresses ?? new Set(), checks.email);

  // Who the row before was and the contact it went to: earlierInFile would find that contact
  // again for the same keys, since only that row's own keys were remembered since.
  let lastIdentity: Identity | null = null;
  let lastEntry: PlannedContact | null = null;

  for (const record of records) {
    const previous: Identity | null = lastIdentity;
    lastIdentity = null;
    listener?.progress(rows);
    rows += 1;
    for (const problem of record.problems) problems.push(problem);
    const identity = identityOf(record, options, checks, problems);
    if (isRejected(identity)) {
      rejected.push(identity);
      continue;
    }
    if (identity.emailKey && isOwnAddress(identity.emailKey)) {
      rejected.push({ line: record.line, reason: `${identity.email} is your own address: it is not a contact.`, rule: 'import.ownAddress', params: { email: identity.email! } });
      continue;
    }
    if (isErased(existing, identity)) {
      erasedSkipped += 1;
      continue;
    }
    const nameKey = nameOnlyKey(record, identity);
    const found: PlannedContact | null | undefined =
      nameKey !== null ? inFile.byName.get(nameKey) : previous !== null && isSamePerson(identity, previous) ? lastEntry! : earlierInFile(inFile, existing, identity);
    const earlier: PlannedContact | undefined = found ?? undefined;
    if (earlier) {
      if (nameKey === null) {
        lastIdentity = identity;
        lastEntry = earlier;
      }
      // The same person twice in one file: one contact, the later row filling the gaps.
      const added = newInFile(earlier, earlier.action === 'create' ? record.events : unknownEvents(earlier.id, record.events));
      if (added.length > 0) {
        events += added.length;
        if (listener) listener.addedEvents(earlier, added);
        else earlier.events.push(...added);
      }
      merged += 1;
      // Another order of the same person in an orders export: nothing about them to merge.
      if (!saysMore(record, identity, options)) continue;
      const values = toValues(record, identity, options);
      remember(inFile, values, earlier);
      const wasBare = earlier.values === null ? bare.get(earlier) : undefined;
      if (wasBare !== undefined) {
        earlier.values = bareValues(earlier, wasBare);
        bare.delete(earlier);
      }
      // A new contact the listener has written already (below): the writer adds this row to it.
      if (earlier.values === null) {
        ({ emailKey: earlier.emailKey, sourceId: earlier.sourceId } = fillKeys(earlier, values));
        listener?.merged(earlier, values);
        continue;
      }
      const isUnread = earlier.action !== 'create' && earlier.before === null;
      const filled = mergeValues(earlier.values, values, 'fill', options.now);
      if (isUnread) holdValues(earlier, compareWithStored(earlier, filled, existing, options));
      else {
        holdValues(earlier, filled);
        // A stored contact an earlier row left as it was: this row may change it.
        if (earlier.action === 'skip' && earlier.before !== null && options.mode !== 'skip') earlier.action = sameValues(earlier.before, filled) ? 'skip' : 'update';
      }
      listener?.changed(earlier);
      continue;
    }
    const values = toValues(record, identity, options);
    if (isAddressSuppressed(existing, values)) {
      rejected.push({
        line: record.line,
        reason: `${values.email} was erased or unsubscribed earlier; Relance does not add it back.`,
        rule: 'import.suppressed',
        params: { email: values.email! },
      });
      continue;
    }
    // A row without an address, whose number is on the list (a phone-only opt-out): not added back either.
    if (isPhoneSuppressed(existing, values)) {
      rejected.push({
        line: record.line,
        reason: `${values.phone} was erased or unsubscribed earlier; Relance does not add it back.`,
        rule: 'import.suppressedPhone',
        params: { phone: values.phone! },
      });
      continue;
    }
    const id = nameKey !== null ? byName(nameKey) : findExisting(existing, values);
    if (!id && !hasIdentity(values)) {
      rejected.push({
        line: record.line,
        reason: `${NO_IDENTITY} Its customer id ${values.sourceId} matches nobody in Relance.`,
        rule: 'import.unknownCustomerId',
        params: { id: values.sourceId! },
      });
      continue;
    }
    const entry: PlannedContact = {
      line: record.line,
      action: id ? 'skip' : 'create',
      id: id ?? timeOrderedId(),
      values,
      emailKey: values.emailKey,
      sourceId: values.sourceId,
      before: null,
      events: emptyList,
      eventsSeen: null,
    };
    const rowEvents = id ? newInFile(entry, unknownEvents(id, record.events)) : record.events;
    if (!listener) entry.events = [...rowEvents];
    if (id && hasContactData(values)) holdValues(entry, compareWithStored(entry, values, existing, options));
    if (found === null) rememberUnclaimed(inFile, values, entry);
    else remember(inFile, values, entry);
    if (nameKey !== null) inFile.byName.set(nameKey, entry);
    else {
      lastIdentity = identity;
      lastEntry = entry;
    }
    planned.push(entry);
    if (!id) newInFile(entry, rowEvents);
    events += rowEvents.length;
    if (listener) {
      listener.planned(entry, rowEvents);
      if (entry.action === 'create') entry.values = null;
      else if (entry.before === null && isBare(values)) {
        bare.set(entry, { email: values.email, kind: values.kind });
        entry.values = null;
      }
    }
  }
  listener?.progress(rows);
  // Needed only while the file is planned: the plan outlives it while it is written.
  for (const entry of planned) entry.eventsSeen = null;

  const count = (action: PlannedContact['action']) => planned.filter((p) => p.action === action).length;
  return {
    contacts: planned,
    rejected,
    problems: [...problems, ...rejected.map(({ line, reason, rule, params }) => ({ line, column: null, message: reason, rule, ...(params && { params }) }))].sort((a, b) => a.line - b.line),
    counts: {
      rows,
      create: count('create'),
      update: count('update'),
      skip: count('skip'),
      reject: rejected.length,
      merged,
      events,
      erasedSkipped,
    },
  };
};
