import type { ImportEvent, ImportRecord } from '../types';
import { draftOf, emptyList, growable, type EventDraft } from './build-record';
import { mergeItems } from '../../events/parse-items';
import { fnv, referenceIndex } from './reference-index';

// Rows that are lines of one event become one event. Shopify's orders export has one line per
// line item: every line repeats the order's "Name" (#1001) and only the first has the totals.
// Lines belong together when they have the same contact, event type and reference, wherever
// they are in the file; the first line's record keeps them, the others add what it lacks.

const eventLabels: Record<ImportEvent['type'], string> = {
  order: 'order',
  donation: 'donation',
  abandoned_cart: 'abandoned cart',
  delivery: 'delivery',
  refund: 'refund',
  product_viewed: 'product viewed',
  quote_sent: 'quote sent',
};

// Who the row is about: the address, else the phone, else the source's id, else the name (an
// orders export that names its customer only, as the plan then finds them). A row with none of
// them is its own group.
const nameOf = (record: ImportRecord): string => (record.firstName || record.lastName ? `name:${record.firstName.trim().toLowerCase()}\u0001${record.lastName.trim().toLowerCase()}` : '');
const hasContact = (record: ImportRecord): boolean => Boolean(record.email || record.phone || record.sourceId || record.firstName || record.lastName);
const contactKey = (record: ImportRecord): string | null =>
  record.email?.trim().toLowerCase() || record.phone || (record.sourceId !== null ? `id:${record.sourceId}` : null) || nameOf(record) || null;

const mergeEvent = (into: EventDraft, from: EventDraft): void => {
  if (from.items.length > 0) {
    // A frozen list is shared with other rows (row-values.ts): this order gets its own copy.
    if (Object.isFrozen(into.items)) into.items = into.items.map((item) => ({ ...item }));
    mergeItems(into.items, from.items);
  }
  if (into.occurredAt === null) {
    into.occurredAt = from.occurredAt;
    into.dateOnly = from.dateOnly;
  }
  if (into.amountMinor === null && from.amountMinor !== null) {
    into.amountMinor = from.amountMinor;
    into.currency = from.currency;
  }
  into.currency ??= from.currency;
  into.status ??= from.status;
  into.link ??= from.link;
};

const addNew = (into: string[], values: readonly string[], main: string | null): string[] => {
  if (values.length === 0) return into;
  const known = new Set([main, ...into].filter((value) => value !== null).map((value) => value!.toLowerCase()));
  const added = values.filter((value) => !known.has(value.toLowerCase()));
  return added.length === 0 ? into : [...into, ...added];
};

// Fills what the first line left empty and never overwrites it, except that a later line's
// unsubscribe wins over an earlier consent.
const mergeRecord = (into: ImportRecord, line: ImportRecord): void => {
  into.firstName ||= line.firstName;
  into.lastName ||= line.lastName;
  into.company ||= line.company;
  into.notes ||= line.notes;
  into.phone ??= line.phone;
  into.extraPhones = addNew(into.extraPhones, [line.phone, ...line.extraPhones].filter((phone) => phone !== null) as string[], into.phone);
  into.extraEmails = addNew(into.extraEmails, line.extraEmails, into.email);
  into.tags = addNew(into.tags, line.tags, null);
  into.kind ??= line.kind;
  into.language ??= line.language;
  into.country ??= line.country;
  into.region ??= line.region;
  into.postalCode ??= line.postalCode;
  into.sourceId ??= line.sourceId;
  into.createdAt ??= line.createdAt;
  if (line.consent?.state === 'withdrawn' || into.consent === null) into.consent = line.consent ?? into.consent;
  if (line.problems.length > 0) into.problems = [...into.problems, ...line.problems];
};

const hasDate = (draft: EventDraft): draft is ImportEvent => draft.occurredAt !== null;

const finishEvent = (record: ImportRecord, draft: EventDraft, deliveredAt: number | null, dateColumn: string | null): void => {
  if (!hasDate(draft)) {
    record.events = emptyList;
    record.problems = growable(record.problems);
    record.problems.push({
      line: record.line,
      column: dateColumn,
      message: `This ${eventLabels[draft.type]} has no date, so it was not added to the timeline.`,
      // One rule per type: other languages give each kind of event its own gender.
      rule: `import.noDate.${draft.type}`,
    });
    return;
  }
  // The delivery date of an order is its own timeline event: review requests count from it.
  // The record's list already holds the event (build-record.ts).
  if (deliveredAt === null || draft.type === 'delivery') return;
  const delivery: ImportEvent = {
    type: 'delivery',
    occurredAt: deliveredAt,
    // Delivery dates are read as instants (midnight in the owner's zone when the file gives no
    // time): review requests count days from them.
    dateOnly: false,
    amountMinor: null,
    currency: null,
    reference: draft.reference,
    items: draft.items.length === 0 ? emptyList : draft.items.map((item) => ({ ...item })),
    status: null,
    link: null,
  };
  record.events = [draft, delivery];
};

// Thrown when a line of an event comes after that event was handed on (a file read as a
// stream, see map-rows.ts): the caller reads the file again, whole.
export class LateLine extends Error {
  constructor(line: number) {
    super(`Line ${line} is another line of an order already written; the file is read again whole.`);
  }
}

