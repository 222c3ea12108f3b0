import type { ConsentBasis } from '../../api';
import type { Db } from '../../db/open-database';
import { timeOrderedId } from '../ids';
import type { AuditOrigin } from './audit-log';

type Sqlite = Db['$client'];

export type ConsentChange = {
  contactId: string;
  // null: the basis was withdrawn.
  basis: ConsentBasis | null;
  source: string;
  // In words, what shows the basis: "accepted marketing: yes, in Shopify export of …, date not given".
  evidence: string;
  consentAt: number | null;
  origin: AuditOrigin;
  importId?: string | null;
};

// A new row for every change, never an overwrite: the contact's consent history (C9).
export const recordConsentChange = (sqlite: Sqlite, change: ConsentChange, now: number): void => {
  sqlite
    .prepare(
      `INSERT INTO consent_changes (id, contact_id, basis, source, evidence, consent_at, origin, import_id, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(timeOrderedId(), change.contactId, change.basis, change.source, change.evidence, change.consentAt, change.origin, change.importId ?? null, now);
};
