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
});

const isEmpty = (value: unknown): boolean => value === null || value === '' || (Array.isArray(value) && value.length === 0);

// "fill" keeps every value already there; "update" lets the file's non-empty values win.
// Either way, tags are added to, never removed, and an opt-out is never undone by a file.
export const mergeValues = (current: ContactValues, incoming: ContactValues, mode: 'update' | 'fill'): ContactValues => {
  const merged = { ...current };
  for (const key of Object.keys(incoming) as (keyof ContactValues)[]) {
    if (key === 'tags' || key === 'unsubscribedAt' || key === 'emailKey' || key === 'phoneNational') continue;
    if (key === 'consentBasis' || key === 'consentSource' || key === 'consentAt') continue;
    const value = incoming[key];
    if (isEmpty(value)) continue;
    if (mode === 'update' || isEmpty(current[key])) (merged as Record<string, unknown>)[key] = value;
  }
  if (merged.email !== current.email) merged.emailKey = incoming.emailKey;
  if (merged.phone !== current.phone) merged.phoneNational = incoming.phoneNational;
  // Sending needs a basis and no opt-out; the opt-out date stays, whatever the file says.
  const isOptedOut = current.unsubscribedAt !== null;
  if (incoming.consentBasis && !isOptedOut && (mode === 'update' || current.consentBasis === null)) {
    merged.consentBasis = incoming.consentBasis;
    merged.consentSource = incoming.consentSource;
    merged.consentAt = incoming.consentAt;
  }
  merged.unsubscribedAt = current.unsubscribedAt ?? incoming.unsubscribedAt;
  merged.tags = [...new Set([...current.tags, ...incoming.tags])];
  return merged;
};

export const sameValues = (a: ContactValues, b: ContactValues): boolean => JSON.stringify(a) === JSON.stringify(b);
