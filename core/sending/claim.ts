import { randomBytes, randomUUID } from 'node:crypto';
import { programIds, type ProgramId, type Settings } from '../../api';
import { writeTransactionOn } from '../../db/open-database';
import type { CoreContext } from '../context';
import { suppressionHash } from '../respect/suppression-hash';
import { contactFileReader } from '../outbox/outbox-facts';
import { prepareMessages } from '../outbox/prepare-messages';
import { dedupeKey } from '../outbox/save-prepared';
import { templateSource } from '../outbox/template-source';
import { programSwitch } from '../programs/program-switch';
import { makeMessageId } from '../mail/compose-mail';
import { DUE_CONDITION } from './due-condition';
import { statement } from './statements';

type Ctx = Pick<CoreContext, 'db' | 'clock'>;
type Sqlite = Ctx['db']['$client'];

export type DueRow = {
  id: string; dedupeKey: string; contactId: string; program: ProgramId; step: number; state: string; isEdited: number;
  scheduledAt: number; nextAttemptAt: number | null; messageId: string | null; dateAt: number | null;
};

const DUE_COLUMNS = `o.id, o.dedupe_key AS dedupeKey, o.contact_id AS contactId, o.program, o.step, o.state, o.is_edited AS isEdited,
  o.scheduled_at AS scheduledAt, o.next_attempt_at AS nextAttemptAt, o.message_id AS messageId, o.date_at AS dateAt`;

// What may go now (due-condition.ts), oldest first.
export const dueMessages = (sqlite: Sqlite, settings: Settings, now: number): DueRow[] => {
  const automatic = programIds.filter((program) => programSwitch(settings, program).isAutomatic);
  return sqlite
    .prepare(`SELECT ${DUE_COLUMNS} FROM outbox o WHERE ${DUE_CONDITION} ORDER BY coalesce(o.next_attempt_at, o.scheduled_at), o.id`)
    .all({ now, automatic: JSON.stringify(automatic) }) as DueRow[];
};

// What the last look reads with, built once per pass (compiled queries and templates), and the
// From address whose domain names the Message-IDs.
export type ClaimTools = { readFile: ReturnType<typeof contactFileReader>; templates: ReturnType<typeof templateSource>; fromAddress: string };
export const claimTools = (sqlite: Sqlite, fromAddress: string): ClaimTools => ({ readFile: contactFileReader(sqlite), templates: templateSource(sqlite), fromAddress });

export type Claim = { go: true; messageId: string; dateAt: number; token: string } | { go: false; state: string; reason: string };

// The last look before a message goes (docs/sending.md): the program's plan for this contact is made
// again from what is true now (legal basis, suppression and unsubscribe, window, caps, an order or
// reply since), and the message goes only if that plan still sends it now. Otherwise it is held,
// moved or cancelled with the reason, and the row says so.
export const claimMessage = (ctx: Ctx, settings: Settings, row: DueRow, tools: ClaimTools): Claim => {
  const sqlite = ctx.db.$client;
  const now = ctx.clock.now().getTime();
  return writeTransactionOn(sqlite, () => {
    const current = statement(sqlite, `SELECT ${DUE_COLUMNS} FROM outbox o WHERE o.id = ?`).get(row.id) as DueRow | undefined;
    if (!current || current.state !== row.state) return { go: false, state: current?.state ?? 'missing', reason: 'it changed meanwhile' };
    const file = tools.readFile(row.contactId);
    if (!file?.email) return hold(sqlite, row, 'needs-attention', 'no email address to send it to', now);
    const prepared = prepareMessages(file, settings, tools.templates, now, [row.program]).find((p) => dedupeKey(row.contactId, p) === row.dedupeKey);
    if (!prepared) return hold(sqlite, row, 'cancelled', 'cancelled: it no longer applies', now);
    const plan = row.isEdited ? prepared.beforeFields : prepared.planned;
    if (plan.state === 'cancelled') return hold(sqlite, row, 'cancelled', plan.reason, now);
    if (plan.state === 'needs-attention') return hold(sqlite, row, 'needs-attention', plan.reason, now);
    if (plan.scheduledAt > now) {
      statement(sqlite, `UPDATE outbox SET scheduled_at = ?, reason = ?, next_attempt_at = CASE WHEN state = 'deferred' THEN ? ELSE next_attempt_at END,
        updated_at = ? WHERE id = ?`).run(plan.scheduledAt, plan.reason, plan.scheduledAt, now, row.id);
      return { go: false, state: row.state, reason: plan.reason };
    }
    // Fixed once, when first queued, and reused on every retry: a receiving server that got the
    // message already sees the same Message-ID again.
    const messageId = current.messageId ?? makeMessageId(randomUUID(), tools.fromAddress);
    const dateAt = current.dateAt ?? now;
    // The attempt is counted here, with the claim, so that the durable commit before DATA changes
    // as few pages as it can (its fsync grows with them; bench:send).
    statement(sqlite, `UPDATE outbox SET state = 'queued', message_id = ?, date_at = ?, attempts = attempts + 1, attempted_at = ?, updated_at = ? WHERE id = ?`)
      .run(messageId, dateAt, now, now, row.id);
    return { go: true, messageId, dateAt, token: unsubscribeToken(sqlite, row.contactId, now) };
  });
};

const hold = (sqlite: Sqlite, row: DueRow, state: string, reason: string, now: number): Claim => {
  statement(sqlite, 'UPDATE outbox SET state = ?, reason = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?').run(state, reason, now, row.id);
  return { go: false, state, reason };
};

// One token per address, kept after the contact is gone: an unsubscribe that arrives later still
// finds whom it is about.
export const unsubscribeToken = (sqlite: Sqlite, contactId: string, now: number): string => {
  const emailKey = statement(sqlite, 'SELECT email_key FROM contacts WHERE id = ?').pluck().get(contactId) as string | null;
  const hash = suppressionHash(emailKey ?? contactId);
  const known = statement(sqlite, 'SELECT token FROM unsubscribe_tokens WHERE email_hash = ?').pluck().get(hash) as string | undefined;
  if (known) return known;
  const token = randomBytes(12).toString('hex');
  statement(sqlite, 'INSERT INTO unsubscribe_tokens (token, contact_id, email_hash, created_at) VALUES (?, ?, ?, ?)').run(token, contactId, hash, now);
  return token;
};
