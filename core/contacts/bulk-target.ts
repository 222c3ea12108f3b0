import type { BulkChange, BulkTarget } from '../../api';
import { toSearchQuery } from './search-query';

// A condition over `contacts c` with its parameters, to be placed in a WHERE.
export type Condition = { sql: string; params: unknown[] };

// The contacts a bulk edit aims at: the ids ticked, or every contact the list's search matches,
// by the same full-text query as contacts.list so the count shown is the count changed.
export const targetCondition = (target: BulkTarget): Condition => {
  if ('ids' in target) return { sql: 'c.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(target.ids)] };
  const match = toSearchQuery(target.search);
  return match ? { sql: 'c.row_id IN (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ?)', params: [match] } : { sql: '1', params: [] };
};

const HAS_TAG = 'EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND lower(t.tag) = lower(?))';

// Among those, the contacts the change would alter: the others already hold the value. A legal
// basis is never set on someone who opted out: the owner's word for many people at once is no
// evidence that this one wants to hear from them again (only their own new consent is).
export const changingCondition = (change: BulkChange): Condition => {
  switch (change.field) {
    case 'consent-basis':
      return { sql: 'c.unsubscribed_at IS NULL AND c.consent_basis IS NOT ?', params: [change.value] };
    case 'kind':
      return { sql: 'c.kind <> ?', params: [change.value] };
    case 'add-tag':
      return { sql: `NOT ${HAS_TAG}`, params: [change.value] };
    case 'remove-tag':
      return { sql: HAS_TAG, params: [change.value] };
  }
};

// What each changed contact held before, as JSON, for undo: only the edited field.
export const beforeJson = (change: BulkChange): Condition => {
  switch (change.field) {
    case 'consent-basis':
      return { sql: `json_object('consentBasis', c.consent_basis, 'consentSource', c.consent_source, 'consentAt', c.consent_at)`, params: [] };
    case 'kind':
      return { sql: `json_object('kind', c.kind)`, params: [] };
    case 'add-tag':
      return { sql: `json_object('tag', NULL)`, params: [] };
    case 'remove-tag':
      // The tag as this contact spelled it ("VIP" or "vip"), so undo gives back the same one.
      return { sql: `json_object('tag', (SELECT t.tag FROM contact_tags t WHERE t.contact_id = c.id AND lower(t.tag) = lower(?) LIMIT 1))`, params: [change.value] };
  }
};
