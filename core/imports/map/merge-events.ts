import type { ImportEvent, ImportRecord } from '../types';
import { draftOf, emptyList, growable, type EventDraft } from './build-record';
import { mergeItems } from './parse-items';
import { referenceIndex } from './reference-index';

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
};

// Who the row is about: the address, else the phone, else the source's id. A row with none of
// them is its own group.
const hasContact = (record: ImportRecord): boolean => Boolean(record.email || record.phone || record.sourceId);
const contactKey = (record: ImportRecord): string | null =>
  record.email?.trim().toLowerCase() || record.phone || (record.sourceId !== null ? `id:${record.sourceId}` : null);

const isSameGroup = (a: ImportRecord, b: ImportRecord): boolean => draftOf(a)!.type === draftOf(b)!.type && contactKey(a) === contactKey(b);

const mergeEvent = (into: EventDraft, from: EventDraft): void => {
  if (from.items.length > 0) {
    // A frozen list is shared with other rows (row-values.ts): this order gets its own copy.
    if (Object.isFrozen(into.items)) into.items = into.items.map((item) => ({ ...item }));
    mergeItems(into.items, from.items);
  }
  into.occurredAt ??= from.occurredAt;
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
    amountMinor: null,
    currency: null,
    reference: draft.reference,
    items: draft.items.length === 0 ? emptyList : draft.items.map((item) => ({ ...item })),
    status: null,
    link: null,
  };
  record.events = [draft, delivery];
};

export type EventLines = {
  // Called with the position of each record in `records` as soon as it is mapped, in order.
  add: (index: number) => void;
  // The record at `index` was mapped again, with the date order decided for the whole file.
  replaced: (index: number) => void;
  // The records, the lines of each event merged into its first and each event finished.
  finish: () => ImportRecord[];
};

// Which line belongs to which event is decided as each row is mapped, while its record is
// still in the processor's cache: a second pass over 304k records cost about 0.1 s of cache
// misses. Grouping looks at the type, contact and reference only, which a row mapped again
// with another date order keeps, and merges never change a group's contact (email is never
// merged, a phone or id only fills one that was empty, which the lines' keys then equal).
// The merges themselves wait for `finish`, when every record is final. Rows are keyed by
// reference alone (a string the row already holds) and then compared on contact and type:
// building a composite key per row cost about half a second on the 300,000-event corpus.
// `deliveries` holds each record's delivery date, at the same position.
export const eventLines = (records: ImportRecord[], deliveries: (number | null)[], dateColumn: string | null): EventLines => {
  // The position of the first row of each reference; the rare references shared by different
  // contacts or types keep their other first rows in `others`.
  const byReference = referenceIndex<number>();
  const others = new Map<string, number[]>();
  // Pairs of positions: a line, then the first row of its event.
  const merges: number[] = [];
  // The records whose event may lack a date or have a delivery: the others need no finishing.
  const unfinished: number[] = [];

  const add = (index: number): void => {
    const record = records[index]!;
    const draft = draftOf(record);
    if (draft === null) return;
    if (draft.occurredAt === null || deliveries[index] !== null) unfinished.push(index);
    const reference = draft.reference;
    if (reference === null || !hasContact(record)) return;
    // A reference seen for the first time is this row's, and there is nothing to merge.
    const first = byReference.putIfAbsent(reference, index);
    if (first === undefined) return;
    const group = isSameGroup(records[first]!, record) ? first : others.get(reference)?.find((other) => isSameGroup(records[other]!, record));
    if (group !== undefined) merges.push(index, group);
    else others.set(reference, [...(others.get(reference) ?? []), index]);
  };

  const finish = (): ImportRecord[] => {
    const isMerged = merges.length === 0 ? null : new Uint8Array(records.length);
    for (let at = 0; at < merges.length; at += 2) {
      const line = merges[at]!;
      const group = merges[at + 1]!;
      mergeEvent(draftOf(records[group]!)!, draftOf(records[line]!)!);
      deliveries[group] ??= deliveries[line]!;
      mergeRecord(records[group]!, records[line]!);
      isMerged![line] = 1;
      unfinished.push(group);
    }
    const isFinished = new Uint8Array(records.length);
    for (const index of unfinished) {
      if (isFinished[index] === 1 || isMerged?.[index] === 1) continue;
      isFinished[index] = 1;
      const record = records[index]!;
      const draft = draftOf(record);
      // A row mapped again may have no event at all (a contact's creation date).
      if (draft !== null) finishEvent(record, draft, deliveries[index]!, dateColumn);
    }
    return isMerged === null ? records : records.filter((_, index) => isMerged[index] === 0);
  };

  return { add, replaced: (index) => void unfinished.push(index), finish };
};
