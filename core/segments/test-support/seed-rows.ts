import type { Booted } from '../../boot';

// Rows written straight into a test database, so segment tests choose every date and amount.

export type PersonFacts = {
  kind?: 'customer' | 'donor' | 'prospect';
  createdAt?: number;
  tags?: string[];
  country?: string | null;
  language?: string | null;
  consent?: string | null;
  unsubscribedAt?: number | null;
};

export type EventFacts = { reference?: string | null; amountMinor?: number | null; currency?: string | null };

export const seeder = (booted: () => Booted, now: number) => {
  let seq = 0;
  // A contact named `name` (the name is also its id), created long ago unless said otherwise.
  const person = (name: string, facts: PersonFacts = {}): string => {
    const createdAt = facts.createdAt ?? Date.parse('2015-01-01T00:00:00Z');
    const sqlite = booted().database.sqlite;
    sqlite
      .prepare(
        `INSERT INTO contacts (id, first_name, sort_name, kind, country, language, consent_basis, unsubscribed_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(name, name, name.toLowerCase(), facts.kind ?? 'customer', facts.country ?? null, facts.language ?? null, facts.consent ?? null, facts.unsubscribedAt ?? null, createdAt, createdAt);
    for (const tag of facts.tags ?? []) sqlite.prepare('INSERT INTO contact_tags (contact_id, tag) VALUES (?, ?)').run(name, tag);
    return name;
  };
  const event = (contactId: string, type: string, occurredAt: number, facts: EventFacts | string | null = {}): void => {
    const { reference = null, amountMinor = null, currency = null } = typeof facts === 'string' || facts === null ? { reference: facts } : facts;
    seq += 1;
    booted()
      .database.sqlite.prepare(
        `INSERT INTO contact_events (id, contact_id, type, occurred_at, amount_minor, currency, reference, source, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'manual', ?)`,
      )
      .run(`E${seq}`, contactId, type, occurredAt, amountMinor, currency, reference, now);
  };
  return { person, event };
};
