// What may go now, as SQL on `outbox o` with @now and @automatic (a JSON array of the programs the
// owner lets send by themselves): approved messages whose time has come, scheduled ones of those
// programs, messages already queued, and deferred ones whose retry time came. One text for the
// pass (claim.ts) and for the look `relance send-due` takes first (nothing-to-send.ts).
export const DUE_CONDITION = `o.channel = 'email' AND (
    (o.state = 'approved' AND o.scheduled_at <= @now)
    OR (o.state = 'scheduled' AND o.scheduled_at <= @now AND o.program IN (SELECT value FROM json_each(@automatic)))
    OR o.state = 'queued'
    OR (o.state = 'deferred' AND o.next_attempt_at <= @now))`;
