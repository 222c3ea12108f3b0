import { parseArgs } from 'node:util';
import { outboxViews, type OutboxEntry, type OutboxView } from '../../api';
import { readOutbox, updateOutbox } from '../../core/outbox/outbox-queries';
import { systemClock } from '../../core/ports';
import { getSettings } from '../../core/settings/settings-store';
import { CliError, formatTable } from '../output';
import { withCore } from '../with-core';

export const outboxHelp = `relance outbox [--data-dir DIR] [--view today|upcoming|attention|sent] [--json] [--demo]

Brings the outbox up to date with the timeline, then lists the messages the programs prepared
(every view unless --view names one). --json prints an array of {contact {email, firstName,
lastName, phone}, program, step, scheduled_at (ISO 8601 UTC), state, reason, subject}.`;

const PAGE = 500;

const entriesOf = (view: OutboxView, fetch: (view: OutboxView, offset: number) => { total: number; rows: OutboxEntry[] }): OutboxEntry[] => {
  const all: OutboxEntry[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = fetch(view, offset);
    all.push(...page.rows);
    if (all.length >= page.total || page.rows.length === 0) return all;
  }
};

export const runOutbox = (argv: string[]): void => {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' }, view: { type: 'string' }, json: { type: 'boolean', default: false }, demo: { type: 'boolean', default: false } },
  });
  if (values.view !== undefined && !(outboxViews as readonly string[]).includes(values.view)) {
    throw new CliError(`--view takes one of: ${outboxViews.join(', ')}.`, 2);
  }
  const views = values.view ? [values.view as OutboxView] : [...outboxViews];
  const entries = withCore(values, (booted) => {
    const ctx = { db: booted.database.db, clock: systemClock };
    const settings = getSettings(ctx);
    updateOutbox(ctx, settings);
    return views.flatMap((view) => entriesOf(view, (v, offset) => readOutbox(ctx, settings, { view: v, offset, limit: PAGE })));
  });
  if (values.json) {
    const json = entries.map((e) => ({
      id: e.id,
      contact: { id: e.contact.id, email: e.contact.email, firstName: e.contact.firstName, lastName: e.contact.lastName, phone: e.contact.phone },
      program: e.program,
      step: e.step,
      channel: e.channel,
      scheduled_at: e.scheduledAt,
      state: e.state,
      reason: e.reason,
      subject: e.subject,
    }));
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const rows = entries.map((e) => [e.scheduledAt.slice(0, 16).replace('T', ' '), e.state, `${e.program} ${e.step}`, e.contact.email ?? e.contact.phone ?? '', e.subject, e.reason]);
  process.stdout.write(`${formatTable(['When (UTC)', 'State', 'Program', 'To', 'Subject', 'Why'], rows, 50)}\n`);
};