export type EventLines = {
  // Called with the position of each record in `records` as soon as it is mapped, in order.
  add: (index: number) => void;
  // The record at `index` was mapped again, with the date order decided for the whole file.
  replaced: (index: number) => void;
  // The records before `upTo` not handed on yet, the lines of each event merged into its first
  // and each event finished. They no longer change: their places in `records` are emptied.
  release: (upTo: number) => Generator<ImportRecord, void>;
  // Whether no record mapped and not yet handed on may be the first line of an event: later
  // lines can then change none of them.
  isSettled: () => boolean;
};

// Which line belongs to which event is decided as each row is mapped, while its record is
// still in the processor's cache: a second pass over 304k records cost about 0.1 s of cache
// misses. Grouping looks at the type, contact and reference only, which a row mapped again
// with another date order keeps, and merges never change a group's contact (email is never
// merged, a phone or id only fills one that was empty, which the lines' keys then equal).
// The merges themselves wait until their event is released, when its lines are final. Rows are
// keyed by reference alone (a string the row already holds) and then compared on contact and
// type: building a composite key per row cost about half a second on the 300,000-event corpus.
// `deliveries` holds each record's delivery date, at the same position.
export const eventLines = (records: (ImportRecord | undefined)[], deliveries: (number | null)[], dateColumn: string | null): EventLines => {
  // The position of the first row of each event, by its reference (a reference shared by two
  // contacts or types has a first row for each).
  const byReference = referenceIndex();
  // Pairs of positions still to merge: a line, then the first row of its event.
  let merges: number[] = [];
  const mergedAway = new Set<number>();
  // The records whose event may lack a date or have a delivery: the others need no finishing.
  let unfinished: number[] = [];
  // What a released first row is still compared on: its event's type and its contact's hash.
  // A row handed on is known by hashes alone (its reference's, its contact's), which is all a
  // 304k-row file can keep of each row: when they match, the line may be of that event, and the
  // file is read again whole (LateLine); a collision costs that re-reading, never a wrong event.
  const releasedType: string[] = [];
  const releasedContact: number[] = [];
  let released = 0;
  // The last record that may be the first line of an event (it has a reference and a contact).
  let lastGroupable = -1;

  const isSameGroup = (first: number, record: ImportRecord, reference: string): boolean => {
    const earlier = records[first];
    if (earlier !== undefined) {
      const draft = draftOf(earlier)!;
      return draft.reference === reference && draft.type === draftOf(record)!.type && contactKey(earlier) === contactKey(record);
    }
    if (releasedType[first] === draftOf(record)!.type && releasedContact[first] === fnv(contactKey(record)!)) throw new LateLine(record.line);
    return false;
  };

  const add = (index: number): void => {
    const record = records[index]!;
    const draft = draftOf(record);
    if (draft === null) return;
    if (draft.occurredAt === null || deliveries[index] !== null) unfinished.push(index);
    const reference = draft.reference;
    if (reference === null || !hasContact(record)) return;
    lastGroupable = index;
    // The first line of an event is its group's first row, and there is nothing to merge.
    const group = byReference.findOrAdd(reference, index, (first) => isSameGroup(first, record, reference));
    if (group !== undefined) merges.push(index, group);
  };

  function* release(upTo: number): Generator<ImportRecord, void> {
    if (upTo <= released) return;
    const later: number[] = [];
    for (let at = 0; at < merges.length; at += 2) {
      const line = merges[at]!;
      const group = merges[at + 1]!;
      if (group >= upTo) {
        later.push(line, group);
        continue;
      }
      mergeEvent(draftOf(records[group]!)!, draftOf(records[line]!)!);
      deliveries[group] ??= deliveries[line]!;
      mergeRecord(records[group]!, records[line]!);
      mergedAway.add(line);
      unfinished.push(group);
    }
    merges = later;
    // Kept before finishing, which empties the events of a row without a date.
    for (let index = released; index < upTo; index += 1) {
      const record = records[index]!;
      const draft = mergedAway.has(index) ? null : draftOf(record);
      if (draft?.reference == null || !hasContact(record)) continue;
      releasedType[index] = draft.type;
      releasedContact[index] = fnv(contactKey(record)!);
    }
    const waiting: number[] = [];
    const isFinished = new Set<number>();
    for (const index of unfinished) {
      if (index >= upTo) waiting.push(index);
      else if (!isFinished.has(index) && !mergedAway.has(index)) {
        isFinished.add(index);
        const record = records[index]!;
        const draft = draftOf(record);
        // A row mapped again may have no event at all (a contact's creation date).
        if (draft !== null) finishEvent(record, draft, deliveries[index]!, dateColumn);
      }
    }
    unfinished = waiting;
    const from = released;
    released = upTo;
    // Each record let go as it is handed on: records and what is made of them are never all in
    // memory together.
    for (let index = from; index < upTo; index += 1) {
      const record = records[index]!;
      records[index] = undefined;
      if (!mergedAway.delete(index)) yield record;
    }
  }

  return { add, replaced: (index) => void unfinished.push(index), release, isSettled: () => lastGroupable < released };
};
