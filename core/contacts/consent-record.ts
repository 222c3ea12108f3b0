import type { Db } from '../../db/open-database';
import type { ContactRow } from '../../db/schema';
import { recordAudit, type AuditOrigin } from '../respect/audit-log';
import { recordConsentChange } from '../respect/consent-history';
import { suppressedSince, unsuppress } from '../respect/suppression-list';
import { utcDay } from '../time-units';

type Sqlite = Db['$client'];
type ConsentColumns = Pick<ContactRow, 'consentBasis' | 'consentSource' | 'consentAt'>;
type GivenConsent = Partial<ConsentColumns>;
// Who the contact is now, and whether they opted out.
type Person = { id: string; emailKey: string | null; phone: string | null; unsubscribedAt: number | null };

const isSameConsent = (a: ConsentColumns, b: ConsentColumns): boolean =>
  a.consentBasis === b.consentBasis && (a.consentSource ?? '') === (b.consentSource ?? '') && a.consentAt === b.consentAt;

const BY_HAND: Record<AuditOrigin, string> = {
  ui: 'entered by hand in Relance',
  cli: 'entered from the command line',
  import: 'entered by an import',
  mailbox: 'entered by the mailbox reader',
};

// Since when the person may not be written to (opted out, or on the suppression list), or null.
const optedOutSince = (sqlite: Sqlite, person: Person): number | null => {
  const listed = suppressedSince(sqlite, person);
  if (listed === null && person.unsubscribedAt === null) return null;
  return Math.max(listed ?? 0, person.unsubscribedAt ?? 0);
};

// Only a new consent, with where it came from and a date after the opt-out, lifts it: the owner
// then holds the evidence that the person asked to hear from them again.
const liftsOptOut = (after: ConsentColumns, since: number | null): boolean =>
  since !== null && after.consentBasis === 'consent' && (after.consentSource ?? '').trim() !== '' && after.consentAt !== null && after.consentAt > since;

// A change of basis, source or date typed in the form (or given to contacts.create/update): a new
// row of the consent history and an audit entry, never an overwrite. Returns whether it lifted an opt-out.
export const recordHandConsent = (sqlite: Sqlite, person: Person, before: ConsentColumns | null, given: GivenConsent, origin: AuditOrigin, now: number): boolean => {
  const was: ConsentColumns = before ?? { consentBasis: null, consentSource: null, consentAt: null };
  const after: ConsentColumns = { consentBasis: given.consentBasis ?? null, consentSource: given.consentSource ?? null, consentAt: given.consentAt ?? null };
  if (isSameConsent(was, after) || (was.consentBasis === null && after.consentBasis === null)) return false;
  const since = optedOutSince(sqlite, person);
  const isLifting = liftsOptOut(after, since);
  if (isLifting) {
    unsuppress(sqlite, person);
    sqlite.prepare('UPDATE contacts SET unsubscribed_at = NULL WHERE id = ?').run(person.id);
  }
  const evidence =
    after.consentBasis === null
      ? `legal basis removed, ${BY_HAND[origin]}`
      : `${BY_HAND[origin]}${isLifting ? `; this new consent lifts the opt-out of ${utcDay(since!)}` : ''}`;
  recordConsentChange(
    sqlite,
    { contactId: person.id, basis: after.consentBasis, source: after.consentSource ?? '', evidence, consentAt: after.consentAt, origin },
    now,
  );
  recordAudit(sqlite, { action: 'consent', origin, contactId: person.id, detail: `basis=${after.consentBasis ?? 'none'}${isLifting ? '; opt-out lifted' : ''}` }, now);
  return isLifting;
};
