import type Database from 'better-sqlite3';
import type { ConsentBasis, ContactKind, ProgramId } from '../../api';
import { suppressionHash } from '../respect/suppression-hash';
import { phoneSuppressionHash } from '../respect/suppression-list';
import { hasCompleted, type ContactFacts, type SentMessage, type TimelineFact } from '../programs/program-types';

type Sqlite = Database.Database;

export type CartFact = TimelineFact & { items: string | null; amountMinor: number | null; currency: string | null; link: string | null };

// Everything the planners and the templates need about one contact, read in four indexed queries.
export type ContactFile = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  language: string | null;
  country: string | null;
  // State or province and postal code: the exact time zone in countries with several.
  region: string | null;
  postalCode: string | null;
  interest: string;
  // Where a prospect stands and since when: a quote's follow-ups stop once it is won or lost.
  prospectStatus: string | null;
  statusSince: number | null;
  facts: ContactFacts;
  timeline: CartFact[];
  sent: SentMessage[];
  // The text the owner wrote for a message, by `editedKey`: the planner holds one that
  // lacks the footer (written while the business identity was incomplete).
  edited: ReadonlyMap<string, string>;
};

export const editedKey = (program: ProgramId, anchor: string, step: number): string => `${program}:${anchor}:${step}`;

type ContactRow = {
  id: string; firstName: string; lastName: string; email: string | null; emailKey: string | null; phone: string | null;
  language: string | null; country: string | null; region: string | null; postalCode: string | null; interest: string; kind: ContactKind; consentBasis: ConsentBasis | null; unsubscribedAt: number | null;
  awayUntil: number | null; complaintOpenSince: number | null; createdAt: number; prospectStatus: string | null; statusSince: number | null;
};

export const contactFileReader = (sqlite: Sqlite) => {
  const contact = sqlite.prepare(`SELECT id, first_name AS firstName, last_name AS lastName, email, email_key AS emailKey, phone,
    language, country, region, postal_code AS postalCode, interest, kind, consent_basis AS consentBasis, unsubscribed_at AS unsubscribedAt, away_until AS awayUntil,
    complaint_open_since AS complaintOpenSince, created_at AS createdAt, prospect_status AS prospectStatus, status_since AS statusSince
    FROM contacts WHERE id = ?`);
  const events = sqlite.prepare(`SELECT type, occurred_at AS occurredAt, reference, outcome, items, amount_minor AS amountMinor, currency, link
    FROM contact_events WHERE contact_id = ? ORDER BY occurred_at`);
  const sent = sqlite.prepare(`SELECT program, step, sent_at AS sentAt, anchor AS reference FROM outbox WHERE contact_id = ? AND state = 'sent'`);
  // Whatever their state: one row per message (its dedupe key), and only planned ones are looked up.
  const edited = sqlite.prepare('SELECT program, anchor, step, body_text AS bodyText FROM outbox WHERE contact_id = ? AND is_edited = 1');
  const suppressed = sqlite.prepare('SELECT 1 FROM suppressions WHERE hash = ?').pluck();

  return (id: string): ContactFile | null => {
    const row = contact.get(id) as ContactRow | undefined;
    if (!row) return null;
    const timeline = events.all(id) as CartFact[];
    const editedRows = edited.all(id) as { program: ProgramId; anchor: string; step: number; bodyText: string }[];
    return {
      id: row.id, firstName: row.firstName, lastName: row.lastName, email: row.email, phone: row.phone,
      language: row.language, country: row.country, region: row.region, postalCode: row.postalCode, interest: row.interest,
      prospectStatus: row.prospectStatus, statusSince: row.statusSince,
      facts: {
        // The consent basis recorded on the contact is the legal basis (docs/practice.md); without one, no send.
        basis: row.consentBasis,
        kind: row.kind,
        hasOrdered: timeline.some((fact) => fact.type === 'order' && hasCompleted(fact)),
        emailDomain: row.email?.includes('@') ? row.email.slice(row.email.lastIndexOf('@') + 1).trim().toLowerCase() : null,
        // By address or by number: a phone-only opt-out holds too.
        isSuppressed:
          (row.emailKey !== null && suppressed.get(suppressionHash(row.emailKey)) !== undefined) ||
          (row.phone !== null && suppressed.get(phoneSuppressionHash(row.phone)) !== undefined),
        unsubscribedAt: row.unsubscribedAt,
        hasOpenComplaint: row.complaintOpenSince !== null,
        createdAt: row.createdAt,
        awayUntil: row.awayUntil,
      },
      timeline,
      sent: (sent.all(id) as { program: ProgramId; step: number; sentAt: number; reference: string }[]),
      edited: new Map(editedRows.map((r) => [editedKey(r.program, r.anchor, r.step), r.bodyText])),
    };
  };
};
