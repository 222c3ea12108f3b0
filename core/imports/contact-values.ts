import type Database from 'better-sqlite3';
import type { ContactRow } from '../../db/schema';

// The stored fields of a contact an import may write, in the database's own shape.
export type ContactValues = {
  firstName: string;
  lastName: string;
  email: string | null;
  emailKey: string | null;
  phone: string | null;
  phoneNational: string | null;
  company: string;
  kind: 'customer' | 'donor' | 'prospect';
  language: string | null;
  country: string | null;
  notes: string;
  consentBasis: ContactRow['consentBasis'];
  consentSource: string | null;
  consentAt: number | null;
  unsubscribedAt: number | null;
  sourceId: string | null;
  tags: string[];
  region: string | null;
  postalCode: string | null;
  // When the person first came: a file's creation date ("customer since") only ever moves it earlier.
  createdAt: number | null;
};

// The columns contactReader reads, in ContactValues' order, then the tags as a JSON list.
type StoredRow = [
  string, string, string | null, string | null, string | null, string | null, string, ContactValues['kind'], string | null, string | null, string,
  ContactValues['consentBasis'], string | null, number | null, number | null, string | null, string | null, string | null, number, string,
];

// A stored contact's values, by id, on the connection given (inside its transaction if any).
// One statement with its tags as a JSON list, read as an array: re-importing a 100k-contact file
// reads every contact once, and a statement for the row and one for its tags, read as objects,
// cost twice as much (1.35 against 0.70 s of CPU, docs/performance.md).
export const contactReader = (sqlite: Database.Database): ((id: string) => ContactValues) => {
  const row = sqlite
    .prepare(`SELECT first_name, last_name, email, email_key, phone, phone_national, company, kind, language, country, notes, consent_basis,
      consent_source, consent_at, unsubscribed_at, source_id, region, postal_code, created_at,
      (SELECT json_group_array(tag ORDER BY tag) FROM contact_tags WHERE contact_id = contacts.id) FROM contacts WHERE id = ?`)
    .raw();
  return (id) => {
    const r = row.get(id) as StoredRow;
    return {
      firstName: r[0], lastName: r[1], email: r[2], emailKey: r[3], phone: r[4], phoneNational: r[5], company: r[6], kind: r[7], language: r[8],
      country: r[9], notes: r[10], consentBasis: r[11], consentSource: r[12], consentAt: r[13], unsubscribedAt: r[14], sourceId: r[15],
      tags: r[19] === '[]' ? [] : (JSON.parse(r[19]) as string[]), region: r[16], postalCode: r[17], createdAt: r[18],
    };
  };
};

// The source of a basis the owner declared for a whole file ("these are my customers: soft
// opt-in"), not read in a row: it fills only where no basis is recorded, and a row's own basis replaces it.
const DECLARED = 'declared for the whole file ';
export const declaredSource = (fileName: string): string => `${DECLARED}${fileName}`;
const isDeclared = (v: Pick<ContactValues, 'consentSource'>): boolean => v.consentSource?.startsWith(DECLARED) ?? false;

const isEmpty = (value: unknown): boolean => value === null || value === '' || (Array.isArray(value) && value.length === 0);

// A row that says again the basis already recorded, without a date of its own or with the same
// one, adds no evidence: the record stays (its date, its file). Taken as a change, every "yes"
// without a date moved to each import's time: re-importing the 100k-contact file "updated" 69k
// contacts. `undatedAt`: the time toValues gives a consent the file gives no date (the import's).
// The owner's word for a whole file is not the row's: the row's own basis still replaces it.
const saysSameConsent = (current: ContactValues, incoming: ContactValues, undatedAt: number): boolean =>
  incoming.consentBasis === current.consentBasis && !isDeclared(current) && (incoming.consentAt === current.consentAt || incoming.consentAt === undatedAt);

