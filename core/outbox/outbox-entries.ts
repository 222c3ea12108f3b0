import type Database from 'better-sqlite3';
import { outboxViews, type OutboxEntry, type OutboxPage, type OutboxView } from '../../api';
import { notFound } from '../errors';
import { programSteps } from '../templates/shipped-templates';
import { phoneLinks } from './phone-links';
import { OPEN_STATES_SQL } from './save-prepared';

type Sqlite = Database.Database;

type Row = {
  id: string; contactId: string; firstName: string; lastName: string; email: string | null; phone: string | null;
  program: OutboxEntry['program']; step: number; channel: OutboxEntry['channel']; language: OutboxEntry['language'];
  dueAt: number; scheduledAt: number; state: OutboxEntry['state']; reason: string; subject: string; bodyText: string;
  bodyHtml: string; isEdited: number; sentAt: number | null; messageId: string | null; attempts: number; nextAttemptAt: number | null;
  smtpCode: number | null; enhancedCode: string | null; smtpResponse: string | null;
};

const SELECT = `SELECT o.id, o.contact_id AS contactId, c.first_name AS firstName, c.last_name AS lastName, c.email, c.phone,
  o.program, o.step, o.channel, o.language, o.due_at AS dueAt, o.scheduled_at AS scheduledAt, o.state, o.reason, o.subject,
  o.body_text AS bodyText, o.body_html AS bodyHtml, o.is_edited AS isEdited, o.sent_at AS sentAt,
  o.message_id AS messageId, o.attempts, o.next_attempt_at AS nextAttemptAt, o.smtp_code AS smtpCode, o.enhanced_code AS enhancedCode,
  o.smtp_response AS smtpResponse
  FROM outbox o JOIN contacts c ON c.id = o.contact_id`;

const iso = (ms: number) => new Date(ms).toISOString();

// How many steps a program's sequence has, for "cart 2 of 3"; a reactivation is one message
// (its step 2 is the re-permission message that replaces it, not a second one).
export const stepCount = (program: OutboxEntry['program']): number => (program === 'reactivation' ? 1 : programSteps[program].length);

export const toEntry = (row: Row): OutboxEntry => ({
  id: row.id,
  contact: { id: row.contactId, firstName: row.firstName, lastName: row.lastName, email: row.email, phone: row.phone },
  program: row.program,
  step: row.step,
  steps: stepCount(row.program),
  channel: row.channel,
  language: row.language,
  dueAt: iso(row.dueAt),
  scheduledAt: iso(row.scheduledAt),
  state: row.state,
  reason: row.reason,
  subject: row.subject,
  bodyText: row.bodyText,
  bodyHtml: row.bodyHtml,
  isEdited: row.isEdited === 1,
  phoneLinks: row.channel !== 'email' && row.phone ? phoneLinks(row.phone, row.bodyText) : null,
  sentAt: row.sentAt === null ? null : iso(row.sentAt),
  messageId: row.messageId,
  attempts: row.attempts,
  nextAttemptAt: row.nextAttemptAt === null ? null : iso(row.nextAttemptAt),
  smtpCode: row.smtpCode,
  enhancedCode: row.enhancedCode,
  smtpResponse: row.smtpResponse,
});

// Messages still on their way: planned, approved, or in the hands of the sender.
const GOING = `o.state IN ('scheduled', 'approved', 'queued', 'sending', 'deferred', 'paused')`;
// When a going message will next be tried: a deferred one at its retry time.
const NEXT_AT = 'coalesce(o.next_attempt_at, o.scheduled_at)';

// Today: going messages due before the end of the owner's day (or overdue); upcoming: later
// ones; attention: what waits for the owner; sent: what went, was skipped or was stopped;
// failed: what the server refused for good; unknown: what may or may not have arrived.
const VIEWS: Record<OutboxView, { where: string; order: string }> = {
  today: { where: `${GOING} AND ${NEXT_AT} < @endOfDay`, order: `${NEXT_AT}, o.id` },
  upcoming: { where: `${GOING} AND ${NEXT_AT} >= @endOfDay`, order: `${NEXT_AT}, o.id` },
  attention: { where: `o.state = 'needs-attention'`, order: 'o.scheduled_at, o.id' },
  sent: { where: `o.state IN ('sent', 'skipped', 'cancelled')`, order: 'o.updated_at DESC, o.id DESC' },
  failed: { where: `o.state = 'failed'`, order: 'o.updated_at DESC, o.id DESC' },
  unknown: { where: `o.state = 'unknown'`, order: 'o.updated_at DESC, o.id DESC' },
};

export const outboxPage = (sqlite: Sqlite, endOfDay: number, input: { view: OutboxView; contactId?: string; offset: number; limit: number }): OutboxPage => {
  const view = VIEWS[input.view];
  const contact = input.contactId ? ' AND o.contact_id = @contactId' : '';
  const params = { endOfDay, contactId: input.contactId ?? null };
  const rows = sqlite
    .prepare(`${SELECT} WHERE ${view.where}${contact} ORDER BY ${view.order} LIMIT @limit OFFSET @offset`)
    .all({ ...params, limit: input.limit, offset: input.offset }) as Row[];
  // Every tab's count in one pass over the outbox.
  const counts = sqlite
    .prepare(`SELECT ${outboxViews.map((name) => `count(*) FILTER (WHERE ${VIEWS[name].where}) AS "${name}"`).join(', ')} FROM outbox o WHERE 1${contact}`)
    .get(params) as OutboxPage['counts'];
  return { total: counts[input.view], offset: input.offset, rows: rows.map(toEntry), counts };
};

export const outboxEntry = (sqlite: Sqlite, id: string): OutboxEntry | null => {
  const row = sqlite.prepare(`${SELECT} WHERE o.id = ?`).get(id) as Row | undefined;
  return row ? toEntry(row) : null;
};

// The message an action names, or the error a person reads when it is gone.
export const requireEntry = (sqlite: Sqlite, id: string): OutboxEntry => {
  const entry = outboxEntry(sqlite, id);
  if (!entry) throw notFound('This message');
  return entry;
};

// The contact's next open message: "Thu 10:14, cart 2 of 3, unless they buy or reply".
export const nextMessageOf = (sqlite: Sqlite, contactId: string): OutboxEntry | null => {
  const row = sqlite
    .prepare(`${SELECT} WHERE o.contact_id = ? AND o.state IN (${OPEN_STATES_SQL}) ORDER BY o.scheduled_at LIMIT 1`)
    .get(contactId) as Row | undefined;
  return row ? toEntry(row) : null;
};
