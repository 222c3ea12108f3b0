import type { Booted } from '../../boot';

// Rows written straight into a real database: the timeline as imports leave it (with outcomes)
// and the outbox as sending leaves it, so a report test states exactly what happened when.
export type Seeder = ReturnType<typeof seederFor>;

export const seederFor = (booted: () => Booted) => {
  let seq = 0;
  const sqlite = () => booted().database.sqlite;
  return {
    contact: (id: string): string => {
      sqlite().prepare("INSERT INTO contacts (id, first_name, sort_name, email, created_at, updated_at) VALUES (?, ?, ?, ?, 0, 0)").run(id, id, id, `${id}@example.com`);
      return id;
    },
    event: (contactId: string, type: string, at: string, { amountMinor = null as number | null, currency = 'EUR', reference = null as string | null, outcome = 'completed' } = {}): void => {
      seq += 1;
      sqlite()
        .prepare(`INSERT INTO contact_events (id, contact_id, type, occurred_at, amount_minor, currency, reference, outcome, source, created_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'manual', 0)`)
        .run(`E${seq}`, contactId, type, Date.parse(at), amountMinor, amountMinor === null ? null : currency, reference, outcome);
    },
    message: (contactId: string, program: string, step: number, anchor: string, sentAt: string | null, { state = 'sent', reason = 'planned' } = {}): void => {
      seq += 1;
      const at = sentAt === null ? Date.parse('2026-11-10T09:00:00Z') : Date.parse(sentAt);
      sqlite()
        .prepare(`INSERT INTO outbox (id, dedupe_key, contact_id, program, step, anchor, channel, language, due_at, scheduled_at, state, reason, message_id, sent_at, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 'email', 'fr', ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(`M${seq}`, `${program}:${contactId}:${anchor}:${step}`, contactId, program, step, anchor, at, at, state, reason,
          sentAt === null ? null : `<m${seq}@example.com>`, sentAt === null ? null : at, at, at);
    },
  };
};