// The tags the file adds: one already there in another case is the same tag (cleanTags).
const addedTags = (current: readonly string[], incoming: readonly string[]): string[] => {
  const tags = [...current];
  if (incoming.length === 0) return tags;
  const known = new Set(current.map((tag) => tag.toLowerCase()));
  for (const tag of incoming) {
    const key = tag.toLowerCase();
    if (known.has(key)) continue;
    known.add(key);
    tags.push(tag);
  }
  return tags;
};

// "fill" keeps every value already there; "update" lets the file's non-empty values win.
// Either way, tags are added to, never removed, and an opt-out is never undone by a file.
export const mergeValues = (current: ContactValues, incoming: ContactValues, mode: 'update' | 'fill', undatedAt: number): ContactValues => {
  const merged = { ...current };
  for (const key of Object.keys(incoming) as (keyof ContactValues)[]) {
    if (key === 'tags' || key === 'unsubscribedAt' || key === 'emailKey' || key === 'phoneNational') continue;
    if (key === 'consentBasis' || key === 'consentSource' || key === 'consentAt' || key === 'createdAt') continue;
    const value = incoming[key];
    if (isEmpty(value)) continue;
    if (mode === 'update' || isEmpty(current[key])) (merged as Record<string, unknown>)[key] = value;
  }
  if (merged.email !== current.email) merged.emailKey = incoming.emailKey;
  if (merged.phone !== current.phone) merged.phoneNational = incoming.phoneNational;
  // Sending needs a basis and no opt-out; the opt-out date stays, whatever the file says.
  const isOptedOut = current.unsubscribedAt !== null;
  const mayReplace = isDeclared(incoming) ? false : mode === 'update' || isDeclared(current);
  if (incoming.consentBasis && !isOptedOut && (current.consentBasis === null || mayReplace) && !saysSameConsent(current, incoming, undatedAt)) {
    merged.consentBasis = incoming.consentBasis;
    merged.consentSource = incoming.consentSource;
    merged.consentAt = incoming.consentAt;
  }
  merged.unsubscribedAt = current.unsubscribedAt ?? incoming.unsubscribedAt;
  merged.tags = addedTags(current.tags, incoming.tags);
  // Whatever the mode: the earliest date anyone gives is when the person first came.
  if (incoming.createdAt !== null && (current.createdAt === null || incoming.createdAt < current.createdAt)) merged.createdAt = incoming.createdAt;
  return merged;
};

// Who a contact is, as mergeValues leaves it in "fill" mode, for one who is known only by these.
export type ContactKeys = { emailKey: string | null; sourceId: string | null };
export const fillKeys = (current: ContactKeys, incoming: ContactValues): ContactKeys => ({
  // An email and its key come and go together.
  emailKey: current.emailKey ?? incoming.emailKey,
  sourceId: isEmpty(current.sourceId) && !isEmpty(incoming.sourceId) ? incoming.sourceId : current.sourceId,
});

const VALUE_KEYS = [
  'firstName', 'lastName', 'email', 'emailKey', 'phone', 'phoneNational', 'company', 'kind', 'language', 'country', 'notes',
  'consentBasis', 'consentSource', 'consentAt', 'unsubscribedAt', 'sourceId', 'region', 'postalCode', 'createdAt',
] as const satisfies readonly Exclude<keyof ContactValues, 'tags'>[];
// A field added to ContactValues and not to the list above would never count as a change.
const everyKeyCompared: [Exclude<keyof ContactValues, 'tags' | (typeof VALUE_KEYS)[number]>] extends [never] ? true : never = true;
void everyKeyCompared;

// Key by key: two JSON texts for each of the 100k contacts a re-import compares took 0.6 s.
export const sameValues = (a: ContactValues, b: ContactValues): boolean => {
  for (const key of VALUE_KEYS) if (a[key] !== b[key]) return false;
  return a.tags.length === b.tags.length && a.tags.every((tag, i) => tag === b.tags[i]);
};
