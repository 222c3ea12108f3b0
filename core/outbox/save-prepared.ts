import type Database from 'better-sqlite3';
import { timeOrderedId } from '../ids';
import type { Prepared } from './prepare-messages';

type Sqlite = Database.Database;

// The states a plan may still change; sent and skipped are final, the owner's or the mailbox's.
export const OPEN_STATES: readonly string[] = ['scheduled', 'needs-attention', 'approved'];
// The same, as an SQL list for `state IN (…)`.
export const OPEN_STATES_SQL = OPEN_STATES.map((state) => `'${state}'`).join(', ');

// Messages in the sender's hands: the planner leaves them alone, except that a stop (an order, an
// unsubscribe) still cancels one waiting to be sent. One in `sending`, or done, is never touched.
const WAITING_TO_GO: readonly string[] = ['queued', 'deferred', 'paused'];
const PLANNER_MAY_UPDATE: readonly string[] = [...OPEN_STATES, 'cancelled'];

export const dedupeKey = (contactId: string, p: { planned: Pick<Prepared['planned'], 'program' | 'anchor' | 'step'> }): string => `${p.planned.program}:${contactId}:${p.planned.anchor}:${p.planned.step}`;

type Existing = { id: string; state: string; isEdited: number; messageId: string | null };

// Writes one contact's prepared messages, idempotently (one row per dedupe key). An approval
// survives re-planning unless a stop or a failed check now applies; an edited text is kept; a
// message that would only ever have been cancelled is not written at all.
export const preparedWriter = (sqlite: Sqlite) => {
  const find = sqlite.prepare('SELECT id, state, is_edited AS isEdited, message_id AS messageId FROM outbox WHERE dedupe_key = ?');
  const insert = sqlite.prepare(`INSERT INTO outbox (id, dedupe_key, contact_id, program, step, anchor, channel, language, due_at,
    scheduled_at, state, reason, subject, body_text, body_html, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const update = sqlite.prepare(`UPDATE outbox SET due_at = ?, scheduled_at = ?, state = ?, reason = ?, channel = ?, language = ?, updated_at = ? WHERE id = ?`);
  const updateText = sqlite.prepare('UPDATE outbox SET subject = ?, body_text = ?, body_html = ? WHERE id = ?');
  const stop = sqlite.prepare(`UPDATE outbox SET state = 'cancelled', reason = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?`);
  const openOfContact = sqlite.prepare(`SELECT id, dedupe_key AS dedupeKey, program FROM outbox
    WHERE contact_id = ? AND state IN (${OPEN_STATES_SQL}, 'queued', 'deferred', 'paused')`);
  const cancel = sqlite.prepare(`UPDATE outbox SET state = 'cancelled', reason = reason || '; cancelled: it no longer applies', updated_at = ? WHERE id = ?`);

  return (contactId: string, prepared: readonly Prepared[], programs: readonly string[], now: number): number => {
    const keys = new Set<string>();
    let written = 0;
    for (const p of prepared) {
      const key = dedupeKey(contactId, p);
      keys.add(key);
      const { planned, composed } = p;
      const existing = find.get(key) as Existing | undefined;
      if (!existing) {
        if (planned.state === 'cancelled') continue;
        const [subject, text, html] = composed.ok ? [composed.subject, composed.text, composed.html] : ['', '', ''];
        insert.run(timeOrderedId(), key, contactId, planned.program, planned.step, planned.anchor, p.channel, p.language, planned.dueAt,
          planned.scheduledAt, planned.state, planned.reason, subject, text, html, now, now);
        written += 1;
        continue;
      }
      // A message that was ever queued (it has its Message-ID) is the sender's: once it is stopped or
      // dropped, planning never brings it back, since it may already have arrived.
      if (!PLANNER_MAY_UPDATE.includes(existing.state) || existing.messageId !== null) {
        if (WAITING_TO_GO.includes(existing.state) && planned.state === 'cancelled') {
          stop.run(planned.reason, now, existing.id);
          written += 1;
        }
        continue;
      }
      const plan = existing.isEdited ? p.beforeFields : planned;
      const state = existing.state === 'approved' && plan.state === 'scheduled' ? 'approved' : plan.state;
      update.run(plan.dueAt, plan.scheduledAt, state, plan.reason, p.channel, p.language, now, existing.id);
      if (!existing.isEdited && composed.ok) updateText.run(composed.subject, composed.text, composed.html, existing.id);
      written += 1;
    }
    // An open message of a re-planned program that the plan no longer contains (a newer cart
    // started a new sequence, a human contact moved the reactivation) is cancelled, not left to go.
    for (const row of openOfContact.all(contactId) as { id: string; dedupeKey: string; program: string }[]) {
      if (programs.includes(row.program) && !keys.has(row.dedupeKey)) cancel.run(now, row.id);
    }
    return written;
  };
};
