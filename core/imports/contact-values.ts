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

export const valuesOf = (row: ContactRow, tags: string[]): ContactValues => ({
  firstName: row.firstName,
  lastName: row.lastName,
  email: row.email,
  emailKey: row.emailKey,
  phone: row.phone,
  phoneNational: row.phoneNational,
  company: row.company,
  kind: row.kind,
  language: row.language,
  country: row.country,
  notes: row.notes,
  consentBasis: row.consentBasis,
  consentSource: row.consentSource,
  consentAt: row.consentAt,
  unsubscribedAt: row.unsubscribedAt,
  sourceId: row.sourceId,
  tags,
  region: row.region ?? null,
  postalCode: row.postalCode ?? null,
  createdAt: row.createdAt,
});

// A stored contact's values, by id, on the connection given (inside its transaction if any).
export const contactReader = (sqlite: Database.Database): ((id: string) => ContactValues) => {
  const row = sqlite.prepare(`SELECT row_id AS rowId, id, first_name AS firstName, last_name AS lastName, email, email_key AS emailKey,
    phone, phone_national AS phoneNational, company, kind, language, country, notes, consent_basis AS consentBasis,
    consent_source AS consentSource, consent_at AS consentAt, unsubscribed_at AS unsubscribedAt, source_id AS sourceId,
    region, postal_code AS postalCode, sort_name AS sortName, created_at AS createdAt, updated_at AS updatedAt FROM contacts WHERE id = ?`);
  const tags = sqlite.prepare('SELECT tag FROM contact_tags WHERE contact_id = ? ORDER BY tag').pluck();
  return (id) => valuesOf(row.get(id) as ContactRow, tags.all(id) as string[]);
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

export const sameValues = (a: ContactValues, b: ContactValues): boolean => JSON.stringify(a) === JSON.stringify(b);
