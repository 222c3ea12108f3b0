import { sortNameOf } from '../contacts/normalise-contact';
import { foldWords } from '../text/clean-text';
import { onceEach } from './keep-text';
import type { ContactValues } from './contact-values';
import type { ImportMode, PlannedContact } from './plan-import';
import type { EventOutcome } from '../../api';
import { outcomeOf } from '../events/outcome';
import type { ImportEvent, ImportItem } from './types';

// An import's writes as flat lists of plain values, in the order the statements bind them
// (write-session.ts): a flat list crosses to the writing thread far cheaper than objects do.
// Merges, a row in a hundred, go as objects.

export type WriteBatch = {
  // Per new contact: its contactParams, id, and tags as a JSON list (or null).
  creates: unknown[];
  // Per changed existing contact: its contactParams, id, and its values before, as JSON.
  updates: unknown[];
  // Later rows about new contacts sent before: what each says, to add to what was written.
  merges: { id: string; values: ContactValues }[];
  // Contact id and tag, for contacts that existed (new ones carry theirs).
  tags: string[];
  // Email keys of people who opted out, for the suppression list.
  unsubscribed: string[];
  // Their numbers (E.164): a phone-only opt-out goes on the list too.
  unsubscribedPhones: string[];
  // Per event: contact id, type, occurred at, amount, currency, reference, items (JSON), status, link, date only (0/1), outcome.
  events: unknown[];
};

// The contact columns an import writes, in the order pushContact lays their values out: every
// statement that binds them (write-session.ts, import-history.ts) is built from this list.
export const CONTACT_VALUE_COLUMNS = [
  'first_name', 'last_name', 'sort_name', 'email', 'email_key', 'phone', 'phone_national', 'company', 'kind', 'language', 'country',
  'notes', 'consent_basis', 'consent_source', 'consent_at', 'unsubscribed_at', 'source_id', 'region', 'postal_code', 'created_at',
] as const;

const PARAMS = CONTACT_VALUE_COLUMNS.length;
export const CHANGE_WIDTH = PARAMS + 1;
export const CREATE_WIDTH = PARAMS + 2;
export const UPDATE_WIDTH = PARAMS + 2;
export const EVENT_WIDTH = 11;

// What the imports row says of the file; `mapping` as JSON.
export type ImportHeader = {
  importId: string;
  now: number;
  fileName: string;
  format: string;
  encoding: string;
  delimiter: string | null;
  presetId: string;
  mapping: string;
  mode: ImportMode;
  // The export the file was recognised as ("Shopify customers"), for the consent evidence; none for a plain file.
  presetName?: string | null;
};

export type ImportTotals = { rows: number; created: number; updated: number; skipped: number; rejected: number; erasedSkipped: number };

export const emptyBatch = (): WriteBatch => ({ creates: [], updates: [], merges: [], tags: [], unsubscribed: [], unsubscribedPhones: [], events: [] });

const pushContact = (into: unknown[], v: ContactValues, sortName: typeof sortNameOf = sortNameOf): void => {
  into.push(v.firstName, v.lastName, sortName(v.firstName, v.lastName, v.email), v.email, v.emailKey, v.phone, v.phoneNational);
  into.push(v.company, v.kind, v.language, v.country, v.notes, v.consentBasis, v.consentSource, v.consentAt, v.unsubscribedAt, v.sourceId);
  // Values saved for undo by an older version lack these three.
  into.push(v.region ?? null, v.postalCode ?? null, v.createdAt ?? null);
};

export const contactParams = (v: ContactValues): unknown[] => {
  const params: unknown[] = [];
  pushContact(params, v);
  return params;
};

// sortNameOf for the contacts of one file, whose family and first names repeat: each name is
// folded once (foldWords), and the two joined give the same key. Folding each contact's whole
// name took 70-90 ms for the 100k contacts' names, folding each once 14-28 ms.
export const sortNamer = (): typeof sortNameOf => {
  const foldLast = onceEach(foldWords);
  const foldFirst = onceEach(foldWords);
  return (firstName, lastName, email) =>
    lastName || firstName ? `${foldLast(lastName)} ${foldFirst(firstName)}`.trim() : sortNameOf(firstName, lastName, email);
};

// One planned contact as it stands: created, updated (with its undo record) or left alone.
export const addContact = (batch: WriteBatch, entry: PlannedContact, sortName: typeof sortNameOf): void => {
  const { values, id } = entry;
  if (values === null) throw new Error(`Contact ${id} was written already; a later row is merged with it instead.`);
  if (entry.action === 'create') {
    pushContact(batch.creates, values, sortName);
    batch.creates.push(id, values.tags.length > 0 ? JSON.stringify(values.tags) : null);
  } else if (entry.action === 'update') {
    pushContact(batch.updates, values, sortName);
    batch.updates.push(id, JSON.stringify(entry.before));
    for (const tag of values.tags) batch.tags.push(id, tag);
  }
  if (values.unsubscribedAt !== null && values.emailKey) batch.unsubscribed.push(values.emailKey);
  if (values.unsubscribedAt !== null && values.phone) batch.unsubscribedPhones.push(values.phone);
};

// A later row about a new contact sent before (PlanListener.merged).
export const addMerge = (batch: WriteBatch, entry: PlannedContact, values: ContactValues): void => {
  batch.merges.push({ id: entry.id, values });
};

// A character beyond Latin-1 (☕, an emoji) makes a string two bytes a character, and such a
// string costs the message to the writer thread far more to carry: a batch of the events corpus
// took 0.95 ms to post as it was, 0.34-0.54 ms with its items' JSON escaped (0.3 s of the
// reading thread over 304k events). Escaped here, the JSON is put back as JSON.stringify wrote
// it by the writer (itemsAsWritten), so the timeline stores the same text.
const WIDE = /[\u0100-\uffff]/g;
const escapeWide = (json: string): string => json.replace(WIDE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export const itemsAsWritten = (json: string | null): string | null => (json === null || !json.includes('\\u') ? json : JSON.stringify(JSON.parse(json)));

// Rows that list the same cart share one frozen list of items (row-values.ts): written once.
export const itemsWriter = (): ((items: readonly ImportItem[]) => string | null) => {
  const written = new WeakMap<readonly ImportItem[], string>();
  return (items) => {
    if (items.length === 0) return null;
    if (!Object.isFrozen(items)) return escapeWide(JSON.stringify(items));
    let json = written.get(items);
    if (json === undefined) {
      json = escapeWide(JSON.stringify(items));
      written.set(items, json);
    }
    return json;
  };
};

// A file writes a handful of status words on 304k rows: each type and word is read once
// (outcomeOf folds accents and case, 0.2 s of the events corpus's reading thread).
export const outcomeReader = (): typeof outcomeOf => {
  const byType = new Map<string, Map<string | null, EventOutcome>>();
  return (type, status) => {
    let byStatus = byType.get(type);
    if (byStatus === undefined) {
      byStatus = new Map();
      byType.set(type, byStatus);
    }
    let outcome = byStatus.get(status);
    if (outcome === undefined) {
      outcome = outcomeOf(type, status);
      byStatus.set(status, outcome);
    }
    return outcome;
  };
};

export const addEvents = (batch: WriteBatch, contactId: string, events: readonly ImportEvent[], itemsJson: ReturnType<typeof itemsWriter>, outcome: typeof outcomeOf = outcomeOf): void => {
  for (const e of events) batch.events.push(contactId, e.type, e.occurredAt, e.amountMinor, e.currency, e.reference, itemsJson(e.items), e.status, e.link, e.dateOnly ? 1 : 0, outcome(e.type, e.status));
};
