import type Database from 'better-sqlite3';
import type { ProgramId } from '../../api';
import { suppressionHash } from '../imports/suppression-hash';
import type { ContactFacts, SentMessage, TimelineFact } from '../programs/program-types';

type Sqlite = Database.Database;

export type CartFact = TimelineFact & { items: string | null; amountMinor: number | null; currency: string | null; link: string | null };

// Everything the planners and the templates need about one contact, read in three indexed queries.
export type ContactFile = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  language: string | null;
  country: string | null;
  interest: string;
  facts: ContactFacts;
  timeline: CartFact[];
  sent: SentMessage[];
};

type ContactRow = {
  id: string; firstName: string; lastName: string; email: string | null; emailKey: string | null; phone: string | null;
  language: string | null; country: string | null; interest: string; consentBasis: string | null; unsubscribedAt: number | null;
  complaintOpenSince: number | null; createdAt: number;
};

export const contactFileReader = (sqlite: Sqlite) => {
  const contact = sqlite.prepare(`SELECT id, first_name AS firstName, last_name AS lastName, email, email_key AS emailKey, phone,
    language, country, interest, consent_basis AS consentBasis, unsubscribed_at AS unsubscribedAt,
    complaint_open_since AS complaintOpenSince, created_at AS createdAt FROM contacts WHERE id = ?`);
  const events = sqlite.prepare(`SELECT type, occurred_at AS occurredAt, reference, items, amount_minor AS amountMinor, currency, link
    FROM contact_events WHERE contact_id = ? ORDER BY occurred_at`);
  const sent = sqlite.prepare(`SELECT program, step, sent_at AS sentAt, anchor AS reference FROM outbox WHERE contact_id = ? AND state = 'sent'`);
  const suppressed = sqlite.prepare('SELECT 1 FROM suppressions WHERE hash = ?').pluck();

  return (id: string): ContactFile | null => {
    const row = contact.get(id) as ContactRow | undefined;
    if (!row) return null;
    return {
      id: row.id, firstName: row.firstName, lastName: row.lastName, email: row.email, phone: row.phone,
      language: row.language, country: row.country, interest: row.interest,
      facts: {
        // A consent basis recorded on the contact is the legal basis (DESIGN.md §1); without one, no send.
        hasLegalBasis: row.consentBasis !== null,
        isSuppressed: row.emailKey !== null && suppressed.get(suppressionHash(row.emailKey)) !== undefined,
        unsubscribedAt: row.unsubscribedAt,
        hasOpenComplaint: row.complaintOpenSince !== null,
        createdAt: row.createdAt,
      },
      timeline: events.all(id) as CartFact[],
      sent: (sent.all(id) as { program: ProgramId; step: number; sentAt: number; reference: string }[]),
    };
  };
};
